package org.aftersales.policy.refund;

import java.util.ArrayList;
import java.util.List;
import org.aftersales.money.Money;

/**
 * Splits a line's amount over its units: every unit carries the floor of {@code total / quantity}
 * and the last unit takes the remainder, so the units returned in any sequence add up to the total
 * once the last one is back. Units go back in order, first to last.
 */
final class UnitSplit {

  private UnitSplit() {}

  /** Returns what the first {@code units} of {@code quantity} units carry of {@code total}. */
  static Money firstUnits(Money total, int quantity, int units) {
    if (units == quantity) {
      return total;
    }
    return Money.of(total.minorUnits() / quantity * units, total.currency());
  }

  /** Returns what units {@code fromInclusive} to {@code toExclusive} carry of {@code total}. */
  static Money units(Money total, int quantity, int fromInclusive, int toExclusive) {
    return firstUnits(total, quantity, toExclusive).minus(firstUnits(total, quantity, fromInclusive));
  }

  /** Returns the amount of each unit {@code fromInclusive} to {@code toExclusive}, in order. */
  static List<Money> eachUnit(Money total, int quantity, int fromInclusive, int toExclusive) {
    List<Money> result = new ArrayList<>();
    for (int unit = fromInclusive; unit < toExclusive; unit++) {
      result.add(units(total, quantity, unit, unit + 1));
    }
    return result;
  }
}
