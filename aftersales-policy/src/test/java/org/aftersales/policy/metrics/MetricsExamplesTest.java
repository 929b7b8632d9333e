package org.aftersales.policy.metrics;

import static org.aftersales.policy.metrics.HandWorkedHistory.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.money.Money;
import org.aftersales.policy.alert.ReturnRateJumpRule;
import org.aftersales.policy.metrics.CounterNames.Clock;
import org.aftersales.store.memory.InMemoryAfterSalesStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every metric on {@link HandWorkedHistory}, over the days [Fri 27 Feb, Sat 7 Mar): cases A (opened
 * Sat 28 Feb), B (Mon 2 Mar) and C (Tue 3 Mar) count; D (Sun 8 Mar) does not.
 */
class MetricsExamplesTest {

  private static final LocalDate FROM = LocalDate.parse("2026-02-27");
  private static final LocalDate TO = LocalDate.parse("2026-03-07");

  private HandWorkedHistory history;
  private InMemoryMetricsStore store;

  @BeforeEach
  void project() {
    history = new HandWorkedHistory();
    store = new InMemoryMetricsStore(new InMemoryAfterSalesStore());
    new MetricsProjection(store, history.ledger, HandWorkedHistory.POLICIES, ReturnRateJumpRule.defaults())
        .applyAll(history.events);
  }

  private MerchantMetrics merchant() {
    return MerchantMetrics.of(store, history.ledger, SHOP, MetricKey.ALL_PRODUCTS, FROM, TO);
  }

  private MerchantMetrics product(String sku) {
    return MerchantMetrics.of(store, history.ledger, SHOP, sku, FROM, TO);
  }

  @Test
  void casesOpenedAndTheirReasonsCountOnTheOpeningDay() {
    // A change of mind; B and C quality defects; D (size) opened after the range.
    assertThat(merchant().casesOpened()).isEqualTo(3);
    assertThat(merchant().reasons()).containsEntry(Reason.CHANGED_MIND, 1L).containsEntry(Reason.QUALITY_DEFECT, 2L)
        .containsEntry(Reason.SIZE_OR_FIT, 0L);
    // The lamp is on B and C; a case counts once per product however many lines it has.
    assertThat(product("LAMP").casesOpened()).isEqualTo(2);
    assertThat(product("MUG").casesOpened()).isEqualTo(2);
  }

  @Test
  void sevenDayReturnRateIsUnitsReturnedWithinSevenDaysOfReceiptOverUnitsReceived() {
    // Received in the range: 2 + 8 mugs on 27 Feb, 5 lamps on 2 Mar = 15. Returned within 7 days of
    // receipt: A's 2 mugs (received 27 Feb, case opened 28 Feb). B's mug was received 20 Feb, 10 days
    // before its case: late, not in the rate. B's lamp has no receipt in the ledger: not in the rate.
    assertThat(merchant().returnRate7d()).hasValue(new Ratio(2, 15));
    assertThat(product("MUG").returnRate7d()).hasValue(new Ratio(2, 10));
    assertThat(product("LAMP").returnRate7d()).hasValue(new Ratio(0, 5));
    assertThat(store.counters(SHOP, "MUG", LocalDate.parse("2026-02-20"), LocalDate.parse("2026-02-21"))
        .get(CounterNames.RETURNED_UNITS_LATE)).isEqualTo(1);
    assertThat(product("LAMP").counters().get(CounterNames.RETURNED_UNITS_RECEIPT_UNKNOWN)).isEqualTo(1);
  }

  @Test
  void refundAmountIsTheExactSumOfConfirmedRefunds() {
    // A CNY 100.00 + B CNY 250.00.
    assertThat(merchant().refunded()).containsExactly(Map.entry(Currency.getInstance("CNY"), Money.parse("CNY 350.00")));
  }

  @Test
  void responseTimeIsToTheMerchantsFirstActOnBothClocks() {
    // A: Sat 10:00 -> Mon 10:00 = 48 h wall, 10 working hours (the weekend is off). B: 6 h on both.
    // C: the merchant never acted, so it is not measured.
    MerchantMetrics m = merchant();
    assertThat(m.responseTime(Clock.WALL).count()).isEqualTo(2);
    assertThat(m.responseTime(Clock.WALL).mean()).hasValue(Duration.ofHours(27));
    assertThat(m.responseTime(Clock.WORKING).mean()).hasValue(Duration.ofHours(8));
    // p90 by nearest rank of 2 values is the larger: 48 h, reported at most 10% above.
    assertThat(m.responseTime(Clock.WALL).p90().orElseThrow())
        .isBetween(Duration.ofHours(48), Duration.ofMinutes(48 * 66));
    assertThat(m.responseTime(Clock.WORKING).p90().orElseThrow())
        .isBetween(Duration.ofHours(10), Duration.ofMinutes(10 * 66));
  }

