package org.aftersales.jdbc;

import java.sql.SQLException;
import java.time.Clock;
import org.aftersales.jdbc.testing.SharedTables;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.jdbc.testing.TinyPool;
import org.aftersales.policy.metrics.MetricsStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The policy's metrics store contract on one database, its notices going to the JDBC store's outbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcMetricsStoreContract extends MetricsStoreContract {

  private final SharedTables shared;

  JdbcMetricsStoreContract(TestDatabase database) {
    this.shared = new SharedTables(database, "metrics");
  }

  @Override
  protected Fixture newStore() {
    TinyPool pool = shared.emptied();
    ConnectionProvider connections = ConnectionProvider.of(pool);
    return new Fixture(JdbcMetricsStore.open(connections, shared.tables()),
        JdbcAfterSalesStore.open(connections, shared.tables(), Clock.systemUTC()));
  }

  @AfterAll
  void dropTables() throws SQLException {
    shared.close();
  }
}
