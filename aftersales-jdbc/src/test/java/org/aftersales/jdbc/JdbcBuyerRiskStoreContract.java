package org.aftersales.jdbc;

import java.sql.SQLException;
import org.aftersales.jdbc.testing.SharedTables;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.policy.risk.BuyerRiskStore;
import org.aftersales.policy.risk.BuyerRiskStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The policy's buyer-risk store contract on one database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcBuyerRiskStoreContract extends BuyerRiskStoreContract {

  private final SharedTables shared;

  JdbcBuyerRiskStoreContract(TestDatabase database) {
    this.shared = new SharedTables(database, "risk");
  }

  @Override
  protected BuyerRiskStore newStore() {
    return JdbcBuyerRiskStore.open(ConnectionProvider.of(shared.emptied()), shared.tables());
  }

  @AfterAll
  void dropTables() throws SQLException {
    shared.close();
  }
}
