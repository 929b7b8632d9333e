package org.aftersales.policy.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.TenantId;

/**
 * Deliveries the host records in memory, for tests and small hosts. Instances are thread-safe.
 */
public final class InMemoryDeliveryLedger implements FedDeliveryLedger {

  private final Map<LineKey, Instant> receipts = new HashMap<>();
  private final Map<ProductKey, TreeMap<LocalDate, Long>> units = new HashMap<>();

  private record LineKey(TenantId tenant, OrderId orderId, String lineId) {}

  private record ProductKey(TenantId tenant, String product) {}

  /**
   * Records that a buyer received an order line's units.
   *
   * @param zone the tenant calendar's zone, which decides the day
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if units is below 1 or the line's receipt was recorded before
   */
  @Override
  public synchronized void received(TenantId tenant, OrderId orderId, String lineId, String sku, int units,
      Instant receivedAt, ZoneId zone) {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(zone, "zone"); // before the receipt is kept: a refused call records nothing
    if (units < 1) {
      throw new IllegalArgumentException("units must be at least 1, but was " + units);
    }
    LineKey line = new LineKey(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(orderId, "orderId"),
        Objects.requireNonNull(lineId, "lineId"));
    if (receipts.containsKey(line)) {
      throw new IllegalArgumentException("receipt of line " + lineId + " of order " + orderId + " is recorded already");
    }
    receipts.put(line, receivedAt);
    deliveredOn(tenant, sku, LocalDate.ofInstant(receivedAt, zone), units);
  }

  /**
   * Records units of a product received on a day without naming their order lines, such as the
   * deliveries no case will ask about.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if count is negative
   */
  @Override
  public synchronized void deliveredOn(TenantId tenant, String sku, LocalDate day, long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, but was " + count);
    }
    Objects.requireNonNull(day, "day");
    for (String product : new String[] {Objects.requireNonNull(sku, "sku"), MetricKey.ALL_PRODUCTS}) {
      units.computeIfAbsent(new ProductKey(Objects.requireNonNull(tenant, "tenant"), product), k -> new TreeMap<>())
          .merge(day, count, Math::addExact);
    }
  }

  @Override
  public synchronized Optional<Instant> receivedAt(TenantId tenant, OrderId orderId, String lineId) {
    return Optional.ofNullable(receipts.get(new LineKey(Objects.requireNonNull(tenant, "tenant"),
        Objects.requireNonNull(orderId, "orderId"), Objects.requireNonNull(lineId, "lineId"))));
  }

  @Override
  public synchronized long deliveredUnits(TenantId tenant, String product, LocalDate fromInclusive, LocalDate toExclusive) {
    ProductKey key = new ProductKey(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(product, "product"));
    if (DayRanges.isEmpty(fromInclusive, toExclusive)) {
      return 0;
    }
    TreeMap<LocalDate, Long> days = units.get(key);
    return days == null ? 0 : days.subMap(fromInclusive, toExclusive).values().stream().mapToLong(Long::longValue).sum();
  }
}
