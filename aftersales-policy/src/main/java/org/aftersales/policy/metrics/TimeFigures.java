package org.aftersales.policy.metrics;

import java.time.Duration;
import java.util.Optional;

/**
 * How long something took on one clock, over the cases measured: how many, the exact mean, and the
 * 90th percentile from the {@link DurationHistogram} (never understated; at most ⌈1.1·v⌉, or one minute).
 *
 * @param count the durations measured
 * @param mean their mean, truncated to the second; empty if none
 * @param p90 their 90th percentile, nearest rank, as the histogram bucket's upper bound; empty if none
 */
public record TimeFigures(long count, Optional<Duration> mean, Optional<Duration> p90) {

  static TimeFigures of(Counters c, CounterNames.Timed timed, CounterNames.Clock clock) {
    long count = c.get(CounterNames.count(timed, clock));
    Optional<Duration> mean = count == 0 ? Optional.empty()
        : Optional.of(Duration.ofSeconds(c.get(CounterNames.sumSeconds(timed, clock)) / count));
    return new TimeFigures(count, mean, DurationHistogram.quantile(c, CounterNames.histogram(timed, clock), 0.9));
  }
}
