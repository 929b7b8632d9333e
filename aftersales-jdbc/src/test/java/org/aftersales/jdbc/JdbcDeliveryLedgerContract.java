package org.aftersales.jdbc;

import java.sql.SQLException;
import org.aftersales.jdbc.testing.SharedTables;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.policy.metrics.DeliveryLedgerContract;
import org.aftersales.policy.metrics.FedDeliveryLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The policy's delivery ledger contract on one database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcDeliveryLedgerContract extends DeliveryLedgerContract {

  private final SharedTables shared;

  JdbcDeliveryLedgerContract(TestDatabase database) {
    this.shared = new SharedTables(database, "ledger");
  }

  @Override
  protected FedDeliveryLedger newLedger() {
    return JdbcDeliveryLedger.open(ConnectionProvider.of(shared.emptied()), shared.tables());
  }

  @AfterAll
  void dropTables() throws SQLException {
    shared.close();
  }
}
