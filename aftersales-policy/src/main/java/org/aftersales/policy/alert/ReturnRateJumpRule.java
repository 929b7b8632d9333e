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
 * <p>Returns are counted on the day they are shipped and deliveries on the day they arrive, so both
 * windows are flows; they compare fairly only once the returns of deliveries before a window can
 * arrive in it. A product is therefore judged only when it sold in the {@code settleDays} before its
 * baseline window at least half as fast as in the window: a product newly on sale, whose baseline
 * still waits for the returns of its first deliveries, would otherwise look like a jump.
 *
 * @param recentDays the recent window, in days, at least 1
 * @param baselineDays the baseline window before it, in days, at least 1
 * @param settleDays how long returns take to come after receipt, in days, at least 0: the days before
 *     the baseline window in which the product must have had deliveries
 * @param minRecentReturned the fewest units returned in the recent window for an alert, at least 1
 * @param minRecentDelivered the fewest units delivered in the recent window, at least 1
 * @param minBaselineDelivered the fewest units delivered in the baseline window, at least 1
 * @param alertZ the z an alert needs, positive; 3.72 is a one-sided 10^-4 level per look
 * @param rearmZ below which z the alert re-arms, less than alertZ
 */
public record ReturnRateJumpRule(
    int recentDays, int baselineDays, int settleDays, long minRecentReturned, long minRecentDelivered, long minBaselineDelivered,
    double alertZ, double rearmZ) {

  /**
   * Validates the rule.
   *
   * @throws IllegalArgumentException if a bound above is broken
   */
  public ReturnRateJumpRule {
    if (settleDays < 0) {
      throw new IllegalArgumentException("settleDays must not be negative, but was " + settleDays);
    }
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
   * 28 before, returns settling within 10 days (7 to ask, 3 to ship), at least 5 units returned and 50 delivered recently and 200 in the baseline, alert at
   * z 3.72 (one-sided 10^-4 per look), re-arm below z 1.
   */
  public static ReturnRateJumpRule defaults() {
    return new ReturnRateJumpRule(7, 28, 10, 5, 50, 200, 3.72, 1.0);
  }

  /**
   * Returns whether the counts show a jump: the product sold before its baseline, minimum samples
   * met and {@code z >= alertZ}.
   */
  public boolean isJump(WindowCounts counts) {
    boolean settled = 2 * counts.settledDelivered() * baselineDays >= counts.baselineDelivered() * settleDays;
    return settled && counts.recentReturned() >= minRecentReturned && counts.recentDelivered() >= minRecentDelivered
        && counts.baselineDelivered() >= minBaselineDelivered && counts.z() >= alertZ;
  }

  /** Returns whether the counts let a fired alert re-arm: the recent rate is near its baseline again. */
  public boolean isBackNearBaseline(WindowCounts counts) {
    return counts.z() < rearmZ;
  }
}
