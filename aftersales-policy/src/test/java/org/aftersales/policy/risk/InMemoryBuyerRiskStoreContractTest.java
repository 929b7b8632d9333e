package org.aftersales.policy.risk;

/** The buyer-risk store contract in memory. */
class InMemoryBuyerRiskStoreContractTest extends BuyerRiskStoreContract {

  @Override
  protected BuyerRiskStore newStore() {
    return new InMemoryBuyerRiskStore();
  }
}
