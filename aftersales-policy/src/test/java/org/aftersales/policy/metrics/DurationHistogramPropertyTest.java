package org.aftersales.policy.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The p90 of the bucketed histogram against the exact nearest-rank p90 of the same durations. */
class DurationHistogramPropertyTest {

  @Test
  void theReportedP90IsNeverBelowTheExactOneAndAtMostTenPercentOrAMinuteAbove() {
    qt().forAll(lists().of(longs().between(0, 400L * 86_400)).ofSizeBetween(1, 300)).checkAssert(seconds -> {
      TreeMap<String, Long> counts = new TreeMap<>();
      seconds.forEach(s -> counts.merge("h" + DurationHistogram.bucketOf(s), 1L, Long::sum));
      List<Long> sorted = new ArrayList<>(seconds);
      Collections.sort(sorted);
      long exact = sorted.get(nearestRankOfP90(sorted.size()) - 1);
      Duration reported = DurationHistogram.quantile(new Counters(counts), "h", 0.9).orElseThrow();
      assertThat(reported.getSeconds()).isGreaterThan(exact);
      assertThat(reported.getSeconds()).isLessThanOrEqualTo(Math.max(60, ceilingOfElevenTenths(exact)));
    });
  }

  @Test
  void atEveryBucketEdgeTheReportIsAboveTheValueAndAtMostTenPercentAboveRoundedUp() {
    for (int bucket = 1; bucket < 300; bucket++) {
      long lower = DurationHistogram.upperBoundSeconds(bucket - 1);
      long upper = DurationHistogram.upperBoundSeconds(bucket);
      for (long v : new long[] {lower, upper - 1}) {
        long reported = DurationHistogram.quantile(new Counters(new TreeMap<>(java.util.Map.of(
            "h" + DurationHistogram.bucketOf(v), 1L))), "h", 0.9).orElseThrow().getSeconds();
        assertThat(reported).as("p90 of one duration of %d s", v).isGreaterThan(v)
            .isLessThanOrEqualTo(ceilingOfElevenTenths(v));
      }
    }
  }

  @Test
  void theP90OfOneMinuteIsReportedAs66SecondsNot67() {
    TreeMap<String, Long> counts = new TreeMap<>();
    counts.put("h" + DurationHistogram.bucketOf(60), 1L);
    assertThat(DurationHistogram.quantile(new Counters(counts), "h", 0.9)).contains(Duration.ofSeconds(66));
  }

  @Test
  void theRankIsNearestRankInDecimals_70DurationsHaveTheirP90At63() {
    TreeMap<String, Long> counts = new TreeMap<>();
    counts.put("h0", 63L);    // below one minute
    counts.put("h" + DurationHistogram.bucketOf(3_600), 7L);
    assertThat(DurationHistogram.quantile(new Counters(counts), "h", 0.9)).contains(Duration.ofSeconds(60));
  }

  /** ⌈0.9·n⌉ in integers: 0.9 * 70 in doubles is 63.00000000000001. */
  private static int nearestRankOfP90(int n) {
    return (9 * n + 9) / 10;
  }

  /** ⌈1.1·v⌉ in integers. */
  private static long ceilingOfElevenTenths(long v) {
    return (11 * v + 9) / 10;
  }

  @Test
  void everyDurationFallsInTheBucketWhoseBoundsHoldIt() {
    qt().forAll(longs().between(0, 100L * 365 * 86_400)).checkAssert(s -> {
      int bucket = DurationHistogram.bucketOf(s);
      assertThat(s).isLessThan(DurationHistogram.upperBoundSeconds(bucket));
      if (bucket > 0) {
        assertThat(s).isGreaterThanOrEqualTo(DurationHistogram.upperBoundSeconds(bucket - 1));
      }
    });
  }
}
