package org.aftersales.policy.score;

import java.util.Optional;

/**
 * What a badge rule decided for a merchant, with the figures it decided on.
 *
 * @param rule the rule that decided
 * @param verdict granted, kept, revoked or withheld
 * @param value the metric's value, empty if nothing was measured
 * @param bound what was compared with the threshold: the Wilson bound of a share, the value of a time
 * @param sample what the value rests on
 * @param explanation one line saying why
 */
public record BadgeDecision(
    BadgeRule rule, Verdict verdict, Optional<Double> value, Optional<Double> bound, long sample, String explanation) {

  /** The outcome for the badge. */
  public enum Verdict {
    /** Newly earned. */
    GRANTED,
    /** Held and still earned. */
    KEPT,
    /** Held but no longer earned, or no longer shown by enough data. */
    REVOKED,
    /** Not held and not earned. */
    WITHHELD
  }

  /** Returns whether the merchant holds the badge after the decision. */
  public boolean holds() {
    return verdict == Verdict.GRANTED || verdict == Verdict.KEPT;
  }
}
