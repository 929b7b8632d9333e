package org.aftersales.policy.refund;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.money.Money;

/**
 * Splits a line's amount over its units pro rata: the first {@code k} of {@code quantity} units
 * carry {@code floor(total * k / quantity)}, so every unit carries the floor or the ceiling of
 * {@code total / quantity}, any run of units is within one minor unit of its exact share, and the
 * last unit takes what remains. Units go back in order, first to last, and add up to the total once
 * the last one is back.
 *
 * <p>Why not floor every unit and give the last one the remainder: that remainder can reach {@code
 * quantity - 1} minor units, so a buyer keeping the last of 100 units at 1.00 bought with a 0.01
 * coupon would have paid 1.98 for it.
 */
final class UnitSplit {

  private UnitSplit() {}

  /** Returns what the first {@code units} of {@code quantity} units carry of {@code total}. */
  static Money firstUnits(Money total, int quantity, int units) {
    long share = BigInteger.valueOf(total.minorUnits()).multiply(BigInteger.valueOf(units))
        .divide(BigInteger.valueOf(quantity)).longValueExact();
    return Money.of(share, total.currency());
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
