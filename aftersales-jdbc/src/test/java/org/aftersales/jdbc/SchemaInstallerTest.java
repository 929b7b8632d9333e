package org.aftersales.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aftersales.jdbc.dialect.Dialects;
import org.aftersales.jdbc.dialect.H2Dialect;
import org.aftersales.jdbc.dialect.MariaDbDialect;
import org.aftersales.jdbc.dialect.PostgresDialect;
import org.aftersales.jdbc.dialect.UnsupportedDatabaseException;
import org.aftersales.jdbc.schema.SchemaInstaller;
import org.aftersales.jdbc.schema.SchemaMismatchException;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.jdbc.testing.TinyPool;
import org.aftersales.testing.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schema: installed once however many nodes race, printed for DBAs, and a wrong version refused at startup. */
class SchemaInstallerTest {

  private static final Tables TABLES = TestDatabase.tables("schema");
  private final List<TinyPool> pools = new ArrayList<>();

  private TinyPool pool(TestDatabase db) throws SQLException {
    TinyPool pool = db.newPool(2);
    if (pools.isEmpty()) {
      TestDatabase.drop(pool, TABLES);
    }
    pools.add(pool);
    return pool;
  }

  @AfterEach
  void dropTables() throws SQLException {
    TestDatabase.drop(pools.get(0), TABLES);
    pools.forEach(TinyPool::close);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void fourNodesInstallingAtOnceInstallTheSchemaOnce(TestDatabase db) throws Exception {
    List<Callable<Integer>> nodes = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      SchemaInstaller installer = new SchemaInstaller(ConnectionProvider.of(pool(db)), TABLES);
      nodes.add(installer::install);
    }
    List<Integer> foundBefore = Race.once(Duration.ofMinutes(1), nodes);

    assertThat(foundBefore).as("one node found no schema, the others found it installed")
        .containsExactlyInAnyOrder(0, SchemaInstaller.VERSION, SchemaInstaller.VERSION, SchemaInstaller.VERSION);
    JdbcAfterSalesStore store = JdbcAfterSalesStore.open(ConnectionProvider.of(pools.get(0)), TABLES, Clock.systemUTC());
    assertThat(store.dialect().name()).isEqualTo(db == TestDatabase.POSTGRESQL ? "postgresql"
        : db == TestDatabase.MARIADB ? "mariadb" : "h2");
    assertThat(new SchemaInstaller(ConnectionProvider.of(pools.get(0)), TABLES).install())
        .as("installing again changes nothing").isEqualTo(SchemaInstaller.VERSION);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void theStoreRefusesAMissingOlderOrNewerSchemaAtStartup(TestDatabase db) throws SQLException {
    TinyPool pool = pool(db);
    ConnectionProvider connections = ConnectionProvider.of(pool);
    assertThatThrownBy(() -> JdbcAfterSalesStore.open(connections, TABLES, Clock.systemUTC()))
        .isInstanceOfSatisfying(SchemaMismatchException.class, e -> assertThat(e.found()).isEqualTo(-1))
        .hasMessageContaining("no aftersales schema").hasMessageContaining(TABLES.schemaVersion());

    new SchemaInstaller(connections, TABLES).install();
    execute(pool, "UPDATE " + TABLES.schemaVersion() + " SET version = 0");
    assertThatThrownBy(() -> JdbcAfterSalesStore.open(connections, TABLES, Clock.systemUTC()))
        .isInstanceOfSatisfying(SchemaMismatchException.class, e -> {
          assertThat(e.found()).isZero();
          assertThat(e.expected()).isEqualTo(SchemaInstaller.VERSION);
        })
        .hasMessageContaining("older");

    execute(pool, "UPDATE " + TABLES.schemaVersion() + " SET version = " + (SchemaInstaller.VERSION + 1));
    assertThatThrownBy(() -> JdbcAfterSalesStore.open(connections, TABLES, Clock.systemUTC()))
        .isInstanceOfSatisfying(SchemaMismatchException.class,
            e -> assertThat(e.found()).isEqualTo(SchemaInstaller.VERSION + 1))
        .hasMessageContaining("newer");
    assertThatThrownBy(() -> new SchemaInstaller(connections, TABLES).install())
        .as("the installer does not downgrade").isInstanceOf(SchemaMismatchException.class);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void thePrintedScriptIsWhatADbaRunsInsteadOfTheInstaller(TestDatabase db) throws SQLException {
    TinyPool pool = pool(db);
    String dialect = db == TestDatabase.POSTGRESQL ? "postgresql" : db == TestDatabase.MARIADB ? "mariadb" : "h2";
    String script = SchemaInstaller.script(dialect, TABLES);
    assertThat(script).doesNotContain("${prefix}").contains("CREATE TABLE " + TABLES.cases());

    // As a DBA would: statement by statement, through plain JDBC.
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      for (String statement : script.split(";\\s*\\n")) {
        String sql = statement.lines().filter(line -> !line.strip().startsWith("--"))
            .reduce("", (a, b) -> a + "\n" + b).strip();
        if (!sql.isEmpty()) {
          s.execute(sql);
        }
      }
    }

    JdbcAfterSalesStore store = JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES, Clock.systemUTC());
    assertThat(store.scheduledTimers()).isZero();
    assertThat(new SchemaInstaller(ConnectionProvider.of(pool), TABLES).install())
        .as("the installer sees the DBA's schema as current").isEqualTo(SchemaInstaller.VERSION);
  }

  @Test
  void theDialectComesFromTheProductName() {
    assertThat(Dialects.forProductName("PostgreSQL")).isInstanceOf(PostgresDialect.class);
    assertThat(Dialects.forProductName("MariaDB")).isInstanceOf(MariaDbDialect.class);
    assertThat(Dialects.forProductName("MySQL")).isInstanceOf(MariaDbDialect.class);
    assertThat(Dialects.forProductName("H2")).isInstanceOf(H2Dialect.class);
    assertThatThrownBy(() -> Dialects.forProductName("Oracle")).isInstanceOf(UnsupportedDatabaseException.class)
        .hasMessageContaining("Oracle");
    assertThatThrownBy(() -> SchemaInstaller.script("oracle", TABLES)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("oracle");
    assertThatThrownBy(() -> new Tables("Robert'); DROP TABLE x;--")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefix");
    pools.add(TestDatabase.H2.newPool(1)); // for the common clean-up
  }

  private static void execute(TinyPool pool, String sql) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
