package org.aftersales.policy.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.Ruling;
import org.aftersales.policy.alert.ReturnRateJumpRule;
import org.junit.jupiter.api.Test;

/**
 * The projection's merchant-wide counters against a count made directly from the full history, case by
 * case. Incremental-equals-rebuild runs the projection's own code twice and would agree with itself on a
 * wrong count; this oracle shares no code with it, so a miscounted escalation, ruling, end, rating or
 * refund fails here.
 */
class CountersMatchTheHistoryPropertyTest {

  private static final LocalDate FROM = LocalDate.parse("2026-01-01");
  private static final LocalDate TO = LocalDate.parse("2026-06-01");

  @Test
  void merchantCountersEqualWhatTheHistorySaysCaseByCase() {
    qt().withExamples(150).forAll(longs().all(), integers().between(1, 25)).checkAssert((seed, caseCount) -> {
      RandomHistories h = new RandomHistories(seed, caseCount);
      InMemoryMetricsStore store = new InMemoryMetricsStore(notices -> { });
      new MetricsProjection(store, h.ledger, HandWorkedHistory.POLICIES, ReturnRateJumpRule.defaults())
          .applyAll(h.deliveredAtLeastOnce(seed, null));
      Counters counted = store.counters(HandWorkedHistory.SHOP, MetricKey.ALL_PRODUCTS, FROM, TO);

      Map<String, Long> expected = new TreeMap<>();
      for (List<RecordedEvent> events : h.cases) {
        expected.merge(CounterNames.OPENED, 1L, Long::sum);
        List<CaseEvent> facts = events.stream().map(RecordedEvent::event).toList();
        if (facts.stream().anyMatch(CaseEvent.Escalated.class::isInstance)) {
          expected.merge(CounterNames.ESCALATED, 1L, Long::sum);
        }
        if (facts.stream().anyMatch(e -> e instanceof CaseEvent.StateChanged s && s.outcome().isPresent())) {
          expected.merge(CounterNames.ENDED, 1L, Long::sum);
        }
        if (facts.stream().anyMatch(CaseEvent.RefundConfirmed.class::isInstance)) {
          expected.merge(CounterNames.REFUNDED_CASES, 1L, Long::sum);
        }
        for (CaseEvent e : facts) {
          if (e instanceof CaseEvent.Ruled r) {
            expected.merge(CounterNames.RULINGS, 1L, Long::sum);
            expected.merge(CounterNames.RULINGS_AGAINST_MERCHANT, r.ruling() == Ruling.FOR_MERCHANT ? 0L : 1L, Long::sum);
          } else if (e instanceof CaseEvent.Rated r) {
            expected.merge(CounterNames.RATINGS, 1L, Long::sum);
            expected.merge(CounterNames.STARS_SUM, (long) r.rating().stars(), Long::sum);
          } else if (e instanceof CaseEvent.RefundConfirmed r) {
            expected.merge(CounterNames.refunded(r.amount().currency()), r.amount().minorUnits(), Long::sum);
          }
        }
      }
      expected.forEach((name, value) -> assertThat(counted.get(name)).as(name).isEqualTo(value));
      assertThat(counted.get(CounterNames.ESCALATED)).isEqualTo(expected.getOrDefault(CounterNames.ESCALATED, 0L));
    });
  }
}
