package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The policy's metrics store contract on MariaDB. */
class MariaDbMetricsStoreContractTest extends JdbcMetricsStoreContract {

  MariaDbMetricsStoreContractTest() {
    super(TestDatabase.MARIADB);
  }
}
