package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The policy's metrics store contract on H2. */
class H2MetricsStoreContractTest extends JdbcMetricsStoreContract {

  H2MetricsStoreContractTest() {
    super(TestDatabase.H2);
  }
}
