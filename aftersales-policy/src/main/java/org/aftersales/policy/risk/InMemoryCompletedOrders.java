package org.aftersales.policy.risk;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;

/** {@link CompletedOrders} the host feeds order by order, in memory; an order counts once. Thread-safe. */
public final class InMemoryCompletedOrders implements FedCompletedOrders {

  private record Buyer(TenantId tenant, PartyId buyer) {}

  private final Map<Buyer, Set<OrderId>> orders = new ConcurrentHashMap<>();

  /**
   * Records that the buyer completed an order; recording it again changes nothing.
   *
   * @throws NullPointerException if any argument is null
   */
  @Override
  public void completed(TenantId tenant, PartyId buyer, OrderId order) {
    Objects.requireNonNull(order, "order");
    orders.computeIfAbsent(buyer(tenant, buyer), b -> ConcurrentHashMap.newKeySet()).add(order);
  }

  @Override
  public long count(TenantId tenant, PartyId buyer) {
    Set<OrderId> found = orders.get(buyer(tenant, buyer));
    return found == null ? 0 : found.size();
  }

  private static Buyer buyer(TenantId tenant, PartyId buyer) {
    return new Buyer(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(buyer, "buyer"));
  }
}
