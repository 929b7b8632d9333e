package org.aftersales.policy.risk;

import java.time.Duration;
import java.util.Objects;
import org.aftersales.policy.source.RuleRef;

/**
 * Flags a buyer when a measure reaches a threshold: a count of events within the window reaching
 * {@code atLeast}, or a {@link RiskMeasure#RETURN_RATIO} of {@code atLeast} basis points or more
 * once the buyer has {@code minSample} returns in the window. The flag lasts {@code flagFor} from the
 * event that raised it.
 *
 * @param ref the rule's id and source
 * @param measure what it measures
 * @param atLeast the threshold, at least 1: a count, or basis points for the ratio
 * @param minSample the returns a ratio needs before it counts, at least 1 for the ratio; 0 for a count
 * @param flagFor how long a flag lasts from the event that raised it, positive
 */
public record RiskRule(RuleRef ref, RiskMeasure measure, int atLeast, int minSample, Duration flagFor) {

  /**
   * Validates the rule.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if atLeast is below 1, flagFor is not positive, or minSample is
   *     below 1 for the ratio or not 0 for a count
   */
  public RiskRule {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(flagFor, "flagFor");
    String of = " of risk rule " + ref.id();
    if (atLeast < 1) {
      throw new IllegalArgumentException("atLeast" + of + " must be at least 1, was " + atLeast);
    }
    if (flagFor.isNegative() || flagFor.isZero()) {
      throw new IllegalArgumentException("flagFor" + of + " must be positive, was " + flagFor);
    }
    if (measure.isCount() ? minSample != 0 : minSample < 1) {
      throw new IllegalArgumentException("minSample" + of + (measure.isCount()
          ? " applies only to RETURN_RATIO and must be 0 for " + measure
          : " must be at least 1 for RETURN_RATIO, so that one return does not flag a new buyer") + ", was " + minSample);
    }
  }

  /**
   * Returns a rule on a count.
   *
   * @throws IllegalArgumentException see the record's validation, and if measure is the ratio
   */
  public static RiskRule count(RuleRef ref, RiskMeasure measure, int atLeast, Duration flagFor) {
    return new RiskRule(ref, measure, atLeast, 0, flagFor);
  }

  /**
   * Returns a rule on the return ratio.
   *
   * @throws IllegalArgumentException see the record's validation
   */
  public static RiskRule returnRatio(RuleRef ref, int atLeastBasisPoints, int minReturns, Duration flagFor) {
    return new RiskRule(ref, RiskMeasure.RETURN_RATIO, atLeastBasisPoints, minReturns, flagFor);
  }
}
