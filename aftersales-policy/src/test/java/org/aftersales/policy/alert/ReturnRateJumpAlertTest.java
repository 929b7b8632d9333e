package org.aftersales.policy.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.aftersales.application.TenantPolicies;
import org.aftersales.application.TenantPolicy;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.Shipment;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.casefile.TenantId;
import org.aftersales.money.Money;
import org.aftersales.policy.metrics.InMemoryDeliveryLedger;
import org.aftersales.policy.metrics.InMemoryMetricsStore;
import org.aftersales.policy.metrics.MetricsProjection;
import org.aftersales.store.Notice;
import org.aftersales.store.OutboxMessage;
import org.aftersales.store.memory.InMemoryAfterSalesStore;
import org.junit.jupiter.api.Test;

/**
 * A simulated product: 100 units received a day for 100 days, each returned with a fixed probability
 * by a buyer who opens a case 1 to 3 days after receipt and ships it the next day. The alert must fire
 * once on a jump and stay silent on noise around a steady rate.
 */
class ReturnRateJumpAlertTest {

  private static final TenantId SHOP = TenantId.of("shop");
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate DAY_0 = LocalDate.parse("2026-01-05");
  private static final TenantPolicies POLICIES = TenantPolicies.same(TenantPolicy.of(SlaPolicy.seedDefaults(),
      WeekendsOnlyCalendar.of(ZONE), new ReturnAddress("Returns desk", "+86 21 5555 0000", "1 Warehouse Road")));
  private static final int DAYS = 100;
  private static final int UNITS_A_DAY = 100;
  private static final double BASE_RATE = 0.05;
  private static final int JUMP_DAY = 70;

  /** The per-look level of the default rule's z 3.72, one-sided; each day's windows are one look. */
  private static final double PER_LOOK_ALPHA = 1e-4;

  /** The design bound on false alerts per product over the days simulated: one look a day, union bound. */
  private static final double DESIGN_BOUND = DAYS * PER_LOOK_ALPHA;

  private record Run(List<Notice> alerts) {}

  private static Run simulate(long seed, int jumpFromDay, double jumpRate) {
    return simulate(seed, jumpFromDay, jumpRate, UNITS_A_DAY);
  }

  private static Run simulate(long seed, int jumpFromDay, double jumpRate, int unitsADay) {
    Random random = new Random(seed);
    InMemoryDeliveryLedger ledger = new InMemoryDeliveryLedger();
    List<RecordedEvent> events = new ArrayList<>();
    int caseNo = 0;
    for (int day = 0; day < DAYS; day++) {
      double rate = day >= jumpFromDay ? jumpRate : BASE_RATE;
      int kept = 0;
      for (int unit = 0; unit < unitsADay; unit++) {
        if (random.nextDouble() >= rate) {
          kept++;
          continue;
        }
        String id = "case-" + caseNo++;
        Instant received = DAY_0.plusDays(day).atTime(8 + random.nextInt(12), 0).atZone(ZONE).toInstant();
        Instant opened = received.plusSeconds(86_400L * (1 + random.nextInt(3)));
        OrderLine line = OrderLine.of("l", "MUG", 1, Money.parse("CNY 30.00"));
        ledger.received(SHOP, OrderId.of(id), "l", "MUG", 1, received, ZONE);
        CaseId caseId = CaseId.of(id);
        events.add(new RecordedEvent(caseId, SHOP, 1, 0, opened, Actor.BUYER, PartyId.of("b"),
            new CaseEvent.CaseOpened(caseId, SHOP, OrderId.of(id), PartyId.of("b"), CaseType.RETURN_AND_REFUND,
                Reason.QUALITY_DEFECT, Channel.APP, List.of(line), Money.parse("CNY 30.00"), "", List.of())));
        events.add(new RecordedEvent(caseId, SHOP, 2, 0, opened.plusSeconds(86_400), Actor.BUYER, PartyId.of("b"),
            new CaseEvent.ReturnShipped(new Shipment("SF", id))));
      }
      ledger.deliveredOn(SHOP, "MUG", DAY_0.plusDays(day), kept);
    }
    // The simulation ends on day DAYS: later returns (of the last deliveries) are not fed, or the
    // last windows would see returns without the deliveries that follow in a real shop.
    Instant end = DAY_0.plusDays(DAYS).atStartOfDay(ZONE).toInstant();
    events.removeIf(e -> !e.occurredAt().isBefore(end));
    events.sort(Comparator.comparing(RecordedEvent::occurredAt).thenComparing(RecordedEvent::id));
    InMemoryAfterSalesStore outbox = new InMemoryAfterSalesStore();
    new MetricsProjection(new InMemoryMetricsStore(outbox), ledger, POLICIES, ReturnRateJumpRule.defaults())
        .applyAll(events);
    return new Run(outbox.pending(1_000).stream().map(m -> ((OutboxMessage.NoticeMessage) m).notice()).toList());
  }

