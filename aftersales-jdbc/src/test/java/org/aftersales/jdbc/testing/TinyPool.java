package org.aftersales.jdbc.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A test-only connection pool: keeps up to {@code size} physical connections of a data source and
 * hands out wrappers whose {@code close()} returns the connection; a connection found closed is
 * dropped. Enough for tests that make thousands of short transactions; not a production pool.
 */
public final class TinyPool implements DataSource, AutoCloseable {

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
          try {
            return method.invoke(physical, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
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

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the pool has one user");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
