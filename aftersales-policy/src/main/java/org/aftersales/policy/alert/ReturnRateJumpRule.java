package org.aftersales.policy.alert;

/**
 * When a product's return rate has jumped: its recent window against its own baseline window just
 * before, tested with a one-sided two-proportion z test rather than a fixed ratio.
 *
 * <p>A jump needs the minimum sample in both windows and {@code z >= alertZ}. After an alert the rule
 * re-arms only once {@code z < rearmZ}: the recent rate is no longer significantly above the
 * baseline, which happens as the rate falls back or as the baseline window takes in the new level.
 * Windows are whole days before the day of evaluation, so the figures they read are complete.
 *
 * @param recentDays the recent window, in days, at least 1
 * @param baselineDays the baseline window before it, in days, at least 1
 * @param minRecentReturned the fewest units returned in the recent window for an alert, at least 1
 * @param minRecentDelivered the fewest units delivered in the recent window, at least 1
 * @param minBaselineDelivered the fewest units delivered in the baseline window, at least 1
 * @param alertZ the z an alert needs, positive; 3.09 is a one-sided 0.1% level per look
 * @param rearmZ below which z the alert re-arms, less than alertZ
 */
public record ReturnRateJumpRule(
    int recentDays, int baselineDays, long minRecentReturned, long minRecentDelivered, long minBaselineDelivered,
    double alertZ, double rearmZ) {

  /**
   * Validates the rule.
   *
   * @throws IllegalArgumentException if a bound above is broken
   */
  public ReturnRateJumpRule {
    if (recentDays < 1 || baselineDays < 1 || minRecentReturned < 1 || minRecentDelivered < 1
        || minBaselineDelivered < 1) {
      throw new IllegalArgumentException("windows and minimum samples must be at least 1, but were " + recentDays
          + ", " + baselineDays + ", " + minRecentReturned + ", " + minRecentDelivered + ", " + minBaselineDelivered);
    }
    if (!(alertZ > 0) || !(rearmZ < alertZ)) {
      throw new IllegalArgumentException("alertZ must be positive and rearmZ below it, but were " + alertZ + ", " + rearmZ);
    }
  }

  /**
   * Returns the rule the README's false-alert measurement was made with: 7 recent days against the
   * 28 before, at least 5 units returned and 50 delivered recently and 200 in the baseline, alert at
   * z 3.09, re-arm below z 1.
   */
  public static ReturnRateJumpRule defaults() {
    return new ReturnRateJumpRule(7, 28, 5, 50, 200, 3.09, 1.0);
  }

  /** Returns whether the counts show a jump: minimum samples met and {@code z >= alertZ}. */
  public boolean isJump(WindowCounts counts) {
    return counts.recentReturned() >= minRecentReturned && counts.recentDelivered() >= minRecentDelivered
        && counts.baselineDelivered() >= minBaselineDelivered && counts.z() >= alertZ;
  }

  /** Returns whether the counts let a fired alert re-arm: the recent rate is near its baseline again. */
  public boolean isBackNearBaseline(WindowCounts counts) {
    return counts.z() < rearmZ;
  }
}
