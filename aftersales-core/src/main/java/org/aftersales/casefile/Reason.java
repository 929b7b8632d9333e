package org.aftersales.casefile;

/** Why the buyer opened the case. The reason decides fault, and fault decides who pays. */
public enum Reason {
  QUALITY_DEFECT(true),
  NOT_AS_DESCRIBED(true),
  WRONG_ITEM(true),
  MISSING_PARTS(true),
  DAMAGED_IN_TRANSIT(true),
  NOT_RECEIVED(true),
  DELIVERY_DELAY(true),
  SIZE_OR_FIT(false),
  /** No reason given: the 7-day no-reason return (七天无理由退货). */
  CHANGED_MIND(false);

  private final boolean sellerFault;

  Reason(boolean sellerFault) {
    this.sellerFault = sellerFault;
  }

  /** Returns whether the reason, if true, puts the fault on the seller's side rather than the buyer's choice. */
  public boolean isSellerFault() {
    return sellerFault;
  }
}
