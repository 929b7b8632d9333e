package org.aftersales.policy.refund;

/**
 * What a shop's policy says about refunds (seed rules, "Money"). Immutable and thread-safe.
 *
 * <p>{@link #defaults()}: thresholds broken by a buyer-choice return are clawed back, a waived
 * shipping fee is charged when the free-shipping threshold is no longer met, kept gifts are
 * deducted, buyer-paid return shipping is deducted, no restocking fee, the merchant bears
 * depreciation, a premium delivery surplus is kept on a withdrawal, points go back in kind,
 * coupons do not, and money goes back by the original payment route.
 *
 * @param clawBackBrokenThresholds whether a buyer-choice return that leaves the kept eligible goods
 *     below a discount's threshold deducts the discount's share on the kept goods
 * @param chargeWaivedShipping whether a buyer-choice return that leaves the goods paid below the
 *     free-shipping threshold deducts the waived fee (never when every unit comes back)
 * @param deductKeptGifts whether a gift kept after its condition is gone is deducted at its marked price
 * @param deductReturnShipping whether return shipping the merchant paid for and the buyer owes is deducted
 * @param restockingFeeBasisPoints a fee on the goods of a buyer-choice return, 0 to 10000 (0: none)
 * @param depreciationCapBasisPoints the most of the goods refunded that a merchant's assessed
 *     depreciation may take on a return the buyer is liable for, 0 to 10000 (0: the merchant bears
 *     depreciation)
 * @param keepPremiumDeliverySurplus whether a buyer-choice withdrawal refunds only the standard
 *     delivery cost and not a premium surplus (Directive 2011/83/EU art. 13(2))
 * @param pointsInKind whether points go back as points; otherwise their value goes to store balance
 * @param couponsInKind whether a coupon whose lines all come back is issued to the buyer again
 * @param route where money tenders are refunded: {@link RefundRoute#ORIGINAL_PAYMENT} or {@link
 *     RefundRoute#STORE_BALANCE}
 */
public record RefundTerms(
    boolean clawBackBrokenThresholds,
    boolean chargeWaivedShipping,
    boolean deductKeptGifts,
    boolean deductReturnShipping,
    int restockingFeeBasisPoints,
    int depreciationCapBasisPoints,
    boolean keepPremiumDeliverySurplus,
    boolean pointsInKind,
    boolean couponsInKind,
    RefundRoute route) {

  private static final RefundTerms DEFAULTS =
      new RefundTerms(true, true, true, true, 0, 0, true, true, false, RefundRoute.ORIGINAL_PAYMENT);

  /**
   * Validates the terms.
   *
   * @throws InvalidRefundInputException if a basis-point field is outside 0 to 10000, {@code route}
   *     is null or {@link RefundRoute#POINTS}; the message names the field
   */
  public RefundTerms {
    Check.basisPoints(restockingFeeBasisPoints, "restockingFeeBasisPoints");
    Check.basisPoints(depreciationCapBasisPoints, "depreciationCapBasisPoints");
    Check.present(route, "route");
    if (route == RefundRoute.POINTS) {
      throw new InvalidRefundInputException("route", "money is refunded to ORIGINAL_PAYMENT, STORE_BALANCE or BANK_CARD, not POINTS");
    }
  }

  /** Returns the defaults listed above. */
  public static RefundTerms defaults() {
    return DEFAULTS;
  }

  /** Returns these terms with thresholds clawed back or not. */
  public RefundTerms withClawBackBrokenThresholds(boolean value) {
    return new RefundTerms(value, chargeWaivedShipping, deductKeptGifts, deductReturnShipping, restockingFeeBasisPoints,
        depreciationCapBasisPoints, keepPremiumDeliverySurplus, pointsInKind, couponsInKind, route);
  }

  /** Returns these terms with a waived shipping fee charged or not. */
  public RefundTerms withChargeWaivedShipping(boolean value) {
    return new RefundTerms(clawBackBrokenThresholds, value, deductKeptGifts, deductReturnShipping, restockingFeeBasisPoints,
        depreciationCapBasisPoints, keepPremiumDeliverySurplus, pointsInKind, couponsInKind, route);
  }

  /** Returns these terms with kept gifts deducted or not. */
  public RefundTerms withDeductKeptGifts(boolean value) {
    return new RefundTerms(clawBackBrokenThresholds, chargeWaivedShipping, value, deductReturnShipping, restockingFeeBasisPoints,
        depreciationCapBasisPoints, keepPremiumDeliverySurplus, pointsInKind, couponsInKind, route);
  }

  /** Returns these terms with buyer-owed return shipping deducted or not. */
  public RefundTerms withDeductReturnShipping(boolean value) {
    return new RefundTerms(clawBackBrokenThresholds, chargeWaivedShipping, deductKeptGifts, value, restockingFeeBasisPoints,
        depreciationCapBasisPoints, keepPremiumDeliverySurplus, pointsInKind, couponsInKind, route);
  }

  /** Returns these terms with a restocking fee; see the constructor for the rules. */
  public RefundTerms withRestockingFeeBasisPoints(int value) {
    return new RefundTerms(clawBackBrokenThresholds, chargeWaivedShipping, deductKeptGifts, deductReturnShipping, value,
        depreciationCapBasisPoints, keepPremiumDeliverySurplus, pointsInKind, couponsInKind, route);
  }

  /** Returns these terms with a depreciation cap; see the constructor for the rules. */
  public RefundTerms withDepreciationCapBasisPoints(int value) {
    return new RefundTerms(clawBackBrokenThresholds, chargeWaivedShipping, deductKeptGifts, deductReturnShipping,
        restockingFeeBasisPoints, value, keepPremiumDeliverySurplus, pointsInKind, couponsInKind, route);
  }

  /** Returns these terms keeping a premium delivery surplus or not. */
  public RefundTerms withKeepPremiumDeliverySurplus(boolean value) {
    return new RefundTerms(clawBackBrokenThresholds, chargeWaivedShipping, deductKeptGifts, deductReturnShipping,
        restockingFeeBasisPoints, depreciationCapBasisPoints, value, pointsInKind, couponsInKind, route);
  }

  /** Returns these terms with points back in kind or not. */
  public RefundTerms withPointsInKind(boolean value) {
    return new RefundTerms(clawBackBrokenThresholds, chargeWaivedShipping, deductKeptGifts, deductReturnShipping,
        restockingFeeBasisPoints, depreciationCapBasisPoints, keepPremiumDeliverySurplus, value, couponsInKind, route);
  }

  /** Returns these terms with coupons back in kind or not. */
  public RefundTerms withCouponsInKind(boolean value) {
    return new RefundTerms(clawBackBrokenThresholds, chargeWaivedShipping, deductKeptGifts, deductReturnShipping,
        restockingFeeBasisPoints, depreciationCapBasisPoints, keepPremiumDeliverySurplus, pointsInKind, value, route);
  }

  /** Returns these terms refunding money to {@code value}; see the constructor for the rules. */
  public RefundTerms withRoute(RefundRoute value) {
    return new RefundTerms(clawBackBrokenThresholds, chargeWaivedShipping, deductKeptGifts, deductReturnShipping,
        restockingFeeBasisPoints, depreciationCapBasisPoints, keepPremiumDeliverySurplus, pointsInKind, couponsInKind, value);
  }
}
