package org.aftersales.policy.alert;

/**
 * A product's returns and deliveries in its recent window and in the baseline window before it.
 *
 * @param recentReturned units returned (within 7 days of receipt) whose return was shipped in the recent window
 * @param recentDelivered units delivered in the recent window
 * @param baselineReturned the same for the baseline window
 * @param baselineDelivered units delivered in the baseline window
 * @param settledDelivered units delivered in the days before the baseline window that returns take
 *     to come ({@link ReturnRateJumpRule#settleDays()})
 */
public record WindowCounts(
    long recentReturned, long recentDelivered, long baselineReturned, long baselineDelivered, long settledDelivered) {

  /** @throws IllegalArgumentException if a count is negative */
  public WindowCounts {
    if (recentReturned < 0 || recentDelivered < 0 || baselineReturned < 0 || baselineDelivered < 0
        || settledDelivered < 0) {
      throw new IllegalArgumentException("counts must not be negative, but were " + recentReturned + ", "
          + recentDelivered + ", " + baselineReturned + ", " + baselineDelivered + ", " + settledDelivered);
    }
  }

  /** Returns the recent rate, returned over delivered; zero when nothing was delivered. */
  public double recentRate() {
    return recentDelivered == 0 ? 0 : (double) recentReturned / recentDelivered;
  }

  /** Returns the baseline rate, returned over delivered; zero when nothing was delivered. */
  public double baselineRate() {
    return baselineDelivered == 0 ? 0 : (double) baselineReturned / baselineDelivered;
  }

  /**
   * Returns the one-sided two-proportion z statistic of the recent rate above the baseline rate,
   * with the pooled rate's standard error; zero when either window delivered nothing or the pooled
   * rate is 0 or 1 (no variation to measure against).
   */
  public double z() {
    if (recentDelivered == 0 || baselineDelivered == 0) {
      return 0;
    }
    double pooled = (double) (recentReturned + baselineReturned) / (recentDelivered + baselineDelivered);
    double variance = pooled * (1 - pooled) * (1.0 / recentDelivered + 1.0 / baselineDelivered);
    return variance <= 0 ? 0 : (recentRate() - baselineRate()) / Math.sqrt(variance);
  }
}
