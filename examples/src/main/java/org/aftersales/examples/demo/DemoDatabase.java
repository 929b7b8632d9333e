package org.aftersales.examples.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.jdbc.ConnectionProvider;
import org.aftersales.jdbc.JdbcAfterSalesStore;
import org.aftersales.jdbc.Tables;
import org.aftersales.jdbc.schema.SchemaInstaller;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * An H2 database in memory with the library's schema installed, as a host would set up its own
 * database at start-up: {@link SchemaInstaller#install()}, then {@link JdbcAfterSalesStore#open}.
 * Each instance is a database of its own, gone when closed.
 */
final class DemoDatabase implements AutoCloseable {

  /** Names each database apart, so runs in one JVM (the tests) never share one. */
  private static final AtomicInteger NEXT = new AtomicInteger();

  private final JdbcConnectionPool pool;
  private final JdbcAfterSalesStore store;

  DemoDatabase(Clock clock) {
    pool = JdbcConnectionPool.create(
        "jdbc:h2:mem:aftersales-demo-" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
    try {
      ConnectionProvider connections = ConnectionProvider.of(pool);
      new SchemaInstaller(connections, Tables.DEFAULT).install();
      store = JdbcAfterSalesStore.open(connections, Tables.DEFAULT, clock);
    } catch (SQLException | RuntimeException e) {
      pool.dispose();
      throw new IllegalStateException("cannot set up the demo's H2 database", e);
    }
  }

  JdbcAfterSalesStore store() {
    return store;
  }

  @Override
  public void close() {
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot shut the demo's H2 database down", e);
    } finally {
      pool.dispose();
    }
  }
}
