package org.aftersales.deadline;

/**
 * The steps of a case that run against a limit. The lifecycle table says in which state each one
 * runs and whom it waits on; the {@code SlaPolicy} says how long it is and what happens when it is missed.
 */
public enum DeadlineKind {
  /** The merchant approves, rejects or asks for more (seed: 24 h, then approve). */
  MERCHANT_RESPONSE("the merchant to respond"),
  /** The buyer supplies the information the merchant asked for. */
  BUYER_SUPPLIES_INFO("the buyer to supply the information asked for"),
  /** The buyer accepts or declines the merchant's partial-refund offer (then deemed declined). */
  BUYER_ANSWERS_OFFER("the buyer to accept or decline the merchant's offer"),
  /** The buyer accepts the merchant's rejection or escalates. */
  BUYER_ANSWERS_REJECTION("the buyer to accept the rejection or escalate"),
  /** The merchant provides the return address (seed: 24 h). */
  RETURN_ADDRESS("the merchant to give the return address"),
  /** The buyer ships the goods back (seed: 7 days, then the case closes). */
  BUYER_SHIPS_RETURN("the buyer to ship the return"),
  /** The return is in transit and nobody has confirmed or refused it. */
  RETURN_TRANSIT("the return to reach the merchant"),
  /** The carrier delivered the return; the merchant confirms receipt (then deemed received). */
  MERCHANT_CONFIRMS_RECEIPT("the merchant to confirm receipt of the return"),
  /** The merchant inspects the returned goods (seed: 3 working days, then deemed passed). */
  INSPECTION("the merchant to inspect the return"),
  /** The buyer accepts the merchant's refusal of the goods or escalates. */
  BUYER_ANSWERS_REFUSAL("the buyer to accept the refusal or escalate"),
  /** The payment provider settles the refund (seed: 3 days, then an alert). */
  REFUND_SETTLEMENT("the refund to reach the buyer"),
  /** A failed refund waits before it is retried. */
  REFUND_RETRY("the next refund attempt"),
  /** The merchant ships the replacement (seed: 24 h after receiving the exchanged item). */
  REPLACEMENT_DISPATCH("the merchant to ship the replacement"),
  /** The merchant sends refused goods back to the buyer (seed: 72 h, then an alert). */
  SEND_BACK_DISPATCH("the merchant to send the goods back"),
  /** Refused goods are on their way back to the buyer (seed: 10 days, then deemed received). */
  SENT_BACK_TRANSIT("the goods to reach the buyer again"),
  /** The replacement or repaired item is on its way to the buyer (then deemed delivered). */
  OUTBOUND_TRANSIT("the goods to reach the buyer"),
  /** The buyer confirms the replacement or the repaired item (seed: 3 working days, then deemed confirmed). */
  BUYER_CONFIRMS_DELIVERY("the buyer to confirm the goods arrived in order"),
  /** The merchant proposes a repair plan and fee (seed: 48 h). */
  REPAIR_PLAN("the merchant to propose a repair plan and fee"),
  /** The buyer accepts or declines the repair plan. */
  BUYER_ANSWERS_REPAIR_PLAN("the buyer to accept or decline the repair plan"),
  /** The merchant repairs the goods and ships them back. */
  REPAIR_WORK("the merchant to repair the item and ship it back"),
  /** The platform rules on an escalation, finally (seed: 5 working days, then deemed for the buyer). */
  PLATFORM_RULING("the platform to rule"),
  /**
   * The platform gives its first judgment on a dispute it has not classified as complex (seed: 48 h,
   * then deemed for the buyer). Runs beside {@link #PLATFORM_RULING} from the escalation.
   */
  PLATFORM_FIRST_JUDGMENT("the platform's first judgment"),
  /**
   * The platform gives its first judgment on a dispute it classified as complex (seed: 3 working
   * days, then deemed for the buyer). Replaces {@link #PLATFORM_FIRST_JUDGMENT} and counts from the
   * escalation, not from the classification, so that classifying late does not extend the limit.
   */
  PLATFORM_COMPLEX_JUDGMENT("the platform's first judgment of a complex dispute"),
  /**
   * The platform handles the buyer's complaint about how the case is handled (seed: 24 h, then the
   * platform is alerted). Runs beside the state's own deadlines until answered or the case ends.
   */
  COMPLAINT_HANDLING("the platform to handle the buyer's complaint");

  private final String awaited;

  DeadlineKind(String awaited) {
    this.awaited = awaited;
  }

  /** Returns what the case waits for, in words for a timeline: the merchant to respond. */
  public String awaited() {
    return awaited;
  }
}
