package org.aftersales.policy.refund;

import java.util.List;
import org.aftersales.money.Money;

/**
 * What comes back for the units of one line, before order-level deductions.
 *
 * @param lineId the order line
 * @param firstUnit the number of the first unit returned, from 1: units go back in order, so a
 *     refund after {@code n} units of the line came back starts at {@code n + 1}
 * @param quantity the units returned, at least 1
 * @param goods what the buyer paid for those units
 * @param unitAmounts what each of those units carries, in order; they add up to {@code goods}
 */
public record LineRefund(String lineId, int firstUnit, int quantity, Money goods, List<Money> unitAmounts) {

  /**
   * Validates the line and copies the list.
   *
   * @throws InvalidRefundInputException if a field is null, {@code firstUnit} or {@code quantity}
   *     is below 1, {@code quantity} differs from the number of unit amounts, or the unit amounts do
   *     not add up to {@code goods}
   */
  public LineRefund {
    Check.id(lineId, "lineId");
    Check.positive(firstUnit, "firstUnit");
    Check.positive(quantity, "quantity");
    Check.present(goods, "goods");
    unitAmounts = Check.list(unitAmounts, "unitAmounts");
    if (unitAmounts.size() != quantity) {
      throw new InvalidRefundInputException("unitAmounts", "has " + unitAmounts.size() + " amounts for " + quantity + " units");
    }
    if (!Money.sum(unitAmounts, goods.currency()).equals(goods)) {
      throw new InvalidRefundInputException("unitAmounts", "do not add up to " + goods);
    }
  }
}
