package org.aftersales.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.aftersales.jdbc.ConnectionProvider;
import org.aftersales.jdbc.Tables;
import org.aftersales.jdbc.schema.SchemaInstaller;

/**
 * Where the database benchmarks run: the machine's PostgreSQL, database {@code aftersales_bench}
 * unless the system properties {@code bench.pg.url} / {@code bench.pg.user} say otherwise
 * ({@code benchmarks/run.sh} creates the database).
 */
public final class BenchDatabase {

  /** The JDBC URL. */
  public static final String URL =
      System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/aftersales_bench");
  /** The user; the machine trusts local connections. */
  public static final String USER = System.getProperty("bench.pg.user", "postgres");

  private BenchDatabase() {}

  /** Returns a pool of {@code size} connections. */
  public static FixedPool pool(int size) {
    return new FixedPool(URL, USER, size);
  }

  /** Installs the store's schema under {@code tables} if missing and empties its tables. */
  public static void freshSchema(DataSource dataSource, Tables tables) throws SQLException {
    new SchemaInstaller(ConnectionProvider.of(dataSource), tables).install();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("TRUNCATE " + String.join(", ", tables.cases(), tables.events(), tables.timers(), tables.outbox(),
          tables.idempotency(), tables.lineClaims()));
    }
  }
}
