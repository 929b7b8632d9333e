package org.aftersales.policy.refund;

import org.aftersales.money.Money;

/**
 * One line of the order as bought.
 *
 * @param lineId the host's order line id
 * @param sku the stock-keeping unit
 * @param quantity units bought, at least 1
 * @param unitPrice the list price of one unit
 * @param itemDiscount the discount on the line as a whole (not per unit), at most {@code quantity *
 *     unitPrice}; zero when none
 */
public record PurchasedLine(String lineId, String sku, int quantity, Money unitPrice, Money itemDiscount) {

  /**
   * Validates the line.
   *
   * @throws InvalidRefundInputException if a field is null or blank, {@code quantity} is below 1,
   *     the prices are in different currencies or the discount exceeds the line's price
   * @throws ArithmeticException if {@code quantity * unitPrice} overflows
   */
  public PurchasedLine {
    Check.id(lineId, "lineId");
    Check.id(sku, "sku");
    Check.positive(quantity, "quantity");
    Check.present(unitPrice, "unitPrice");
    Check.money(itemDiscount, unitPrice.currency(), "itemDiscount");
    if (itemDiscount.isGreaterThan(unitPrice.times(quantity))) {
      throw new InvalidRefundInputException("itemDiscount",
          itemDiscount + " exceeds the line's price " + unitPrice.times(quantity) + " on line " + lineId);
    }
  }

  /** Returns a line without item discount; see the constructor for the rules. */
  public static PurchasedLine of(String lineId, String sku, int quantity, Money unitPrice) {
    return new PurchasedLine(lineId, sku, quantity, unitPrice, Money.zero(unitPrice.currency()));
  }

  /** Returns this line with {@code discount} off the line; see the constructor for the rules. */
  public PurchasedLine withItemDiscount(Money discount) {
    return new PurchasedLine(lineId, sku, quantity, unitPrice, discount);
  }

  /** Returns the line's price after its item discount, before order-level discounts. */
  public Money net() {
    return unitPrice.times(quantity).minus(itemDiscount);
  }
}
