package org.aftersales.examples.checkout;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * An unpooled data source for a JDBC URL (user and password in the URL), on whichever driver of the
 * classpath accepts it: H2, PostgreSQL and MariaDB come with the example. The driver is looked up
 * through this class's loader, not {@code DriverManager}, which misses drivers loaded by
 * {@code mvn exec:java}. A production host brings its pool (HikariCP, its container's) instead.
 */
final class UrlDataSource implements DataSource {

  private final String url;
  private final Driver driver;

  /**
   * @throws IllegalArgumentException if no driver on the classpath accepts the URL
   * @throws SQLException if a driver fails while being asked
   */
  UrlDataSource(String url) throws SQLException {
    this.url = Objects.requireNonNull(url, "url");
    Driver accepting = null;
    for (Driver candidate : ServiceLoader.load(Driver.class, UrlDataSource.class.getClassLoader())) {
      if (candidate.acceptsURL(url)) {
        accepting = candidate;
        break;
      }
    }
    if (accepting == null) {
      throw new IllegalArgumentException("no JDBC driver on the classpath accepts '" + url
          + "'; the example brings H2 (jdbc:h2:...), PostgreSQL (jdbc:postgresql://...) and MariaDB (jdbc:mariadb://...)");
    }
    this.driver = accepting;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = driver.connect(url, new Properties());
    if (connection == null) {
      throw new SQLException("the driver " + driver.getClass().getName() + " gave no connection for " + url);
    }
    return connection;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("give the user and password in the JDBC URL");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // no log writer: the drivers log through their own loggers
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // the URL's connect timeout applies
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no java.util.logging parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
