package org.aftersales.policy.refund;

import org.aftersales.money.Money;

/**
 * Free shipping from a spend (满额包邮): the order reached the threshold, so the fee was waived.
 *
 * <p>The threshold is measured on what the buyer paid for the goods (after every discount).
 *
 * @param threshold the spend that waives the fee
 * @param waivedFee the fee the buyer would have paid below it
 */
public record FreeShipping(Money threshold, Money waivedFee) {

  /**
   * Validates the offer.
   *
   * @throws InvalidRefundInputException if a field is null or the two are in different currencies
   */
  public FreeShipping {
    Check.present(threshold, "threshold");
    Check.money(waivedFee, threshold.currency(), "waivedFee");
  }
}
