package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The policy's buyer-risk store contract on MariaDB. */
class MariaDbBuyerRiskStoreContractTest extends JdbcBuyerRiskStoreContract {

  MariaDbBuyerRiskStoreContractTest() {
    super(TestDatabase.MARIADB);
  }
}
