package org.aftersales.casefile;

/** Why a command was refused. Stable names: hosts map them to messages and HTTP statuses. */
public enum RejectionCode {
  /** The case belongs to another tenant. */
  WRONG_TENANT,
  /** The buyer acting is not the case's buyer. */
  WRONG_PARTY,
  /** The actor may not send this command in this state. */
  ACTOR_NOT_ALLOWED,
  /** The command is not possible in the case's current state. */
  NOT_ALLOWED_IN_STATE,
  /** The command never applies to this type of case. */
  NOT_ALLOWED_FOR_CASE_TYPE,
  /**
   * The sender acted on a version of the case that is no longer current
   * ({@link CommandEnvelope#expectingVersion}); reload the case and decide again.
   */
  STALE_VERSION,
  /** No case has this id. */
  CASE_NOT_FOUND,
  /** A guard of the transition refused: missing evidence, already rated, refund above what was paid... */
  GUARD_FAILED,
  /** A system command cited a running deadline (or reminder) before it was due. */
  DEADLINE_NOT_DUE,
  /**
   * A system command cited a deadline that is no longer running (met, paused or already applied),
   * or a reminder whose deadline has already passed: the timer is stale and nothing is to be done.
   */
  DEADLINE_NOT_RUNNING,
  /**
   * {@code SYSTEM} sent a command that the system only takes as a deadline's default action, without
   * citing the deadline. Carrier and payment reports ({@link CommandType#isOutsideReport()}) need none.
   */
  DEADLINE_NOT_CITED,
  /**
   * A party acted after the limit of the current step had passed: the deadline's default action,
   * which the sweeper is about to apply, comes first, whatever the sweeper's delay. Reports of outside
   * facts ({@link CommandType#isOutsideReport()}) are never refused for this.
   */
  DEADLINE_PASSED,
  /**
   * A new case covers an order line that another open case already covers; the buyer acts on that
   * case, or opens a new one once it has ended.
   */
  ORDER_LINE_IN_OPEN_CASE,
  /** The idempotency key was used before for a different command. */
  IDEMPOTENCY_KEY_REUSED,
  /** Other commands kept changing the case; the caller may try again. */
  CONCURRENT_MODIFICATION
}
