package org.aftersales.policy.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.TenantId;

/**
 * A {@link DeliveryLedger} the host feeds itself, as both bundled adapters ({@link InMemoryDeliveryLedger}
 * and the JDBC module's {@code JdbcDeliveryLedger}) are: a host codes its feeding against this
 * interface and swaps the storage without touching it.
 */
public interface FedDeliveryLedger extends DeliveryLedger {

  /**
   * Records that a buyer received an order line's units.
   *
   * @param zone the tenant calendar's zone, which decides the day
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if units is below 1 or the line's receipt was recorded before
   */
  void received(TenantId tenant, OrderId orderId, String lineId, String sku, int units, Instant receivedAt, ZoneId zone);

  /**
   * Records units of a product received on a day without naming their order lines, such as the
   * deliveries no case will ask about.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if count is negative
   */
  void deliveredOn(TenantId tenant, String sku, LocalDate day, long count);
}
