package org.aftersales.policy.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.policy.alert.ReturnRateJumpRule;
import org.aftersales.policy.metrics.CounterNames.Clock;
import org.junit.jupiter.api.Test;

/**
 * The projection fed an at-least-once delivery equals a rebuild from the full history; counts are
 * never negative and every rate lies in [0, 1]. The alert rule here is touchy (tiny samples, low z)
 * so that alert states change often in these histories.
 */
class IncrementalEqualsRebuildPropertyTest {

  private static final ReturnRateJumpRule TOUCHY = new ReturnRateJumpRule(2, 3, 1, 1, 1, 1, 0.5, 0.2);

  private static InMemoryMetricsStore project(RandomHistories h, List<RecordedEvent> events) {
    InMemoryMetricsStore store = new InMemoryMetricsStore(notices -> { });
    new MetricsProjection(store, h.ledger, HandWorkedHistory.POLICIES, TOUCHY).applyAll(events);
    return store;
  }

  private static List<String> withoutAlertStates(List<String> rows) {
    return rows.stream().filter(row -> !row.startsWith("jump|")).toList();
  }

  @Test
  void anyInterleavingOfCasesWithRedeliveriesCountsAsARebuildCaseByCase() {
    qt().withExamples(150).forAll(longs().all(), integers().between(1, 25)).checkAssert((seed, caseCount) -> {
      RandomHistories h = new RandomHistories(seed, caseCount);
      List<String> incremental = project(h, h.deliveredAtLeastOnce(seed, null)).rows();
      List<String> rebuilt = project(h, h.caseByCase()).rows();
      // Counters and tracks depend on each case's own events only; alert states on arrival order.
      assertThat(withoutAlertStates(incremental)).isEqualTo(withoutAlertStates(rebuilt));
    });
  }

  @Test
  void aDeliveryInTheOrderEventsOccurredWithRedeliveriesRebuildsEverythingIncludingAlertStates() {
    qt().withExamples(150).forAll(longs().all(), integers().between(1, 25)).checkAssert((seed, caseCount) -> {
      RandomHistories h = new RandomHistories(seed, caseCount);
      List<RecordedEvent> inOrder = h.inTimeOrder();
      assertThat(project(h, h.deliveredAtLeastOnce(seed, inOrder)).rows()).isEqualTo(project(h, inOrder).rows());
    });
  }

  @Test
  void countsAreNeverNegativeAndRatesLieWithinZeroAndOne() {
    qt().withExamples(150).forAll(longs().all(), integers().between(1, 25), integers().between(0, 30),
        integers().between(0, 30)).checkAssert((seed, caseCount, a, b) -> {
          RandomHistories h = new RandomHistories(seed, caseCount);
          InMemoryMetricsStore store = project(h, h.deliveredAtLeastOnce(seed, null));
          assertThat(store.rows()).filteredOn(row -> row.startsWith("count|"))
              .allSatisfy(row -> assertThat(Long.parseLong(row.substring(row.lastIndexOf('|') + 1))).isPositive());
          LocalDate from = LocalDate.parse("2026-03-02").plusDays(Math.min(a, b) - 5);
          LocalDate to = LocalDate.parse("2026-03-02").plusDays(Math.max(a, b) - 5);
          for (String product : List.of(MetricKey.ALL_PRODUCTS, "MUG", "LAMP", "CUP")) {
            MerchantMetrics m = MerchantMetrics.of(store, h.ledger, HandWorkedHistory.SHOP, product, from, to);
            for (Ratio r : List.of(m.escalationRate(), m.rulingsAgainstMerchant(), m.firstContactResolution(),
                m.repairCompletion(), m.casesWithSilenceDefault(), m.satisfied())) {
              assertThat(r.value().orElse(0.0)).isBetween(0.0, 1.0);
            }
            m.returnRate7d().flatMap(Ratio::value).ifPresent(rate -> assertThat(rate).isBetween(0.0, 1.0));
            Optional<Double> stars = m.meanStars();
            stars.ifPresent(s -> assertThat(s).isBetween(1.0, 5.0));
            assertThat(m.handlingTime(Clock.WALL).count()).isLessThanOrEqualTo(m.counters().get(CounterNames.ENDED));
          }
        });
  }
}
