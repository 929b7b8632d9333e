package org.aftersales.casefile;

/** What the buyer asks for. Each type has its own lifecycle table. */
public enum CaseType {
  /** Money back without sending goods back: goods not shipped, not received or lost (仅退款). */
  REFUND_ONLY,
  /** Goods go back to the merchant, then money comes back (退货退款). */
  RETURN_AND_REFUND,
  /** Goods go back and a replacement comes out (换货). */
  EXCHANGE,
  /** Goods go back, are repaired and come out again (维修). */
  REPAIR;

  /** Returns whether the buyer asks for money back (more than zero) rather than for goods. */
  public boolean refundsMoney() {
    return this == REFUND_ONLY || this == RETURN_AND_REFUND;
  }

}
