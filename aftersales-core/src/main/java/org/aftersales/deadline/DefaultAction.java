package org.aftersales.deadline;

/**
 * What the library does, as {@code SYSTEM}, when a deadline passes. Each action is a command of the
 * lifecycle table; {@code SlaPolicy} validation and the table together make sure the action is
 * legal in every state the deadline runs in.
 */
public enum DefaultAction {
  /** Approve the buyer's request (the seed rule for a silent merchant). */
  APPROVE("the request is approved"),
  /** Treat the merchant's partial-refund offer as declined; the merchant's clock resumes. */
  DECLINE_OFFER("the offer counts as declined and the merchant's clock resumes"),
  /** Give the buyer the policy's default return address. */
  USE_DEFAULT_RETURN_ADDRESS("the default return address is given"),
  /** Skip the return and refund straight away. */
  REFUND_WITHOUT_RETURN("the refund goes ahead without a return"),
  /** Close the case because the buyer did not act. */
  CLOSE_ABANDONED("the case closes"),
  /** Treat the returned goods as received. */
  CONFIRM_RECEIPT("the return counts as received"),
  /** Treat the inspection as passed. */
  PASS_INSPECTION("the inspection counts as passed"),
  /** Treat the buyer as accepting the rejection or refusal; the case closes. */
  ACCEPT_DECISION("the merchant's decision stands and the case closes"),
  /**
   * Publish an alert and leave the case where it is; possible in every open state, so it fits any
   * deadline. The deadline starts again, so that an alert repeats every period until someone acts.
   */
  RAISE_ALERT("the platform is alerted"),
  /** Ask the payment provider for the refund again. */
  RETRY_REFUND("the refund is retried"),
  /** Treat the replacement or repaired item as delivered to the buyer. */
  DEEM_OUTBOUND_DELIVERED("the goods count as delivered"),
  /** Treat the replacement or repaired item as confirmed by the buyer. */
  CONFIRM_DELIVERY("the goods count as arrived in order"),
  /** Treat the repair plan as declined. */
  DECLINE_REPAIR_PLAN("the plan counts as declined and the case closes"),
  /** Rule the escalation for the buyer. */
  RULE_FOR_BUYER("the dispute is decided for the buyer");

  private final String consequence;

  DefaultAction(String consequence) {
    this.consequence = consequence;
  }

  /** Returns what happens, in words for a timeline: the request is approved. */
  public String consequence() {
    return consequence;
  }
}
