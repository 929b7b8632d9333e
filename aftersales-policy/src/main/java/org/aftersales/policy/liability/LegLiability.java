package org.aftersales.policy.liability;

import java.util.Objects;

/**
 * Who pays one shipping leg, and why.
 *
 * @param leg the leg
 * @param payer who pays it
 * @param ruleId the id of the rule that decided, such as {@code LIABILITY-SELLER-FAULT}
 * @param explanation a sentence a person can read
 */
public record LegLiability(ShippingLeg leg, Payer payer, String ruleId, String explanation) {

  /**
   * Validates the leg.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if {@code ruleId} or {@code explanation} is blank
   */
  public LegLiability {
    Objects.requireNonNull(leg, "leg");
    Objects.requireNonNull(payer, "payer");
    Text.require(ruleId, "ruleId");
    Text.require(explanation, "explanation");
  }
}
