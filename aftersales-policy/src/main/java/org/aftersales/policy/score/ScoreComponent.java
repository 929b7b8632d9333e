package org.aftersales.policy.score;

import java.util.Objects;
import org.aftersales.policy.source.RuleRef;

/**
 * One part of the merchant score: a metric scored linearly from 0 at {@code worst} to 100 at {@code
 * best} (clamped), weighted, and left out as "insufficient data" below {@code minSample}.
 *
 * @param ref the rule
 * @param metric the metric
 * @param weight its weight, positive; weights are relative
 * @param best the value scoring 100
 * @param worst the value scoring 0; below best when higher is better, above it otherwise
 * @param minSample the fewest cases, rulings, ratings or units the metric must rest on, at least 1
 */
public record ScoreComponent(RuleRef ref, ScoredMetric metric, double weight, double best, double worst, long minSample) {

  /**
   * Validates the component.
   *
   * @throws NullPointerException if ref or metric is null
   * @throws IllegalArgumentException if weight is not positive and finite, best and worst are not
   *     finite or lie the wrong way round for the metric, or minSample is below 1
   */
  public ScoreComponent {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(metric, "metric");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight of " + ref.id() + " must be positive, but was " + weight);
    }
    if (!Double.isFinite(best) || !Double.isFinite(worst) || (metric.higherIsBetter() ? best <= worst : best >= worst)) {
      throw new IllegalArgumentException("best of " + ref.id() + " must be " + (metric.higherIsBetter() ? "above" : "below")
          + " worst for " + metric + ", but were " + best + " and " + worst);
    }
    if (minSample < 1) {
      throw new IllegalArgumentException("minSample of " + ref.id() + " must be at least 1, but was " + minSample);
    }
  }

  /** Returns a value's score from 0 to 100. */
  double normalise(double value) {
    return Math.max(0, Math.min(100, 100 * (value - worst) / (best - worst)));
  }
}
