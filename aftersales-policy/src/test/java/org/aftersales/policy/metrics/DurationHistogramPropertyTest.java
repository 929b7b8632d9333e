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
      long exact = sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
      Duration reported = DurationHistogram.quantile(new Counters(counts), "h", 0.9).orElseThrow();
      assertThat(reported.getSeconds()).isGreaterThan(exact);
      assertThat(reported.getSeconds()).isLessThanOrEqualTo(Math.max(60, (long) Math.ceil(1.1 * exact) + 1));
    });
  }

  @Test
  void everyDurationFallsInTheBucketWhoseBoundsHoldIt() {
    qt().forAll(longs().between(0, 100L * 365 * 86_400)).checkAssert(s -> {
      int bucket = DurationHistogram.bucketOf(s);
      assertThat((double) s).isLessThan(DurationHistogram.upperBoundSeconds(bucket));
      if (bucket > 0) {
        assertThat((double) s).isGreaterThanOrEqualTo(DurationHistogram.upperBoundSeconds(bucket - 1));
      }
    });
  }
}
