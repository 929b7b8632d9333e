package org.aftersales.jdbc;

import java.sql.SQLException;
import org.aftersales.jdbc.testing.SharedTables;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.policy.risk.CompletedOrdersContract;
import org.aftersales.policy.risk.FedCompletedOrders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The policy's completed-orders contract on one database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcCompletedOrdersContract extends CompletedOrdersContract {

  private final SharedTables shared;

  JdbcCompletedOrdersContract(TestDatabase database) {
    this.shared = new SharedTables(database, "orders");
  }

  @Override
  protected FedCompletedOrders newOrders() {
    return JdbcCompletedOrders.open(ConnectionProvider.of(shared.emptied()), shared.tables());
  }

  @AfterAll
  void dropTables() throws SQLException {
    shared.close();
  }
}
