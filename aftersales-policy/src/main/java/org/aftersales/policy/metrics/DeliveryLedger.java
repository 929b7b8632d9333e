package org.aftersales.policy.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.TenantId;

/**
 * What the host knows of deliveries, which no case event says: when the buyer received (signed for)
 * each order line, and how many units were received per product and day. The host feeds it from its
 * orders and carriers; the projection only reads it. The return rate's denominator comes from here.
 *
 * <p>For the projection to rebuild to the same result, what the ledger says about a past day must
 * not change after the events that read it; the return-rate alert reads only days before the one in
 * which it evaluates.
 */
public interface DeliveryLedger {

  /**
   * Returns when the buyer received an order line, empty if the host does not know (not delivered).
   *
   * @throws NullPointerException if an argument is null
   */
  Optional<Instant> receivedAt(TenantId tenant, OrderId orderId, String lineId);

  /**
   * Returns the units of a product (or of all products, {@link MetricKey#ALL_PRODUCTS}) received by
   * buyers on the days {@code [fromInclusive, toExclusive)} in the tenant's zone; zero for an empty range.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if toExclusive is before fromInclusive
   */
  long deliveredUnits(TenantId tenant, String product, LocalDate fromInclusive, LocalDate toExclusive);
}
