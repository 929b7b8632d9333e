package org.aftersales.policy.metrics;

import java.time.Duration;
import java.util.Optional;

/**
 * Log-bucketed durations, so that a percentile is kept in constant space and updated in constant time.
 *
 * <p>Bucket 0 holds durations below one minute; bucket {@code i >= 1} holds {@code [60·1.1^(i-1),
 * 60·1.1^i)} seconds. A percentile is reported as the upper bound of the bucket holding the
 * nearest-rank value ({@code ⌈q·n⌉}-th smallest), so it never understates: for a true value {@code v}
 * of at least one minute the report lies in {@code (v, 1.1·v]}, and below one minute it is one
 * minute (both rounded up to the second). A year has about 150 buckets.
 */
public final class DurationHistogram {

  private static final double GROWTH = 1.1;
  private static final double FIRST_BOUND_SECONDS = 60;

  private DurationHistogram() {}

  /**
   * Returns the bucket of a duration.
   *
   * @param seconds whole seconds, negative counted as zero
   */
  public static int bucketOf(long seconds) {
    if (seconds < FIRST_BOUND_SECONDS) {
      return 0;
    }
    int bucket = 1 + (int) Math.floor(Math.log(seconds / FIRST_BOUND_SECONDS) / Math.log(GROWTH));
    // The logarithm may be a hair off at a bound; the bounds themselves decide.
    while (seconds >= upperBoundSeconds(bucket)) {
      bucket++;
    }
    while (bucket > 0 && seconds < upperBoundSeconds(bucket - 1)) {
      bucket--;
    }
    return bucket;
  }

  /** Returns the exclusive upper bound of a bucket, in seconds. */
  public static double upperBoundSeconds(int bucket) {
    if (bucket < 0) {
      throw new IllegalArgumentException("bucket must not be negative, but was " + bucket);
    }
    return FIRST_BOUND_SECONDS * Math.pow(GROWTH, bucket);
  }

  /**
   * Returns the {@code q}-quantile of the durations counted under {@code prefix} ({@code prefix + i}
   * for bucket {@code i}), as its bucket's upper bound rounded up to the second; empty if none was
   * counted.
   *
   * @param counters the counts
   * @param prefix the histogram's counter names without the bucket number, such as {@code handling.wall.h}
   * @param q the quantile, above 0 and at most 1, such as 0.9
   * @throws IllegalArgumentException if q is outside (0, 1]
   */
  public static Optional<Duration> quantile(Counters counters, String prefix, double q) {
    if (!(q > 0 && q <= 1)) {
      throw new IllegalArgumentException("q must be in (0, 1], but was " + q);
    }
    long total = counters.values().entrySet().stream().filter(e -> isBucket(e.getKey(), prefix))
        .mapToLong(java.util.Map.Entry::getValue).sum();
    if (total == 0) {
      return Optional.empty();
    }
    long rank = (long) Math.ceil(q * total);
    long seen = 0;
    for (int bucket = 0; ; bucket++) {
      seen += counters.get(prefix + bucket);
      if (seen >= rank) {
        return Optional.of(Duration.ofSeconds((long) Math.ceil(upperBoundSeconds(bucket))));
      }
    }
  }

  private static boolean isBucket(String name, String prefix) {
    if (!name.startsWith(prefix) || name.length() == prefix.length()) {
      return false;
    }
    return name.substring(prefix.length()).chars().allMatch(Character::isDigit);
  }
}
