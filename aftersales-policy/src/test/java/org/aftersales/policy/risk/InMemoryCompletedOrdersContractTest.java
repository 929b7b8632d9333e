package org.aftersales.policy.risk;

import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;

/** The completed-orders contract in memory. */
class InMemoryCompletedOrdersContractTest extends CompletedOrdersContract {

  @Override
  protected FedOrders newOrders() {
    InMemoryCompletedOrders orders = new InMemoryCompletedOrders();
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
}
