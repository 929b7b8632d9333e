package org.aftersales.policy.metrics;

/** The delivery ledger contract in memory. */
class InMemoryDeliveryLedgerContractTest extends DeliveryLedgerContract {

  @Override
  protected FedDeliveryLedger newLedger() {
    return new InMemoryDeliveryLedger();
  }
}
