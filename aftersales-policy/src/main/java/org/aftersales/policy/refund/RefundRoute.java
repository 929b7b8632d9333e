package org.aftersales.policy.refund;

/** Where a tender's refund goes. */
public enum RefundRoute {
  /** Back the way it was paid (原路退回). */
  ORIGINAL_PAYMENT,
  /** To the buyer's store balance, where the shop offers it. */
  STORE_BALANCE,
  /**
   * To a bank card the buyer names, where the shop offers it (seed rules: "some shops also offer store
   * balance or bank card"); the host collects and checks the card, the refund only says where it goes.
   */
  BANK_CARD,
  /** Back as points, in kind. */
  POINTS
}
