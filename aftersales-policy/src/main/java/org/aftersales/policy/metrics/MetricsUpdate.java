package org.aftersales.policy.metrics;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.policy.alert.JumpState;
import org.aftersales.store.Notice;

/**
 * Everything one event changes in the projection, written all or nothing: the case's track, counter
 * increments, the return-rate alert states it moved, and the alert notices it raised.
 *
 * @param track the case's track after the event
 * @param expectedLastEventId the id of the event the stored track must have applied last, empty for
 *     a case the store must not know yet; guards against two consumers applying one event
 * @param increments what to add to which counters, by key and name; every amount positive
 * @param jumpStates the alert states to write; each one's version is one more than the stored one's
 *     (a state first written has version 1)
 * @param notices the alerts to put into the outbox with the change
 */
public record MetricsUpdate(
    CaseTrack track,
    Optional<String> expectedLastEventId,
    Map<MetricKey, Map<String, Long>> increments,
    List<JumpState> jumpStates,
    List<Notice> notices) {

  /**
   * Validates the update and copies its collections.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if an increment is not positive
   */
  public MetricsUpdate {
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(expectedLastEventId, "expectedLastEventId");
    increments = Map.copyOf(increments);
    increments.forEach((key, counts) -> counts.forEach((name, amount) -> {
      if (amount <= 0) {
        throw new IllegalArgumentException("increment of " + name + " at " + key + " must be positive, but was " + amount);
      }
    }));
    jumpStates = List.copyOf(jumpStates);
    notices = List.copyOf(notices);
  }
}
