package org.aftersales.policy.metrics;

import org.aftersales.store.memory.InMemoryAfterSalesStore;

/** The metrics store contract in memory, its notices going to the core's in-memory outbox. */
class InMemoryMetricsStoreContractTest extends MetricsStoreContract {

  @Override
  protected Fixture newStore() {
    InMemoryAfterSalesStore outbox = new InMemoryAfterSalesStore();
    return new Fixture(new InMemoryMetricsStore(outbox), outbox);
  }
}
