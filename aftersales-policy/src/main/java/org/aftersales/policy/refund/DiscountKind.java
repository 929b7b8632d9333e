package org.aftersales.policy.refund;

/** What kind of order-level discount the buyer got. */
public enum DiscountKind {
  /** A coupon (优惠券), possibly usable only above a threshold; may go back in kind on a full return. */
  COUPON,
  /** A threshold promotion (满减): so much off when the eligible goods reach the threshold. */
  THRESHOLD_PROMOTION
}
