package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.aftersales.calendar.CalendarDataMissingException;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.calendar.FallbackCalendar;
import org.aftersales.calendar.ImmutableWorkingCalendar;
import org.aftersales.calendar.WorkingCalendarBuilder;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.store.memory.InMemoryAfterSalesStore;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A tenant that chose the weekends-only fallback gets deadlines past its holiday data marked as
 * estimates; once its calendar has the new year's data, the system recounts them and moves their timers.
 *
 * <p>The buyer escalates on Monday 2026-12-28 10:00 in Shanghai; the platform has 5 working days
 * (seed rule), ending at the end of the fifth working day.
 */
class RecomputeEstimatedDeadlinesTest {

  private static final Instant MON_2026_12_28_10_00 = Instant.parse("2026-12-28T02:00:00Z");
  /** Estimated: 29, 30, 31 December, then Friday 1 January counted as a working day, and Monday 4 January. */
  private static final Instant END_OF_MON_2027_01_04 = Instant.parse("2027-01-04T16:00:00Z");
  /** With New Year's Day a holiday: 29, 30, 31 December, Monday 4 and Tuesday 5 January. */
  private static final Instant END_OF_TUE_2027_01_05 = Instant.parse("2027-01-05T16:00:00Z");

  private final MutableClock clock = new MutableClock(MON_2026_12_28_10_00);
  private final InMemoryAfterSalesStore store = new InMemoryAfterSalesStore();
  private final AtomicReference<TenantPolicy> policy =
      new AtomicReference<>(policyOn(FallbackCalendar.weekendsOnlyBeyond(ChinaCalendars.mainland())));
  private final AfterSalesService service =
      new AfterSalesService(store, tenant -> policy.get(), Fixtures.sequentialIds(), clock);
  private final DeadlineSweeper sweeper = DeadlineSweeper.of(store, service, clock, "sweeper-1");
  private int keys;

  private static TenantPolicy policyOn(org.aftersales.calendar.WorkingCalendar calendar) {
    return TenantPolicy.of(SlaPolicy.seedDefaults(), calendar, Fixtures.WAREHOUSE);
  }

  /** The bundled data with 2027 added, New Year's Day as its only holiday (test data, not a published notice). */
  private static ImmutableWorkingCalendar mainlandWithNewYearsDay2027() {
    ImmutableWorkingCalendar cn = ChinaCalendars.mainland();
    WorkingCalendarBuilder builder = ImmutableWorkingCalendar.builder().name("CN mainland + 2027")
        .zone(cn.zone()).supportedRange(cn.firstSupported(), LocalDate.of(2027, 12, 31))
        .holiday(LocalDate.of(2027, 1, 1));
    cn.holidays().forEach(builder::holiday);
    cn.makeUpWorkingDays().forEach(builder::makeUpWorkingDay);
    return builder.build();
  }

  private CommandOutcome send(AfterSalesCase c, Actor actor, PartyId who, CaseCommand command) {
    return service.handle(CommandEnvelope.to(Fixtures.SHOP, c.id(), actor, who, IdempotencyKey.of("k" + ++keys), command));
  }

