package org.aftersales.casefile;

/**
 * Where a case stands. Each {@link CaseType}'s {@link LifecycleTable} uses a subset of these states
 * and says which commands leave each one.
 */
public enum CaseState {
  /** Opened; the merchant approves, rejects or asks for more information. */
  REQUESTED,
  /** The merchant asked for more information; the merchant's response clock is paused. */
  INFO_REQUESTED,
  /** The merchant offered a partial refund instead; the buyer accepts or declines, the merchant's clock paused. */
  OFFER_PENDING,
  /** The merchant rejected the request; the buyer accepts or escalates. */
  REJECTED,
  /** Approved; the merchant provides the return address. */
  AWAITING_RETURN_ADDRESS,
  /** The buyer ships the goods back with a carrier and tracking number. */
  AWAITING_RETURN_SHIPMENT,
  /** The return is on its way; the merchant confirms receipt or refuses it. */
  RETURN_IN_TRANSIT,
  /** The carrier reports delivery; the merchant confirms receipt or refuses it. */
  RETURN_DELIVERED,
  /** The merchant inspects the returned goods. */
  INSPECTING,
  /** The merchant refused the returned goods or failed the inspection; the buyer accepts or escalates. */
  GOODS_REFUSED,
  /** The platform arbitrates the merchant's rejection of the request. */
  ARBITRATING_REJECTION,
  /** The platform arbitrates the merchant's refusal of the returned goods. */
  ARBITRATING_REFUSAL,
  /**
   * The merchant's refusal of the returned goods stands: the merchant sends them back to the buyer,
   * or records the carrier's return of a parcel refused at the door. If nothing came back to send,
   * the platform closes the case.
   */
  GOODS_TO_SEND_BACK,
  /** The refused goods are on their way back to the buyer. */
  GOODS_SENT_BACK,
  /** The refund was requested from the payment provider by the original route. */
  REFUND_PENDING,
  /** The payment provider reported the refund failed; it is retried. */
  REFUND_FAILED,
  /** Exchange: the merchant ships the replacement. */
  REPLACEMENT_TO_SHIP,
  /** Exchange: the replacement is on its way; the buyer confirms or disputes it. */
  REPLACEMENT_SHIPPED,
  /** Repair: the merchant proposes a repair plan and fee. */
  AWAITING_REPAIR_PLAN,
  /** Repair: the buyer accepts or declines the plan, or escalates it (a fee for a warranty fault, say). */
  AWAITING_PLAN_ACCEPTANCE,
  /**
   * Repair: the platform arbitrates the buyer's objection to the plan. For the buyer, the repair is
   * free; for the merchant, the plan binds as proposed. Either way the item goes in for repair, unless
   * the buyer withdraws before sending it.
   */
  ARBITRATING_PLAN,
  /** Repair: the merchant has the goods and repairs them. */
  IN_REPAIR,
  /** Repair: the repaired item is on its way; the buyer confirms or disputes it. */
  REPAIRED_ITEM_SHIPPED,
  /** Exchange or repair: the carrier delivered the goods to the buyer, who confirms or disputes them. */
  OUTBOUND_DELIVERED,
  /** Exchange or repair: the platform arbitrates the buyer's dispute of the replacement or repaired item. */
  ARBITRATING_DELIVERY,
  /** Ended with the buyer's request fulfilled (refund, exchange or repair). */
  COMPLETED,
  /** Ended otherwise (withdrawn, abandoned, rejection accepted, ruled for the merchant, goods sent back). */
  CLOSED;

  /** Returns whether the case has ended; only rating is possible afterwards. */
  public boolean isTerminal() {
    return this == COMPLETED || this == CLOSED;
  }
}
