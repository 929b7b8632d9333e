package org.aftersales.policy.liability;

/** Who covers the return shipping of a change-of-mind or size return, as the shop's terms say. */
public enum ReturnCover {
  /** The buyer pays the return shipping (the statutory default for a no-reason return). */
  BUYER_PAYS(Payer.BUYER, "the buyer pays the return shipping of a return of their own choice"),
  /**
   * Return-shipping insurance (运费险) the merchant bought pays the buyer's return shipping, so it
   * is not the buyer's cost and the refund deducts nothing for it.
   */
  SHIPPING_INSURANCE(Payer.MERCHANT, "the merchant's return-shipping insurance (运费险) covers the return"),
  /** The shop promises free returns. */
  FREE_RETURNS(Payer.MERCHANT, "the shop's free-returns promise covers the return");

  private final Payer payer;
  private final String wording;

  ReturnCover(Payer payer, String wording) {
    this.payer = payer;
    this.wording = wording;
  }

  /** Returns who bears the return shipping under this cover. */
  public Payer payer() {
    return payer;
  }

  /** Returns the sentence that explains the cover. */
  String wording() {
    return wording;
  }
}
