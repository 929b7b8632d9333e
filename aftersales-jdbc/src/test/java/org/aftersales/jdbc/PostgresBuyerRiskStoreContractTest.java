package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The policy's buyer-risk store contract on PostgreSQL. */
class PostgresBuyerRiskStoreContractTest extends JdbcBuyerRiskStoreContract {

  PostgresBuyerRiskStoreContractTest() {
    super(TestDatabase.POSTGRESQL);
  }
}
