package org.aftersales.policy.refund;

/** Where a tender's refund goes. */
public enum RefundRoute {
  /** Back the way it was paid (原路退回). */
  ORIGINAL_PAYMENT,
  /** To the buyer's store balance, where the shop offers it. */
  STORE_BALANCE,
  /** Back as points, in kind. */
  POINTS
}
