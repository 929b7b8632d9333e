package org.aftersales.jdbc.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.aftersales.jdbc.ConnectionProvider;
import org.aftersales.jdbc.SqlWork;
import org.aftersales.jdbc.Tables;
import org.aftersales.jdbc.dialect.Dialect;
import org.aftersales.jdbc.dialect.Dialects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs and checks the library's schema. Three ways to use it:
 *
 * <ul>
 *   <li>{@link #install()} at startup creates the tables or migrates them to {@link #VERSION}; any
 *       number of nodes may call it at once, as it reads and raises the version under a lock.
 *   <li>Hosts that run their own migration tool (Flyway, Liquibase, a DBA) take the scripts from the
 *       jar, {@code org/aftersales/jdbc/schema/<dialect>/V<n>__*.sql}, with {@code ${prefix}} replaced by
 *       the table prefix, or print them with {@link #script} or {@code java -cp aftersales-jdbc.jar
 *       org.aftersales.jdbc.schema.SchemaInstaller postgresql|mariadb|h2 [prefix]}; the scripts record
 *       the version themselves.
 *   <li>{@link #verify()}, which the store runs when it is created, refuses a missing, older or newer schema.
 * </ul>
 *
 * <p>Instances are thread-safe.
 */
public final class SchemaInstaller {

  /** The schema version this library works with. */
  public static final int VERSION = SchemaScripts.NAMES.size() - 1;

  private static final Logger log = LoggerFactory.getLogger(SchemaInstaller.class);

  /** H2 ends a transaction at each DDL statement, so installers in one JVM also take this lock. */
  private static final ReentrantLock IN_PROCESS = new ReentrantLock();

  private final ConnectionProvider connections;
  private final Tables tables;

  /**
   * Creates an installer.
   *
   * @param connections where the schema lives
   * @param tables the table names
   * @throws NullPointerException if any argument is null
   */
  public SchemaInstaller(ConnectionProvider connections, Tables tables) {
    this.connections = Objects.requireNonNull(connections, "connections");
    this.tables = Objects.requireNonNull(tables, "tables");
  }

  /**
   * Creates the schema, or migrates it to {@link #VERSION}; does nothing if it is there already.
   *
   * @return the version found before, 0 for a fresh database
   * @throws SchemaMismatchException if the schema is newer than this library knows
   * @throws SQLException if the database refuses a statement or cannot be reached
   */
  public int install() throws SQLException {
    IN_PROCESS.lock();
    try {
      bootstrap();
      return connections.inTransaction(this::migrate);
    } finally {
      IN_PROCESS.unlock();
    }
  }

  /** Creates the version table; two nodes racing to create it may collide once, so it is tried twice. */
  private void bootstrap() throws SQLException {
    SqlWork<Void> createVersionTable = c -> run(c, SchemaScripts.text(dialect(c).name(), 0, tables));
    try {
      connections.inTransaction(createVersionTable);
    } catch (SQLException first) {
      if (Dialect.isConnectionException(first)) {
        throw first;
      }
      connections.inTransaction(createVersionTable);
    }
  }

  private int migrate(Connection c) throws SQLException {
    Dialect dialect = dialect(c);
    try (Statement lock = c.createStatement()) {
      boolean answered = lock.execute(String.format(dialect.lockSchemaVersion(), tables.schemaVersion()));
      if (answered && dialect.schemaLockAnswersWhetherHeld()) {
        try (ResultSet held = lock.getResultSet()) {
          if (!held.next() || held.getInt(1) != 1) {
            throw new SQLException("another installer held the lock on " + tables.schemaVersion()
                + " for 60 seconds; is a migration stuck?", "55P03");
          }
        }
      }
    }
    try {
      int found = readVersion(c);
      if (found > VERSION) {
        throw new SchemaMismatchException(tables.schemaVersion(), found, VERSION, null);
      }
      for (int version = found + 1; version <= VERSION; version++) {
        log.info("migrating aftersales schema {} to version {} ({})", tables.prefix(), version, dialect);
        run(c, SchemaScripts.text(dialect.name(), version, tables));
      }
      return found;
    } finally {
      if (dialect.unlockSchemaVersion() != null) {
        try (Statement unlock = c.createStatement()) {
          unlock.execute(String.format(dialect.unlockSchemaVersion(), tables.schemaVersion()));
        }
      }
    }
  }

  /**
   * Checks that the schema is at {@link #VERSION}.
   *
   * @throws SchemaMismatchException if there is no schema, or it is older or newer
   * @throws SQLException if the database cannot be reached
   */
  public void verify() throws SQLException {
    int found = connections.inTransaction(c -> {
      try {
        return readVersion(c);
      } catch (SQLException e) {
        if (Dialect.isConnectionException(e)) {
          throw e;
        }
        throw new SchemaMismatchException(tables.schemaVersion(), -1, VERSION, e);
      }
    });
    if (found != VERSION) {
      throw new SchemaMismatchException(tables.schemaVersion(), found, VERSION, null);
    }
  }

  private int readVersion(Connection c) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT version FROM " + tables.schemaVersion() + " WHERE id = 1");
        ResultSet row = read.executeQuery()) {
      return row.next() ? row.getInt(1) : 0;
    }
  }

  private static Dialect dialect(Connection c) throws SQLException {
    return Dialects.detect(c.getMetaData());
  }

  private static Void run(Connection c, String script) throws SQLException {
    try (Statement statement = c.createStatement()) {
      for (String sql : SchemaScripts.statements(script)) {
        statement.execute(sql);
      }
    }
    return null;
  }

  /**
   * Returns every script of a dialect, version table first, with the prefix filled in: what a DBA or a
   * migration tool runs instead of {@link #install()}.
   *
   * @param dialect {@code postgresql}, {@code mariadb} (also for MySQL) or {@code h2}
   * @param tables the table names
   * @return the SQL text
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the dialect is none of those
   */
  public static String script(String dialect, Tables tables) {
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(tables, "tables");
    if (!List.of("postgresql", "mariadb", "h2").contains(dialect)) {
      throw new IllegalArgumentException("dialect must be postgresql, mariadb or h2, but was '" + dialect + "'");
    }
    return IntStream.rangeClosed(0, VERSION)
        .mapToObj(v -> "-- " + SchemaScripts.NAMES.get(v) + "\n" + SchemaScripts.text(dialect, v, tables))
        .collect(Collectors.joining("\n"));
  }

  /**
   * Prints a dialect's scripts: {@code SchemaInstaller <dialect> [prefix]}.
   *
   * @param args the dialect and, optionally, the table prefix (default {@code aftersales_})
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: SchemaInstaller postgresql|mariadb|h2 [table-prefix]");
      System.exit(2);
    }
    System.out.print(script(args[0], args.length == 2 ? new Tables(args[1]) : Tables.DEFAULT));
  }
}