  private AfterSalesCase escalatedCase() {
    CommandOutcome opened = service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER,
        IdempotencyKey.of("k" + ++keys),
        Fixtures.openRequest(OrderId.of("order-" + keys), CaseType.RETURN_AND_REFUND, Reason.QUALITY_DEFECT)));
    AfterSalesCase c = ((CommandOutcome.Accepted) opened).after();
    send(c, Actor.MERCHANT, Fixtures.MERCHANT_STAFF, new CaseCommand.Reject("used", List.of(Fixtures.photo())));
    send(c, Actor.BUYER, Fixtures.BUYER, new CaseCommand.Escalate("no", List.of(Fixtures.photo())));
    // The platform judges first at once, so that only the final ruling's clock, the one these tests recount, runs on.
    CommandOutcome judged = send(c, Actor.PLATFORM, Fixtures.PLATFORM_AGENT, new CaseCommand.GiveFirstJudgment("looking"));
    return ((CommandOutcome.Accepted) judged).after();
  }

  private AfterSalesCase current(AfterSalesCase c) {
    return service.find(Fixtures.SHOP, c.id()).orElseThrow();
  }

  @Test
  void aRulingDeadlineIntoUnpublished2027IsMarkedAsAnEstimate() {
    Deadline ruling = escalatedCase().deadline(DeadlineKind.PLATFORM_RULING).orElseThrow();
    assertThat(ruling.dueAt()).isEqualTo(END_OF_MON_2027_01_04);
    assertThat(ruling.isEstimated()).isTrue();
    assertThat(ruling.fallbackBasis().orElseThrow().countedFrom()).isEqualTo(MON_2026_12_28_10_00);
  }

  @Test
  void withoutNewDataARecountChangesNothingAndWritesNothing() {
    AfterSalesCase c = escalatedCase();
    assertThat(service.recomputeEstimatedDeadlines(Fixtures.SHOP)).isEmpty();
    assertThat(current(c).version()).isEqualTo(c.version());
    CommandOutcome outcome = service.recomputeEstimatedDeadlines(Fixtures.SHOP, c.id());
    assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Rejected.class,
        r -> assertThat(r.rejection().code()).isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE));
  }

  @Test
  void onceThe2027DataIsThereTheRecountMovesTheDeadlineAndItsTimer() {
    AfterSalesCase c = escalatedCase();
    AfterSalesCase onTime = escalatedCase();
    send(onTime, Actor.PLATFORM, Fixtures.PLATFORM_AGENT, new CaseCommand.RuleForMerchant("fine"));
    policy.set(policyOn(FallbackCalendar.weekendsOnlyBeyond(mainlandWithNewYearsDay2027())));

    assertThat(service.recomputeEstimatedDeadlines(Fixtures.SHOP)).containsExactly(c.id());

    AfterSalesCase after = current(c);
    Deadline ruling = after.deadline(DeadlineKind.PLATFORM_RULING).orElseThrow();
    assertThat(ruling.dueAt()).isEqualTo(END_OF_TUE_2027_01_05);
    assertThat(ruling.isEstimated()).isFalse();
    assertThat(after.version()).isEqualTo(c.version() + 1);
    assertThat(store.history(Fixtures.SHOP, c.id()).get(store.history(Fixtures.SHOP, c.id()).size() - 1).event())
        .isEqualTo(new CaseEvent.DeadlineRecomputed(ruling.id(), DeadlineKind.PLATFORM_RULING, END_OF_TUE_2027_01_05,
            ruling.pendingReminders(), java.util.Optional.empty()));
    assertThat(service.timeline(Fixtures.SHOP, c.id())).last()
        .satisfies(entry -> assertThat(entry.text()).startsWith("Due date recounted on the updated calendar"));

    clock.set(END_OF_MON_2027_01_04);
    sweeper.sweepAllDue(); // the "24 h left" reminder of the recounted deadline falls due exactly here
    assertThat(current(c).deadline(DeadlineKind.PLATFORM_RULING)).as("the old due instant no longer fires").isPresent();
    assertThat(store.history(Fixtures.SHOP, c.id())).map(e -> (Object) e.event().getClass())
        .contains(CaseEvent.ReminderSent.class).doesNotContain(CaseEvent.DeadlineExpired.class);
    clock.set(END_OF_TUE_2027_01_05);
    assertThat(sweeper.sweepAllDue().applied()).as("the recounted one does").isEqualTo(1);
    assertThat(current(c).deadline(DeadlineKind.PLATFORM_RULING)).isEmpty();

    assertThat(service.recomputeEstimatedDeadlines(Fixtures.SHOP)).as("nothing left to recount").isEmpty();
  }

  @Test
  void onlyTheSystemRecountsDeadlines() {
    AfterSalesCase c = escalatedCase();
    CommandOutcome outcome = send(c, Actor.PLATFORM, Fixtures.PLATFORM_AGENT, new CaseCommand.RecomputeDeadlines());
    assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Rejected.class,
        r -> assertThat(r.rejection().code()).isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED));
  }

  @Test
  void aCaseWhoseRecountStillLacksDataDoesNotKeepTheOthersOnTheirEstimates() {
    // Opened first, so listed first: a ruling of 300 working days runs into 2028, which no data covers yet.
    policy.set(TenantPolicy.of(SlaPolicy.seedBuilder().rule(DeadlineKind.PLATFORM_RULING,
            SlaRule.of(SlaLimit.workingDays(300), DefaultAction.RULE_FOR_BUYER, Duration.ofHours(24))).build(),
        FallbackCalendar.weekendsOnlyBeyond(ChinaCalendars.mainland()), Fixtures.WAREHOUSE));
    AfterSalesCase into2028 = escalatedCase();
    policy.set(policyOn(FallbackCalendar.weekendsOnlyBeyond(ChinaCalendars.mainland())));
    AfterSalesCase c = escalatedCase();
    policy.set(policyOn(mainlandWithNewYearsDay2027()));

    assertThatThrownBy(() -> service.recomputeEstimatedDeadlines(Fixtures.SHOP))
        .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2028-01-01");

    assertThat(current(c).deadline(DeadlineKind.PLATFORM_RULING).orElseThrow().dueAt())
        .as("recounted although a case listed before it failed").isEqualTo(END_OF_TUE_2027_01_05);
    assertThat(current(into2028).version()).isEqualTo(into2028.version());
  }

  /** Opened THU 2026-12-31 10:00 (merchant answers within 3 working days), paused MON 2027-01-04 10:00. */
  private AfterSalesCase pausedOnMonday20270104() {
    clock.set(Instant.parse("2026-12-31T02:00:00Z"));
    policy.set(TenantPolicy.of(SlaPolicy.seedBuilder().rule(DeadlineKind.MERCHANT_RESPONSE,
            SlaRule.of(SlaLimit.workingDays(3), DefaultAction.APPROVE, Duration.ofHours(6))).build(),
        FallbackCalendar.weekendsOnlyBeyond(ChinaCalendars.mainland()), Fixtures.WAREHOUSE));
    CommandOutcome opened = service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER,
        IdempotencyKey.of("k" + ++keys),
        Fixtures.openRequest(OrderId.of("order-" + keys), CaseType.RETURN_AND_REFUND, Reason.QUALITY_DEFECT)));
    AfterSalesCase c = ((CommandOutcome.Accepted) opened).after();
    // Estimated: 1, 4 and 5 January, New Year's Day counted as worked.
    assertThat(c.deadline(DeadlineKind.MERCHANT_RESPONSE).orElseThrow().dueAt())
        .isEqualTo(Instant.parse("2027-01-05T16:00:00Z"));
    clock.set(Instant.parse("2027-01-04T02:00:00Z"));
    send(c, Actor.MERCHANT, Fixtures.MERCHANT_STAFF, new CaseCommand.RequestInfo("Which size?"));
    Deadline paused = current(c).deadline(DeadlineKind.MERCHANT_RESPONSE).orElseThrow();
    assertThat(paused.pausedRemaining()).contains(Duration.ofHours(14 + 24));
    assertThat(paused.isEstimated()).as("what is left was counted on an estimate").isTrue();
    return c;
  }

  /** The buyer answers TUE 2027-01-05 10:00; the merchant's clock resumes. */
  private Deadline resumedOnTuesday20270105(AfterSalesCase c) {
    clock.set(Instant.parse("2027-01-05T02:00:00Z"));
    send(c, Actor.BUYER, Fixtures.BUYER, new CaseCommand.SupplyInfo("M", List.of(Fixtures.photo())));
    return current(c).deadline(DeadlineKind.MERCHANT_RESPONSE).orElseThrow();
  }

  @Test
  void a_clock_paused_on_MON_2027_01_04_keeps_what_New_Years_Day_really_left_once_the_data_arrives() {
    AfterSalesCase c = pausedOnMonday20270104();
    policy.set(policyOn(FallbackCalendar.weekendsOnlyBeyond(mainlandWithNewYearsDay2027())));
    assertThat(service.recomputeEstimatedDeadlines(Fixtures.SHOP)).containsExactly(c.id());
    Deadline recounted = current(c).deadline(DeadlineKind.MERCHANT_RESPONSE).orElseThrow();
    // Really due at the end of Wednesday 6 January: 14 h of Monday, Tuesday and Wednesday are left.
    assertThat(recounted.isPaused()).isTrue();
    assertThat(recounted.pausedRemaining()).contains(Duration.ofHours(14 + 24 + 24));
    assertThat(recounted.isEstimated()).isFalse();
    assertThat(service.timeline(Fixtures.SHOP, c.id())).last()
        .satisfies(entry -> assertThat(entry.text()).startsWith("Time left recounted on the updated calendar"));

    Deadline resumed = resumedOnTuesday20270105(c);
    assertThat(resumed.dueAt()).isEqualTo(Instant.parse("2027-01-07T16:00:00Z"));
    assertThat(resumed.isEstimated()).isFalse();
  }

  @Test
  void a_clock_paused_on_an_estimate_resumes_on_data_that_arrived_meanwhile_even_without_a_recount() {
    AfterSalesCase c = pausedOnMonday20270104();
    policy.set(policyOn(FallbackCalendar.weekendsOnlyBeyond(mainlandWithNewYearsDay2027())));
    Deadline resumed = resumedOnTuesday20270105(c);
    assertThat(resumed.dueAt()).isEqualTo(Instant.parse("2027-01-07T16:00:00Z"));
    assertThat(resumed.isEstimated()).isFalse();
  }

  @Test
  void a_clock_paused_and_resumed_on_estimates_is_recounted_through_its_pause() {
    AfterSalesCase c = pausedOnMonday20270104();
    Deadline estimated = resumedOnTuesday20270105(c);
    // Estimated: 38 h from Tuesday 10:00, to the end of Wednesday 6 January.
    assertThat(estimated.dueAt()).isEqualTo(Instant.parse("2027-01-06T16:00:00Z"));
    assertThat(estimated.isEstimated()).isTrue();
    policy.set(policyOn(FallbackCalendar.weekendsOnlyBeyond(mainlandWithNewYearsDay2027())));
    assertThat(service.recomputeEstimatedDeadlines(Fixtures.SHOP)).containsExactly(c.id());
    Deadline recounted = current(c).deadline(DeadlineKind.MERCHANT_RESPONSE).orElseThrow();
    assertThat(recounted.dueAt()).isEqualTo(Instant.parse("2027-01-07T16:00:00Z"));
    assertThat(recounted.isEstimated()).isFalse();
  }
}
