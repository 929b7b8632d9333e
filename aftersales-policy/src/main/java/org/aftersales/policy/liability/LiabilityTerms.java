package org.aftersales.policy.liability;

import java.util.Objects;

/**
 * What a shop's policy says about shipping costs when nobody is at fault (change of mind, size or
 * fit). Seller, platform and buyer-damage faults are settled by rule, not by terms: the party at
 * fault pays every leg.
 *
 * <p>Immutable and thread-safe. {@link #defaults()} is the statutory China baseline: the buyer
 * pays the return, keeps paying the original delivery and pays for a replacement to be sent.
 *
 * @param changeOfMindReturn who covers the return leg of a buyer-choice return or exchange
 * @param changeOfMindOriginalDelivery who bears the original delivery when the buyer returns goods
 *     of their own choice: {@link Payer#BUYER} (China default) or {@link Payer#MERCHANT} (EU
 *     Consumer Rights Directive art. 13(2): the trader refunds the standard delivery on withdrawal)
 * @param changeOfMindReplacementOut who pays for sending the replacement of a buyer-choice exchange
 */
public record LiabilityTerms(
    ReturnCover changeOfMindReturn,
    Payer changeOfMindOriginalDelivery,
    Payer changeOfMindReplacementOut) {

  private static final LiabilityTerms DEFAULTS =
      new LiabilityTerms(ReturnCover.BUYER_PAYS, Payer.BUYER, Payer.BUYER);

  /**
   * Validates the terms.
   *
   * @throws NullPointerException if any field is null; the message names it
   * @throws IllegalArgumentException if {@code changeOfMindOriginalDelivery} or {@code
   *     changeOfMindReplacementOut} is {@link Payer#PLATFORM}: the platform pays only for its own
   *     fault, never under a shop's terms; the message names the field
   */
  public LiabilityTerms {
    Objects.requireNonNull(changeOfMindReturn, "changeOfMindReturn");
    requireShopParty(changeOfMindOriginalDelivery, "changeOfMindOriginalDelivery");
    requireShopParty(changeOfMindReplacementOut, "changeOfMindReplacementOut");
  }

  /** Returns the statutory China baseline: the buyer pays every leg of a return of their own choice. */
  public static LiabilityTerms defaults() {
    return DEFAULTS;
  }

  /** Returns these terms with {@code cover} for the return leg; see the constructor for the rules. */
  public LiabilityTerms withChangeOfMindReturn(ReturnCover cover) {
    return new LiabilityTerms(cover, changeOfMindOriginalDelivery, changeOfMindReplacementOut);
  }

  /** Returns these terms with {@code payer} for the original delivery; see the constructor for the rules. */
  public LiabilityTerms withChangeOfMindOriginalDelivery(Payer payer) {
    return new LiabilityTerms(changeOfMindReturn, payer, changeOfMindReplacementOut);
  }

  /** Returns these terms with {@code payer} for the replacement leg; see the constructor for the rules. */
  public LiabilityTerms withChangeOfMindReplacementOut(Payer payer) {
    return new LiabilityTerms(changeOfMindReturn, changeOfMindOriginalDelivery, payer);
  }

  private static void requireShopParty(Payer payer, String field) {
    Objects.requireNonNull(payer, field);
    if (payer == Payer.PLATFORM) {
      throw new IllegalArgumentException(
          field + " must be BUYER or MERCHANT, but was PLATFORM: the platform pays only for its own fault");
    }
  }
}
