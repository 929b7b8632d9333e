package org.aftersales.policy.risk;

import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;

/**
 * The port through which the host tells how many orders a buyer completed in a shop: the denominator
 * of the return ratio and the record that makes a buyer trusted. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CompletedOrders {

  /**
   * Returns the buyer's completed orders in the tenant's shop, 0 or more.
   *
   * @throws NullPointerException if any argument is null
   */
  long count(TenantId tenant, PartyId buyer);
}
