package org.aftersales.casefile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftersales.deadline.DeadlineKind;

/**
 * One row of a lifecycle table: in {@code from}, {@code command} by one of {@code actors}, if every
 * guard passes, moves the case to {@code to} (or leaves it where it is) and ends it with
 * {@code outcome} when {@code to} is terminal.
 *
 * @param from the state the row applies in
 * @param command the command
 * @param actors who may send it
 * @param to the next state; empty when the command records a fact without moving the case
 * @param outcome how the case ends, present exactly when {@code to} is terminal
 * @param guards checks on the command and case, in order; the first to fail refuses the command
 * @param stops deadlines the command stops besides those a change of state stops (a first judgment
 *     stops the first-judgment clock without ending the arbitration)
 * @param starts deadlines the command starts besides those of the state it leads to (a complaint
 *     starts the platform's clock without moving the case)
 * @param completesIfRefunded whether the row, which leads to {@link CaseState#REFUND_PENDING}, ends the
 *     case {@link CaseOutcome#REFUNDED} in {@link CaseState#COMPLETED} instead when the refund already
 *     reached the buyer (an instant refund confirmed before the goods were inspected): nothing is paid
 *     twice; and leads to {@link CaseState#REFUND_FAILED} when the instant refund's latest attempt
 *     failed, where it waits for its retry, or for a person once the automatic attempts are used up
 */
public record Transition(
    CaseState from,
    CommandType command,
    Set<Actor> actors,
    Optional<CaseState> to,
    Optional<CaseOutcome> outcome,
    List<Guard> guards,
    List<DeadlineKind> stops,
    List<DeadlineKind> starts,
    boolean completesIfRefunded) {

  /**
   * Validates the row.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if no actor is allowed, an outcome is given exactly when the
   *     next state is not terminal, or a row completing if refunded does not lead to REFUND_PENDING
   */
  public Transition {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(command, "command");
    actors = Set.copyOf(actors);
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(outcome, "outcome");
    guards = List.copyOf(guards);
    stops = List.copyOf(stops);
    starts = List.copyOf(starts);
    if (actors.isEmpty()) {
      throw new IllegalArgumentException("transition " + from + " --" + command + "--> needs at least one actor");
    }
    if (to.map(CaseState::isTerminal).orElse(false) != outcome.isPresent()) {
      throw new IllegalArgumentException(
          "transition " + from + " --" + command + "--> " + to + " must have an outcome exactly when it ends the case");
    }
    if (completesIfRefunded && !to.equals(Optional.of(CaseState.REFUND_PENDING))) {
      throw new IllegalArgumentException("transition " + from + " --" + command + "--> " + to
          + " may complete the case if refunded only when it leads to REFUND_PENDING");
    }
  }

  /**
   * Returns a row that never completes the case early.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Transition(CaseState from, CommandType command, Set<Actor> actors, Optional<CaseState> to,
      Optional<CaseOutcome> outcome, List<Guard> guards, List<DeadlineKind> stops, List<DeadlineKind> starts) {
    this(from, command, actors, to, outcome, guards, stops, starts, false);
  }

  /**
   * Returns whether the row, taken on this case, completes it refunded instead of requesting the
   * refund: the money already reached the buyer.
   *
   * @throws NullPointerException if c is null
   */
  public boolean completesEarly(AfterSalesCase c) {
    return completesIfRefunded && !c.refunded().isZero();
  }

  /**
   * Returns the state the row leads this case to: {@link CaseState#COMPLETED} when it {@linkplain
   * #completesEarly completes early}, {@link CaseState#REFUND_FAILED} when it {@linkplain
   * #awaitsFailedRefund awaits a failed refund}, else {@code to}.
   *
   * @throws java.util.NoSuchElementException if the row leaves the case where it is
   */
  public CaseState target(AfterSalesCase c) {
    return completesEarly(c) ? CaseState.COMPLETED : awaitsFailedRefund(c) ? CaseState.REFUND_FAILED : to.orElseThrow();
  }

  /**
   * Returns whether the row, taken on this case, leads it where its failed instant refund stands
   * instead of requesting another attempt at once: retries keep their clock and their limit.
   *
   * @throws NullPointerException if c is null
   */
  public boolean awaitsFailedRefund(AfterSalesCase c) {
    return completesIfRefunded
        && c.instantRefund().map(r -> r.status() == InstantRefund.Status.FAILED).orElse(false);
  }

  /** Returns how the row ends this case: {@link CaseOutcome#REFUNDED} when it completes early, else {@code outcome}. */
  public Optional<CaseOutcome> outcomeFor(AfterSalesCase c) {
    return completesEarly(c) ? Optional.of(CaseOutcome.REFUNDED) : outcome;
  }

  /** Returns whether the row moves the case to another state. */
  public boolean changesState() {
    return to.isPresent() && to.get() != from;
  }
}
