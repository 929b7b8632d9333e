package org.aftersales.casefile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.deadline.DeadlineKind;

/**
 * A state of a lifecycle table: whom the case waits on there, which deadlines entering it starts,
 * and whether it is a wait on the other party that pauses another state's clocks.
 *
 * @param state the state
 * @param awaiting who must act next; empty in a terminal state
 * @param deadlines the deadlines entering the state starts (and leaving it cancels)
 * @param pausesClockOf the state whose deadlines pause, rather than cancel, when the case comes here
 *     from it, and resume when the case goes back to it
 */
public record StateSpec(
    CaseState state, Optional<Actor> awaiting, List<DeadlineKind> deadlines, Optional<CaseState> pausesClockOf) {

  /**
   * Validates the spec.
   *
   * @throws NullPointerException if any argument is null
   */
  public StateSpec {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(awaiting, "awaiting");
    deadlines = List.copyOf(deadlines);
    Objects.requireNonNull(pausesClockOf, "pausesClockOf");
  }
}
