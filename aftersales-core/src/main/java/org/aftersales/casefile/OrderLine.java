package org.aftersales.casefile;

import java.util.Objects;
import org.aftersales.money.Money;

/**
 * One line of the paid order that a case covers.
 *
 * @param lineId the host's order line id
 * @param sku the stock-keeping unit
 * @param quantity the units of the line the case covers, at least 1
 * @param amountPaid what the buyer paid for those units, after discounts, less what earlier cases
 *     already refunded for them: every refund of the case is capped by it; zero for a gift
 */
public record OrderLine(String lineId, String sku, int quantity, Money amountPaid) {

  /**
   * Validates the line.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if an id is malformed or quantity is below 1
   */
  public OrderLine {
    Identifiers.check(lineId, "lineId");
    Identifiers.check(sku, "sku");
    Objects.requireNonNull(amountPaid, "amountPaid");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1, but was " + quantity + " on line " + lineId);
    }
  }

  /** Returns a line; see the canonical constructor for the rules. */
  public static OrderLine of(String lineId, String sku, int quantity, Money amountPaid) {
    return new OrderLine(lineId, sku, quantity, amountPaid);
  }
}
