package org.aftersales.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.FallbackBasis;
import org.aftersales.deadline.SlaRule;

/**
 * A deadline running (or paused) on a case: one step's limit as it applies to this case now.
 *
 * @param id identifies this run of the deadline
 * @param kind the step it limits
 * @param rule the policy rule it was started with (limit, reminders, default action)
 * @param dueAt when the default action becomes due; meaningless while paused
 * @param pendingReminders the reminders not yet sent, as time before {@code dueAt}, longest first
 * @param pausedRemaining present while the clock is paused: what is left of the limit in its unit
 * @param fallbackBasis present while {@code dueAt}, or what a paused clock has left, is an estimate of
 *     a fallback calendar (the tenant's calendar had no data for the dates counted): how to count it
 *     again when the data arrives
 */
public record Deadline(
    DeadlineId id,
    DeadlineKind kind,
    SlaRule rule,
    Instant dueAt,
    List<Duration> pendingReminders,
    Optional<Duration> pausedRemaining,
    Optional<FallbackBasis> fallbackBasis) {

  /**
   * Validates the deadline and copies the reminders.
   *
   * @throws NullPointerException if any argument is null
   */
  public Deadline {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(dueAt, "dueAt");
    pendingReminders = List.copyOf(pendingReminders);
    Objects.requireNonNull(pausedRemaining, "pausedRemaining");
    Objects.requireNonNull(fallbackBasis, "fallbackBasis");
  }

  /**
   * Creates a deadline whose due instant rests on the calendar's real data.
   *
   * @throws NullPointerException if any argument is null
   */
  public Deadline(DeadlineId id, DeadlineKind kind, SlaRule rule, Instant dueAt, List<Duration> pendingReminders,
      Optional<Duration> pausedRemaining) {
    this(id, kind, rule, dueAt, pendingReminders, pausedRemaining, Optional.empty());
  }

  /**
   * Returns whether {@code dueAt}, or what a paused clock has left, is an estimate of a fallback
   * calendar, to be recomputed when the data arrives.
   */
  public boolean isEstimated() {
    return fallbackBasis.isPresent();
  }

  /** Returns whether the clock is paused while the case waits on the other party. */
  public boolean isPaused() {
    return pausedRemaining.isPresent();
  }

  /** Returns when a pending reminder is due. */
  public Instant remindAt(Duration before) {
    return dueAt.minus(before);
  }

  /** A clock paused on an estimate keeps its basis: what is left was measured against the estimate. */
  Deadline paused(Duration remaining, Optional<FallbackBasis> basis) {
    return new Deadline(id, kind, rule, dueAt, pendingReminders, Optional.of(remaining), basis);
  }

  Deadline resumed(Instant newDueAt, List<Duration> reminders, Optional<FallbackBasis> basis) {
    return new Deadline(id, kind, rule, newDueAt, reminders, Optional.empty(), basis);
  }

  Deadline withoutReminder(Duration before) {
    return new Deadline(
        id, kind, rule, dueAt,
        pendingReminders.stream().filter(r -> !r.equals(before)).toList(),
        pausedRemaining, fallbackBasis);
  }
}
