package org.aftersales.deadline;

/**
 * What the library does, as {@code SYSTEM}, when a deadline passes. Each action is a command of the
 * lifecycle table; {@link SlaPolicy} validation and the table together make sure the action is
 * legal in every state the deadline runs in.
 */
public enum DefaultAction {
  /** Approve the buyer's request (the seed rule for a silent merchant). */
  APPROVE,
  /** Give the buyer the policy's default return address. */
  USE_DEFAULT_RETURN_ADDRESS,
  /** Skip the return and refund straight away. */
  REFUND_WITHOUT_RETURN,
  /** Close the case because the buyer did not act. */
  CLOSE_ABANDONED,
  /** Treat the returned goods as received. */
  CONFIRM_RECEIPT,
  /** Treat the inspection as passed. */
  PASS_INSPECTION,
  /** Treat the buyer as accepting the rejection or refusal; the case closes. */
  ACCEPT_OUTCOME,
  /** Publish an alert and leave the case where it is. */
  RAISE_ALERT,
  /** Ask the payment provider for the refund again. */
  RETRY_REFUND,
  /** Treat the replacement or repaired item as confirmed by the buyer. */
  CONFIRM_DELIVERY,
  /** Treat the repair plan as declined. */
  DECLINE_REPAIR_PLAN,
  /** Rule the escalation for the buyer. */
  RULE_FOR_BUYER
}
