package org.aftersales.policy.refund;

/** Why money is held back from a refund. */
public enum DeductionKind {
  /** Return shipping the merchant paid and the buyer owes. Belongs to one return. */
  RETURN_SHIPPING(false),
  /** The goods kept fell below the free-shipping threshold: the waived fee. Follows what is kept. */
  FREE_SHIPPING_THRESHOLD_BROKEN(true),
  /** The goods kept fell below a discount's threshold: its share on them. Follows what is kept. */
  DISCOUNT_THRESHOLD_BROKEN(true),
  /** A gift kept after its condition is gone: its marked price. Follows what is kept. */
  GIFT_NOT_RETURNED(true),
  /** A restocking fee on a return of the buyer's choice. Belongs to one return. */
  RESTOCKING_FEE(false),
  /** The merchant's assessed loss of value, within the terms' cap. Belongs to one return. */
  DEPRECIATION(false);

  private final boolean followsKeptGoods;

  DeductionKind(boolean followsKeptGoods) {
    this.followsKeptGoods = followsKeptGoods;
  }

  /**
   * Returns whether the deduction depends on what the buyer keeps, so a later return may release
   * it; false for a deduction that belongs to one return.
   */
  public boolean followsKeptGoods() {
    return followsKeptGoods;
  }
}
