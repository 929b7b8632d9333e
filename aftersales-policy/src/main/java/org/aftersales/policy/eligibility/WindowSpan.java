package org.aftersales.policy.eligibility;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a window is open for given goods: from {@code opensAt} inclusive up to {@code endsAt}
 * exclusive, so a request at {@code endsAt} itself is late; no end if the window never closes.
 *
 * @param opensAt the first moment a request is in time
 * @param endsAt the first moment a request is late; empty if never
 */
public record WindowSpan(Instant opensAt, Optional<Instant> endsAt) {

  /**
   * Validates the span.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if endsAt is not after opensAt
   */
  public WindowSpan {
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(endsAt, "endsAt");
    if (endsAt.isPresent() && !endsAt.get().isAfter(opensAt)) {
      throw new IllegalArgumentException("endsAt " + endsAt.get() + " must be after opensAt " + opensAt);
    }
  }

  /** Returns whether {@code at} is on or after the opening and before the end. */
  public boolean contains(Instant at) {
    return !at.isBefore(opensAt) && (endsAt.isEmpty() || at.isBefore(endsAt.get()));
  }
}
