package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The policy's metrics store contract on PostgreSQL. */
class PostgresMetricsStoreContractTest extends JdbcMetricsStoreContract {

  PostgresMetricsStoreContractTest() {
    super(TestDatabase.POSTGRESQL);
  }
}
