package org.aftersales.casefile;

import java.time.Instant;
import java.util.Optional;

/**
 * The port through which a shop's policy grants an instant refund (极速退款): money back as soon as the
 * buyer ships the return with a tracking number, before the merchant has the goods. The core asks it
 * once, when a return-and-refund case's buyer ships the return, and records the answer as an event,
 * so replaying a case never asks again.
 *
 * <p>Implementations must be thread-safe and should answer from the case and {@code now} alone: the
 * decider is a pure function of its inputs, this port included.
 */
@FunctionalInterface
public interface InstantRefunds {

  /** The port that never grants an instant refund; every case waits for its inspection. */
  InstantRefunds NONE = (shipped, now) -> Optional.empty();

  /**
   * Returns the id of the rule that refunds this case at once, or empty if the refund waits for the
   * inspection as usual.
   *
   * @param shipped the case with the buyer's return shipment recorded
   * @param now the moment the buyer ships
   * @return the granting rule's id, not blank; empty if no rule grants one
   */
  Optional<String> ruleFor(AfterSalesCase shipped, Instant now);

  /** Returns {@link #NONE}. */
  static InstantRefunds none() {
    return NONE;
  }
}
