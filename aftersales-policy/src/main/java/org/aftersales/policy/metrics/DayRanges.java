package org.aftersales.policy.metrics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Checks a half-open range of days as the analytics ports ({@link MetricsStore#counters},
 * {@link DeliveryLedger#deliveredUnits}) take them, so that every adapter refuses a reversed range alike.
 */
public final class DayRanges {

  private DayRanges() {}

  /**
   * Returns whether {@code [fromInclusive, toExclusive)} holds no day, after checking it.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if toExclusive is before fromInclusive
   */
  public static boolean isEmpty(LocalDate fromInclusive, LocalDate toExclusive) {
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(toExclusive, "toExclusive");
    if (toExclusive.isBefore(fromInclusive)) {
      throw new IllegalArgumentException("toExclusive " + toExclusive + " is before fromInclusive " + fromInclusive);
    }
    return toExclusive.equals(fromInclusive);
  }
}
