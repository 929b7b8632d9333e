package org.aftersales.policy.eligibility;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.casefile.CaseType;
import org.aftersales.policy.source.RuleRef;

/**
 * A case type the buyer may ask for now, until when, and the rule that allows it.
 *
 * @param type the case type
 * @param endsAt the first moment a request for it is late (the window is open up to, not including,
 *     this instant); empty if it never closes
 * @param rule the rule that allows it, with its source
 * @param cost who pays for the remedy
 */
public record Grant(CaseType type, Optional<Instant> endsAt, RuleRef rule, RemedyCost cost) {

  /**
   * Validates the grant.
   *
   * @throws NullPointerException if any argument is null
   */
  public Grant {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(cost, "cost");
  }

  /**
   * Returns the last moment a request is in time: one nanosecond before {@link #endsAt()}, such as
   * 23:59:59.999999999 on the last day; empty if the window never closes.
   */
  public Optional<Instant> lastMoment() {
    return endsAt.map(end -> end.minusNanos(1));
  }

  /** Returns whether this grant serves the buyer better: free first, then the later end (none is latest). */
  boolean betterThan(Grant other) {
    if (cost != other.cost) {
      return cost == RemedyCost.FREE;
    }
    if (other.endsAt.isEmpty()) {
      return false;
    }
    return endsAt.isEmpty() || endsAt.get().isAfter(other.endsAt.get());
  }
}
