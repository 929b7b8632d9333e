package org.aftersales.policy.liability;

import java.util.Objects;
import org.aftersales.money.Money;

/**
 * The price difference of an exchange to another item: a separate line of the liability result,
 * apart from the shipping legs.
 *
 * @param payer who pays it: the {@link Payer#BUYER} for a dearer replacement, the {@link
 *     Payer#MERCHANT} (back to the buyer) for a cheaper one
 * @param amount the difference, more than zero
 * @param ruleId the id of the rule that decided
 * @param explanation a sentence a person can read
 */
public record PriceDifference(Payer payer, Money amount, String ruleId, String explanation) {

  /**
   * Validates the difference.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if {@code amount} is zero, {@code payer} is the platform, or a
   *     text is blank
   */
  public PriceDifference {
    Objects.requireNonNull(payer, "payer");
    Objects.requireNonNull(amount, "amount");
    if (amount.isZero()) {
      throw new IllegalArgumentException("amount of a price difference must be more than zero");
    }
    if (payer == Payer.PLATFORM) {
      throw new IllegalArgumentException("payer of a price difference must be BUYER or MERCHANT, but was PLATFORM");
    }
    Text.require(ruleId, "ruleId");
    Text.require(explanation, "explanation");
  }
}
