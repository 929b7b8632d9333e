package org.aftersales.deadline;

import java.util.Objects;

/**
 * How long a step may take: an amount and its unit, such as 24 {@link SlaUnit#HOURS} or 3
 * {@link SlaUnit#WORKING_DAYS}.
 *
 * @param amount at least 1
 * @param unit the unit the amount counts
 */
public record SlaLimit(int amount, SlaUnit unit) {

  /**
   * Validates the limit.
   *
   * @throws NullPointerException if unit is null
   * @throws IllegalArgumentException if amount is below 1 or above 10,000
   */
  public SlaLimit {
    Objects.requireNonNull(unit, "unit");
    if (amount < 1 || amount > 10_000) {
      throw new IllegalArgumentException("amount must be 1 to 10000, but was " + amount + " " + unit);
    }
  }

  /** Returns {@code hours} elapsed hours. */
  public static SlaLimit hours(int hours) {
    return new SlaLimit(hours, SlaUnit.HOURS);
  }

  /** Returns {@code days} calendar days. */
  public static SlaLimit calendarDays(int days) {
    return new SlaLimit(days, SlaUnit.CALENDAR_DAYS);
  }

  /** Returns {@code days} working days. */
  public static SlaLimit workingDays(int days) {
    return new SlaLimit(days, SlaUnit.WORKING_DAYS);
  }

  /** Returns {@code hours} business hours. */
  public static SlaLimit businessHours(int hours) {
    return new SlaLimit(hours, SlaUnit.BUSINESS_HOURS);
  }

  @Override
  public String toString() {
    String unitName = unit.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return amount + " " + (amount == 1 ? unitName.substring(0, unitName.length() - 1) : unitName);
  }
}