  @Test
  void handlingTimeIsFromOpeningToTheEndOnBothClocks() {
    // A: Sat 28 Feb 10:00 -> Wed 4 Mar 12:00 = 98 h wall; working Mon 00:00 -> Wed 12:00 = 60 h.
    // B: Mon 2 Mar 09:00 -> Mon 9 Mar 09:00 = 168 h wall; working 15 + 4 x 24 + 9 = 120 h.
    // C: Tue 3 Mar 10:00 -> Fri 6 Mar 11:00 = 73 h on both.
    // Means: (98 + 168 + 73) / 3 = 113 h; (60 + 120 + 73) / 3 = 84 h 20 min.
    MerchantMetrics m = merchant();
    assertThat(m.handlingTime(Clock.WALL).mean()).hasValue(Duration.ofHours(113));
    assertThat(m.handlingTime(Clock.WORKING).mean()).hasValue(Duration.ofHours(84).plusMinutes(20));
    // p90 by nearest rank: the 3rd of 3, 168 h wall and 120 h working.
    assertThat(m.handlingTime(Clock.WALL).p90().orElseThrow())
        .isBetween(Duration.ofHours(168), Duration.ofMinutes(168 * 66));
    assertThat(m.handlingTime(Clock.WORKING).p90().orElseThrow())
        .isBetween(Duration.ofHours(120), Duration.ofMinutes(120 * 66));
    assertThat(m.outcomes()).containsEntry(CaseOutcome.REFUNDED, 2L).containsEntry(CaseOutcome.WITHDRAWN, 1L);
  }

  @Test
  void refundTimeIsToTheFirstConfirmedRefund() {
    // A 98 h, B 168 h: mean 133 h.
    assertThat(merchant().refundTime(Clock.WALL).mean()).hasValue(Duration.ofHours(133));
  }

  @Test
  void escalationRateIsTheShareOfCasesEscalated() {
    // B of A, B, C.
    assertThat(merchant().escalationRate()).isEqualTo(new Ratio(1, 3));
  }

  @Test
  void arbitrationOutcomesCountRulingsAgainstTheMerchant() {
    // B's one ruling was for the buyer.
    assertThat(merchant().rulingsAgainstMerchant()).isEqualTo(new Ratio(1, 1));
    assertThat(product("MUG").rulingsAgainstMerchant()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void firstContactResolutionIsTheShareOfEndedCasesCompletedWithoutASecondRound() {
    // Ended: A (completed, approved at once), B (completed after a rejection and escalation), C
    // (withdrawn): only A.
    assertThat(merchant().firstContactResolution()).isEqualTo(new Ratio(1, 3));
  }

  @Test
  void repairCompletionIsTheShareOfEndedRepairsThatEndedRepaired() {
    // C, the one repair, was withdrawn.
    assertThat(merchant().repairCompletion()).isEqualTo(new Ratio(0, 1));
  }

  @Test
  void defaultActionsOnTheMerchantsSilenceAreCounted() {
    // C: the response limit expired (approved) and the repair-plan limit expired (alert): 2, on 1 case.
    assertThat(merchant().silenceDefaults()).isEqualTo(2);
    assertThat(merchant().casesWithSilenceDefault()).isEqualTo(new Ratio(1, 3));
  }

  @Test
  void satisfactionComesFromTheRatingsAfterTheEnd() {
    // A 5 stars, B 2 stars: mean 3.5, one of two satisfied (4 or 5 stars).
    assertThat(merchant().ratings()).isEqualTo(2);
    assertThat(merchant().meanStars()).hasValue(3.5);
    assertThat(merchant().satisfied()).isEqualTo(new Ratio(1, 2));
  }

  @Test
  void aRedeliveredEventChangesNothing() {
    List<String> before = store.rows();
    MetricsProjection projection =
        new MetricsProjection(store, history.ledger, HandWorkedHistory.POLICIES, ReturnRateJumpRule.defaults());
    assertThat(projection.applyAll(history.events)).isZero();
    assertThat(store.rows()).isEqualTo(before);
  }

  @Test
  void anEventAfterAGapIsRefusedAndNothingIsWritten() {
    InMemoryMetricsStore fresh = new InMemoryMetricsStore(notices -> { });
    MetricsProjection projection =
        new MetricsProjection(fresh, history.ledger, HandWorkedHistory.POLICIES, ReturnRateJumpRule.defaults());
    List<RecordedEvent> ofA = history.events.stream().filter(e -> e.caseId().value().equals("a")).toList();
    projection.apply(ofA.get(0));
    projection.apply(ofA.get(1));
    List<String> before = fresh.rows();
    // ofA.get(2..4) are version 2 (three events); ofA.get(5) is version 3.
    assertThatThrownBy(() -> projection.apply(ofA.get(5))).isInstanceOf(EventOutOfOrderException.class)
        .hasMessageContaining("a:3:0 does not follow a:1:1");
    assertThatThrownBy(() -> projection.apply(ofA.get(3))).isInstanceOf(EventOutOfOrderException.class)
        .hasMessageContaining("a:2:1 does not follow a:1:1");
    assertThat(fresh.rows()).isEqualTo(before);
  }

  @Test
  void aCaseWhoseOpeningWasNeverSeenIsRefused() {
    InMemoryMetricsStore fresh = new InMemoryMetricsStore(notices -> { });
    MetricsProjection projection =
        new MetricsProjection(fresh, history.ledger, HandWorkedHistory.POLICIES, ReturnRateJumpRule.defaults());
    assertThatThrownBy(() -> projection.apply(history.events.get(3))).isInstanceOf(EventOutOfOrderException.class)
        .hasMessageContaining("rebuild the projection from the full history");
    assertThat(fresh.rows()).isEmpty();
  }
}
