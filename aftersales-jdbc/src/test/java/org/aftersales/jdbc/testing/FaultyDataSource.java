package org.aftersales.jdbc.testing;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that breaks on demand: it can be down (connections come from a real data source at a
 * closed port), or fail the n-th statement prepared after it was armed, either by aborting the
 * physical connection (a dropped connection: the database rolls back) or by throwing an error the
 * database could have thrown.
 */
public final class FaultyDataSource extends ForwardingDataSource {

  /** How an armed statement fails. */
  public enum Fault {
    /** The connection is aborted just before the statement, as a network failure would. */
    DROP_CONNECTION,
    /** The statement is refused with SQL state XX000 (an internal error), the connection stays up. */
    REFUSE_STATEMENT
  }

  private final DataSource target;
  private final DataSource unreachable;
  private final AtomicInteger countdown = new AtomicInteger(-1);
  private volatile Fault fault;
  private volatile boolean down;

  public FaultyDataSource(DataSource target, DataSource unreachable) {
    this.target = target;
    this.unreachable = unreachable;
  }

  /** Makes the n-th statement from now fail (1 = the next one). */
  public void failAtStatement(int n, Fault how) {
    fault = how;
    countdown.set(n);
  }

  /** Disarms. */
  public void heal() {
    countdown.set(-1);
    down = false;
  }

  /** Makes the database unreachable until {@link #heal()}. */
  public void goDown() {
    down = true;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (down) {
      return unreachable.getConnection();
    }
    Connection physical = target.getConnection();
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          String name = method.getName();
          if ((name.equals("prepareStatement") || name.equals("createStatement"))
              && countdown.get() > 0 && countdown.decrementAndGet() == 0) {
            if (fault == Fault.DROP_CONNECTION) {
              physical.abort(Runnable::run);
              if (!physical.isClosed()) {
                physical.close(); // H2's embedded connections ignore abort
              }
            } else {
              throw new SQLException("injected failure", "XX000");
            }
          }
          return forward(physical, method, args);
        });
  }
}
