package org.aftersales.policy.refund;

/** The ids of the refund rules, cited in explanations and deductions. */
public final class RuleIds {

  /** The goods of a line come back at what was paid for them, by unit. */
  public static final String GOODS = "REFUND-GOODS";
  /** The seller or platform is at fault and the whole order comes back: the original shipping too. */
  public static final String ORIGINAL_SHIPPING = "REFUND-ORIGINAL-SHIPPING";
  /** A withdrawal refunds the standard delivery, not a premium surplus (Directive 2011/83/EU art. 13(2)). */
  public static final String EU_CRD_ART_13_2 = "EU-CRD-ART-13-2";
  /** The buyer bears the original delivery of a return of their own choice. */
  public static final String ORIGINAL_SHIPPING_KEPT = "REFUND-ORIGINAL-SHIPPING-BUYER-BEARS";
  /**
   * The order was not dispatched: cancelling all of it refunds the whole delivery fee, premium
   * included; cancelling part of it refunds none, because the rest still ships.
   */
  public static final String NOT_DISPATCHED = "REFUND-NOT-DISPATCHED";
  /** A kept gift whose condition is gone is deducted at its marked price. */
  public static final String GIFT_NOT_RETURNED = "DEDUCT-GIFT-NOT-RETURNED";
  /** A discount whose threshold the kept goods no longer reach loses its share on them. */
  public static final String DISCOUNT_THRESHOLD_BROKEN = "DEDUCT-DISCOUNT-THRESHOLD-BROKEN";
  /** Free shipping whose threshold the kept goods no longer reach charges the waived fee. */
  public static final String FREE_SHIPPING_THRESHOLD_BROKEN = "DEDUCT-FREE-SHIPPING-THRESHOLD-BROKEN";
  /** Return shipping the buyer owes (seed rule: change of mind, the buyer pays the return). */
  public static final String RETURN_SHIPPING = "DEDUCT-RETURN-SHIPPING";
  /** A restocking fee the terms allow on a return of the buyer's choice. */
  public static final String RESTOCKING_FEE = "DEDUCT-RESTOCKING-FEE";
  /** Depreciation the terms let the merchant deduct (seed rule: the merchant bears it or not, as its policy says). */
  public static final String DEPRECIATION = "DEDUCT-DEPRECIATION";
  /** The refund goes back over the tenders in proportion to what each can still take back. */
  public static final String TENDERS = "REFUND-BY-TENDER";
  /** A coupon whose lines all came back is issued again. */
  public static final String COUPON_IN_KIND = "REFUND-COUPON-IN-KIND";

  private RuleIds() {}
}
