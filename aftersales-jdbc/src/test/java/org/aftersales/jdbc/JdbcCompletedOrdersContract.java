package org.aftersales.jdbc;

import java.sql.SQLException;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;
import org.aftersales.jdbc.testing.SharedTables;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.policy.risk.CompletedOrdersContract;
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
  protected FedOrders newOrders() {
    JdbcCompletedOrders orders = JdbcCompletedOrders.open(ConnectionProvider.of(shared.emptied()), shared.tables());
    return new FedOrders() {
      @Override
      public void completed(TenantId tenant, PartyId buyer, OrderId order) {
        orders.completed(tenant, buyer, order);
      }

      @Override
      public long count(TenantId tenant, PartyId buyer) {
        return orders.count(tenant, buyer);
      }
    };
  }

  @AfterAll
  void dropTables() throws SQLException {
    shared.close();
  }
}
