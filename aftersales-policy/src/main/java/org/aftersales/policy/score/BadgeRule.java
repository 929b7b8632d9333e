package org.aftersales.policy.score;

import java.util.Objects;
import org.aftersales.policy.source.RuleRef;

/**
 * When a merchant holds a badge: a metric at or better than a threshold, on at least {@code
 * minSample}. A share is judged by the pessimistic end of its 95% Wilson score interval (the lower
 * bound when higher is better, the upper when lower is), so a perfect record on a few cases does not
 * earn a badge: 3 of 3 satisfied has a lower bound of 0.44. A time is judged by its value.
 *
 * @param ref the rule
 * @param badge the badge's name, such as {@code fast-refunds}
 * @param metric the metric
 * @param threshold the value the bound must reach: at least it when higher is better, at most otherwise
 * @param minSample the fewest cases, rulings, ratings or units, at least 1
 */
public record BadgeRule(RuleRef ref, String badge, ScoredMetric metric, double threshold, long minSample) {

  /** The z of a two-sided 95% interval. */
  public static final double Z_95 = 1.959964;

  /**
   * Validates the rule.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if badge is blank, threshold not finite or minSample below 1
   */
  public BadgeRule {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(badge, "badge");
    Objects.requireNonNull(metric, "metric");
    if (badge.isBlank() || !Double.isFinite(threshold) || minSample < 1) {
      throw new IllegalArgumentException("badge of " + ref.id() + " needs a name, a finite threshold and minSample of"
          + " at least 1, but were '" + badge + "', " + threshold + ", " + minSample);
    }
  }
}
