package org.aftersales.store.memory;

import org.aftersales.store.AfterSalesStore;
import org.aftersales.store.AfterSalesStoreContract;

/** The store contract on {@link InMemoryAfterSalesStore}. */
class InMemoryAfterSalesStoreContractTest extends AfterSalesStoreContract {

  @Override
  protected AfterSalesStore newStore() {
    return new InMemoryAfterSalesStore();
  }
}
