package org.aftersales.policy.risk;

import java.time.Instant;
import java.util.Objects;
import org.aftersales.policy.source.RuleRef;

/**
 * A buyer's active flag: the rule that raised it, the figure that reached the rule's threshold, and
 * when it was raised and expires. An expired flag no longer counts.
 *
 * @param rule the rule that raised it
 * @param measure what the rule measures
 * @param figure the figure when it was raised: a count, or the ratio in basis points
 * @param threshold the rule's threshold the figure reached
 * @param raisedAt the moment of the event that raised it
 * @param expiresAt the first moment it no longer counts
 */
public record RiskFlag(RuleRef rule, RiskMeasure measure, long figure, long threshold, Instant raisedAt,
    Instant expiresAt) {

  /**
   * Validates the flag.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if it expires before it is raised or the figure is below the threshold
   */
  public RiskFlag {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(raisedAt, "raisedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(raisedAt)) {
      throw new IllegalArgumentException("expiresAt " + expiresAt + " must be after raisedAt " + raisedAt);
    }
    if (figure < threshold) {
      throw new IllegalArgumentException("figure " + figure + " is below the threshold " + threshold);
    }
  }
}
