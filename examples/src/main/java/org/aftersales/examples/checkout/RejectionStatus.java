package org.aftersales.examples.checkout;

import org.aftersales.casefile.RejectionCode;

/**
 * The one table from the core's {@link RejectionCode} to an HTTP status. The switch has no default,
 * so a code added to the core does not compile here until someone decides its status.
 *
 * <ul>
 *   <li>404: the case is not there for this tenant (another tenant's case is reported as absent, so
 *       tenants cannot probe each other's ids);
 *   <li>403: the caller is not the party who may act (wrong buyer, actor not allowed);
 *   <li>409: the case is not where the caller thought: its state, its version, a deadline that
 *       moved on, an order line another open case holds, a reused idempotency key, or racing
 *       writers; reloading the case shows why;
 *   <li>422: a rule refuses the command whatever the case's timing: a failed guard, a command that
 *       never applies to the case type, a system action sent without its deadline.
 * </ul>
 */
final class RejectionStatus {

  private RejectionStatus() {}

  /** Returns the HTTP status a rejection with {@code code} is answered with. */
  static int of(RejectionCode code) {
    return switch (code) {
      case CASE_NOT_FOUND, WRONG_TENANT -> 404;
      case WRONG_PARTY, ACTOR_NOT_ALLOWED -> 403;
      case NOT_ALLOWED_IN_STATE, STALE_VERSION, DEADLINE_NOT_DUE, DEADLINE_NOT_RUNNING, DEADLINE_PASSED,
          ORDER_LINE_IN_OPEN_CASE, IDEMPOTENCY_KEY_REUSED, CONCURRENT_MODIFICATION -> 409;
      case GUARD_FAILED, NOT_ALLOWED_FOR_CASE_TYPE, DEADLINE_NOT_CITED -> 422;
    };
  }
}
