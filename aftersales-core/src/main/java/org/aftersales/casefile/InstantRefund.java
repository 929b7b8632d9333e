package org.aftersales.casefile;

import java.util.Objects;

/**
 * A refund paid as soon as the buyer shipped the return, before inspection (极速退款), and how its
 * money stands. The goods go on through transit, receipt and inspection; the refund is the case's one
 * refund of those goods, so passing the inspection pays nothing more.
 *
 * @param rule the id of the policy rule that granted it
 * @param status where the money stands
 */
public record InstantRefund(String rule, Status status) {

  /** Where an instant refund's money stands. */
  public enum Status {
    /** An attempt was requested from the payment provider and has not been answered. */
    IN_FLIGHT,
    /** The latest attempt failed; it is retried beside the goods. */
    FAILED,
    /** The payment provider confirmed it: the buyer has the money. */
    CONFIRMED
  }

  /**
   * Validates the record.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if rule is blank
   */
  public InstantRefund {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(status, "status");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank");
    }
  }

  /** Returns this refund with its money standing otherwise. */
  InstantRefund with(Status next) {
    return new InstantRefund(rule, next);
  }
}
