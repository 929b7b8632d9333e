package org.aftersales.policy.risk;

/** The completed-orders contract in memory. */
class InMemoryCompletedOrdersContractTest extends CompletedOrdersContract {

  @Override
  protected FedCompletedOrders newOrders() {
    return new InMemoryCompletedOrders();
  }
}
