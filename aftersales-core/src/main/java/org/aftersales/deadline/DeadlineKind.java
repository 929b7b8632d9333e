package org.aftersales.deadline;

/**
 * The steps of a case that run against a limit. The lifecycle table says in which state each one
 * runs and whom it waits on; the {@link SlaPolicy} says how long it is and what happens when it is missed.
 */
public enum DeadlineKind {
  /** The merchant approves, rejects or asks for more (seed: 24 h, then approve). */
  MERCHANT_RESPONSE,
  /** The buyer supplies the information the merchant asked for. */
  BUYER_SUPPLIES_INFO,
  /** The buyer accepts the merchant's rejection or escalates. */
  BUYER_ANSWERS_REJECTION,
  /** The merchant provides the return address (seed: 24 h). */
  RETURN_ADDRESS,
  /** The buyer ships the goods back (seed: 7 days, then the case closes). */
  BUYER_SHIPS_RETURN,
  /** The return is in transit and nobody has confirmed or refused it. */
  RETURN_TRANSIT,
  /** The carrier delivered the return; the merchant confirms receipt (then deemed received). */
  MERCHANT_CONFIRMS_RECEIPT,
  /** The merchant inspects the returned goods (seed: 3 working days, then deemed passed). */
  INSPECTION,
  /** The buyer accepts the merchant's refusal of the goods or escalates. */
  BUYER_ANSWERS_REFUSAL,
  /** The payment provider settles the refund (seed: 3 days, then an alert). */
  REFUND_SETTLEMENT,
  /** A failed refund waits before it is retried. */
  REFUND_RETRY,
  /** The merchant ships the replacement (seed: 24 h after receiving the exchanged item). */
  REPLACEMENT_DISPATCH,
  /** The buyer confirms the replacement or the repaired item (seed: 3 working days, then deemed confirmed). */
  BUYER_CONFIRMS_DELIVERY,
  /** The merchant proposes a repair plan and fee (seed: 48 h). */
  REPAIR_PLAN,
  /** The buyer accepts or declines the repair plan. */
  BUYER_ANSWERS_REPAIR_PLAN,
  /** The merchant repairs the goods and ships them back. */
  REPAIR_WORK,
  /** The platform rules on an escalation (seed: 5 working days, then deemed for the buyer). */
  PLATFORM_RULING
}
