package org.aftersales.policy.risk;

import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;

/**
 * {@link CompletedOrders} the host feeds itself, as both bundled adapters ({@link InMemoryCompletedOrders}
 * and the JDBC module's {@code JdbcCompletedOrders}) are: a host codes its feeding against this
 * interface and swaps the storage without touching it.
 */
public interface FedCompletedOrders extends CompletedOrders {

  /**
   * Records that the buyer completed an order; recording it again changes nothing.
   *
   * @throws NullPointerException if any argument is null
   */
  void completed(TenantId tenant, PartyId buyer, OrderId order);
}
