package org.aftersales.jdbc;

import java.sql.SQLException;
import org.aftersales.jdbc.testing.SharedTables;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.policy.risk.BuyerRiskStore;
import org.aftersales.policy.risk.BuyerRiskStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The policy's buyer-risk store contract on H2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2BuyerRiskStoreContractTest extends BuyerRiskStoreContract {

  private final SharedTables shared = new SharedTables(TestDatabase.H2, "risk");

  @Override
  protected BuyerRiskStore newStore() {
    return JdbcBuyerRiskStore.open(ConnectionProvider.of(shared.emptied()), shared.tables());
  }

  @AfterAll
  void dropTables() throws SQLException {
    shared.close();
  }
}
