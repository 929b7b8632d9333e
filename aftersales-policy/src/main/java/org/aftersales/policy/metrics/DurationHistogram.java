package org.aftersales.policy.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Log-bucketed durations, so that a percentile is kept in constant space and updated in constant time.
 *
 * <p>Bucket 0 holds durations below one minute; bucket {@code i >= 1} holds the whole seconds in
 * {@code [b(i-1), b(i))}, where {@code b(i) = ⌈60·1.1^i⌉} is computed exactly (60, 66, 73, 80, ...). A
 * percentile is reported as the upper bound {@code b(i)} of the bucket holding the nearest-rank value
 * ({@code ⌈q·n⌉}-th smallest), so it never understates: for a true value {@code v} of at least one
 * minute the report lies in {@code (v, ⌈1.1·v⌉]}, and below one minute it is one minute. A year has
 * about 150 buckets; the last one ends at {@link Long#MAX_VALUE} seconds.
 */
public final class DurationHistogram {

  /**
   * The exclusive upper bounds b(i) in seconds. Exact integers, not floating point: with doubles,
   * 60·1.1 is 66.00000000000001 and the 60-second edge would report 67 seconds, over 1.1 times 60.
   */
  private static final long[] BOUNDS = bounds();

  private DurationHistogram() {}

  private static long[] bounds() {
    List<Long> bounds = new ArrayList<>();
    BigInteger numerator = BigInteger.valueOf(60);
    BigInteger denominator = BigInteger.ONE;
    BigInteger limit = BigInteger.valueOf(Long.MAX_VALUE);
    while (true) {
      BigInteger[] division = numerator.divideAndRemainder(denominator);
      BigInteger ceiling = division[1].signum() == 0 ? division[0] : division[0].add(BigInteger.ONE);
      if (ceiling.compareTo(limit) >= 0) {
        bounds.add(Long.MAX_VALUE);
        return bounds.stream().mapToLong(Long::longValue).toArray();
      }
      bounds.add(ceiling.longValueExact());
      numerator = numerator.multiply(BigInteger.valueOf(11));
      denominator = denominator.multiply(BigInteger.TEN);
    }
  }

  /**
   * Returns the bucket of a duration.
   *
   * @param seconds whole seconds, negative counted as zero
   */
  public static int bucketOf(long seconds) {
    int found = Arrays.binarySearch(BOUNDS, seconds);
    // At a bound exactly, the duration opens the next bucket; between bounds, it is in the one ending above it.
    return found >= 0 ? Math.min(found + 1, BOUNDS.length - 1) : -found - 1;
  }

  /**
   * Returns the exclusive upper bound of a bucket, in whole seconds: {@code ⌈60·1.1^bucket⌉}, or
   * {@link Long#MAX_VALUE} for the last, unbounded bucket and any beyond it.
   *
   * @throws IllegalArgumentException if bucket is negative
   */
  public static long upperBoundSeconds(int bucket) {
    if (bucket < 0) {
      throw new IllegalArgumentException("bucket must not be negative, but was " + bucket);
    }
    return BOUNDS[Math.min(bucket, BOUNDS.length - 1)];
  }

  /**
   * Returns the {@code q}-quantile of the durations counted under {@code prefix} ({@code prefix + i}
   * for bucket {@code i}), as its bucket's upper bound; empty if none was
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
        .mapToLong(Map.Entry::getValue).sum();
    if (total == 0) {
      return Optional.empty();
    }
    // In decimal, not binary: 0.9 * 70 is 63.00000000000001 in doubles, and its ceiling a rank too far.
    long rank = new BigDecimal(Double.toString(q)).multiply(BigDecimal.valueOf(total)).setScale(0, RoundingMode.CEILING)
        .longValueExact();
    long seen = 0;
    for (int bucket = 0; ; bucket++) {
      seen += counters.get(prefix + bucket);
      if (seen >= rank) {
        return Optional.of(Duration.ofSeconds(upperBoundSeconds(bucket)));
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
