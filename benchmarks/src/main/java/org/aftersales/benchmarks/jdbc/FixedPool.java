package org.aftersales.benchmarks.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The smallest connection pool that keeps a benchmark honest: at most {@code size} physical
 * connections, opened on demand and kept; closing a handed-out connection rolls back what it left
 * open and returns it. pgbench keeps one connection per client too, so neither side pays for
 * connecting. (A pooling library would be one more dependency for one job.)
 */
public final class FixedPool implements DataSource, AutoCloseable {

  private final String url;
  private final String user;
  private final int size;
  private final BlockingQueue<Connection> idle;
  private final AtomicInteger opened = new AtomicInteger();

  /** Creates a pool of at most {@code size} connections to {@code url} as {@code user}, no password. */
  public FixedPool(String url, String user, int size) {
    this.url = url;
    this.user = user;
    this.size = size;
    this.idle = new ArrayBlockingQueue<>(size);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = idle.poll();
    if (physical == null) {
      physical = opened.incrementAndGet() <= size ? DriverManager.getConnection(url, user, "") : take();
    }
    return handOut(physical);
  }

  private Connection take() throws SQLException {
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted waiting for a pooled connection", e);
    }
  }

  private Connection handOut(Connection physical) {
    boolean[] closed = {false};
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close" -> {
              if (!closed[0]) {
                closed[0] = true;
                if (!physical.getAutoCommit()) {
                  physical.rollback();
                  physical.setAutoCommit(true);
                }
                idle.add(physical);
              }
              return null;
            }
            case "isClosed" -> {
              return closed[0] || physical.isClosed();
            }
            default -> {
              if (closed[0]) {
                throw new SQLException("connection already returned to the pool");
              }
              try {
                return method.invoke(physical, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }
          }
        });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the pool connects as " + user);
  }

  @Override
  public void close() throws SQLException {
    for (Connection c = idle.poll(); c != null; c = idle.poll()) {
      c.close();
    }
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
    throw new SQLFeatureNotSupportedException("no java.util.logging here");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
