package org.aftersales.jdbc.testing;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.LinkedBlockingDeque;
import javax.sql.DataSource;

/**
 * A test-only connection pool: keeps up to {@code size} physical connections of a data source and
 * hands out wrappers whose {@code close()} returns the connection; a connection found closed is
 * dropped. Enough for tests that make thousands of short transactions; not a production pool.
 */
public final class TinyPool extends ForwardingDataSource implements AutoCloseable {

  private final DataSource target;
  private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
  private final int size;

  public TinyPool(DataSource target, int size) {
    this.target = target;
    this.size = size;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = idle.pollFirst();
    while (physical != null && physical.isClosed()) {
      physical = idle.pollFirst();
    }
    if (physical == null) {
      physical = target.getConnection();
    }
    return wrap(physical);
  }

  private Connection wrap(Connection physical) {
    boolean[] returned = {false};
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            if (!returned[0]) {
              returned[0] = true;
              if (physical.isClosed() || idle.size() >= size) {
                physical.close();
              } else {
                // As real pools do: the next borrower gets a connection in auto-commit mode.
                if (!physical.getAutoCommit()) {
                  physical.rollback();
                  physical.setAutoCommit(true);
                }
                idle.addFirst(physical);
              }
            }
            return null;
          }
          if (method.getName().equals("isClosed") && returned[0]) {
            return true;
          }
          return forward(physical, method, args);
        });
  }

  @Override
  public void close() {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
  }
}
