package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The policy's buyer-risk store contract on H2. */
class H2BuyerRiskStoreContractTest extends JdbcBuyerRiskStoreContract {

  H2BuyerRiskStoreContractTest() {
    super(TestDatabase.H2);
  }
}