  @Test
  void aJumpFromFiveToFifteenPercentRaisesOneAlertWithTheFiguresThatTriggeredIt() {
    Run run = simulate(42, JUMP_DAY, 0.15);
    assertThat(run.alerts()).hasSize(1);
    Notice alert = run.alerts().get(0);
    assertThat(alert.type()).isEqualTo(ReturnRateAlert.TYPE);
    assertThat(alert.key()).isEqualTo("return-rate:MUG");
    LocalDate evaluatedOn = LocalDate.parse(alert.fields().get("evaluatedOn"));
    assertThat(evaluatedOn).as("raised within a week of the jump").isBetween(DAY_0.plusDays(JUMP_DAY + 1), DAY_0.plusDays(JUMP_DAY + 7));
    assertThat(Double.parseDouble(alert.fields().get("z"))).isGreaterThanOrEqualTo(3.72);
    assertThat(Double.parseDouble(alert.fields().get("recentRate")))
        .isGreaterThan(Double.parseDouble(alert.fields().get("baselineRate")));
    assertThat(Long.parseLong(alert.fields().get("recentReturned"))).isGreaterThanOrEqualTo(5);
    assertThat(Long.parseLong(alert.fields().get("baselineDelivered"))).isGreaterThanOrEqualTo(200);
  }

  @Test
  void aJumpIsCaughtOnceAndWithinAWeekOnMostSeeds() {
    int caught = 0;
    for (long seed = 0; seed < 100; seed++) {
      List<Notice> alerts = simulate(seed, JUMP_DAY, 0.15).alerts();
      boolean withinAWeek = alerts.size() == 1 && !LocalDate.parse(alerts.get(0).fields().get("evaluatedOn"))
          .isAfter(DAY_0.plusDays(JUMP_DAY + 7));
      caught += withinAWeek ? 1 : 0;
    }
    assertThat(caught).as("seeds of 100 with exactly one alert within a week of a jump to 15%").isGreaterThanOrEqualTo(95);
  }

  /**
   * At the rule's minimum samples (8 units a day: 56 in the recent week, 224 in the baseline) the
   * normal approximation of the z test is at its weakest, with a handful of returns per window.
   */
  @Test
  void seededNoiseAtTheMinimumSampleRaisesFalseAlertsBelowTheDesignBoundToo() {
    int seeds = 1_000;
    int withAlert = 0;
    for (long seed = 0; seed < seeds; seed++) {
      withAlert += simulate(1_000_000 + seed, Integer.MAX_VALUE, BASE_RATE, 8).alerts().isEmpty() ? 0 : 1;
    }
    System.out.printf("return-rate alert at 8 units a day: %d of %d steady products alerted in %d days%n",
        withAlert, seeds, DAYS);
    assertThat((double) withAlert / seeds).isLessThanOrEqualTo(DESIGN_BOUND);
  }

  @Test
  void seededNoiseAroundASteadyRateRaisesFalseAlertsBelowTheDesignBound() {
    int seeds = 1_000;
    int withAlert = 0;
    for (long seed = 0; seed < seeds; seed++) {
      withAlert += simulate(1_000_000 + seed, Integer.MAX_VALUE, BASE_RATE).alerts().isEmpty() ? 0 : 1;
    }
    double falseAlertRate = (double) withAlert / seeds;
    System.out.printf("return-rate alert: %d of %d steady products (%.4f) alerted in %d days; design bound %.4f%n",
        withAlert, seeds, falseAlertRate, DAYS, DESIGN_BOUND);
    assertThat(falseAlertRate).isLessThanOrEqualTo(DESIGN_BOUND);
  }
}
