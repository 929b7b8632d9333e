package org.aftersales.store;

import java.util.List;
import java.util.Objects;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.TenantId;

/**
 * One line of one tenant's order: at most one open case may cover it at a time, as the seed
 * platforms allow one after-sales request per order line until it ends.
 *
 * @param tenant the shop
 * @param orderId the order
 * @param lineId the host's order line id
 */
public record OrderLineKey(TenantId tenant, OrderId orderId, String lineId) {

  /**
   * Checks that nothing is null.
   *
   * @throws NullPointerException if any argument is null
   */
  public OrderLineKey {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(lineId, "lineId");
  }

  /** Returns the keys of the lines a case covers. */
  static List<OrderLineKey> of(AfterSalesCase c) {
    return c.lines().stream().map(line -> new OrderLineKey(c.tenant(), c.orderId(), line.lineId())).toList();
  }

  @Override
  public String toString() {
    return "line " + lineId + " of order " + orderId;
  }
}
