package org.aftersales.casefile;

/** Why the buyer opened the case. The reason decides fault, and fault decides who pays. */
public enum Reason {
  /** The goods are faulty (质量问题). */
  QUALITY_DEFECT(true),
  /** The goods differ from the listing. */
  NOT_AS_DESCRIBED(true),
  /** The merchant sent the wrong item. */
  WRONG_ITEM(true),
  /** Parts or accessories are missing. */
  MISSING_PARTS(true),
  /** The goods arrived damaged. */
  DAMAGED_IN_TRANSIT(true),
  /** The goods never arrived. */
  NOT_RECEIVED(true),
  /** The goods came later than promised. */
  DELIVERY_DELAY(true),
  /** The goods do not fit; the buyer's choice, not a fault. */
  SIZE_OR_FIT(false),
  /** No reason given: the 7-day no-reason return (七天无理由退货). */
  CHANGED_MIND(false);

  private final boolean sellerFault;

  Reason(boolean sellerFault) {
    this.sellerFault = sellerFault;
  }

  /**
   * Returns whether the reason, when it holds, puts the fault on the seller's side; false when the
   * case comes from the buyer's own choice (size, change of mind).
   */
  public boolean isSellerFault() {
    return sellerFault;
  }
}
