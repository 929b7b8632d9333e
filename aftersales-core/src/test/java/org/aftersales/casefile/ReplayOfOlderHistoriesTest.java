package org.aftersales.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.money.Money;
import org.aftersales.testing.CaseInvariants;
import org.aftersales.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Histories are kept for years; what was valid when it happened must replay after the rules tighten. */
class ReplayOfOlderHistoriesTest {

  @Test
  void aCaseOpenedUnderOlderRules_replays_thoughTheSameRequestWouldNowBeRefused() {
    List<OrderLine> lines = List.of(Fixtures.line("l1", 9_900));
    // Opening a refund case asking for nothing is refused today...
    assertThatThrownBy(() -> new CaseCommand.Open(OrderId.of("o-1"), Fixtures.BUYER, CaseType.REFUND_ONLY,
        Reason.NOT_RECEIVED, Channel.WEB, lines, Money.zero(Money.of(1, "CNY").currency()), "", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    // ...but an event that recorded one still folds into a case.
    CaseEvent.CaseOpened opened = new CaseEvent.CaseOpened(CaseId.of("old-1"), Fixtures.SHOP, OrderId.of("o-1"),
        Fixtures.BUYER, CaseType.REFUND_ONLY, Reason.NOT_RECEIVED, Channel.WEB, lines, Money.of(0, "CNY"), "",
        List.of());
    RecordedEvent recorded = new RecordedEvent(CaseId.of("old-1"), Fixtures.SHOP, 1, 0,
        Instant.parse("2023-01-01T00:00:00Z"), Actor.BUYER, Fixtures.BUYER, opened);

    AfterSalesCase replayed = CaseEvolver.replay(List.of(recorded));

    assertThat(replayed.state()).isEqualTo(CaseState.REQUESTED);
    assertThat(replayed.requestedRefund().isZero()).isTrue();
  }

  /**
   * A dispute escalated before the platform's review had first judgments and complaints: its history
   * holds none of their events, only the final ruling's clock. It replays to a case whose review
   * starts at the escalation, and the platform can still judge first and rule under today's rules.
   */
  @Test
  void aDisputeEscalatedBeforeFirstJudgmentsExisted_replays_andThePlatformStillJudgesAndRules() {
    SlaPolicy older = SlaPolicy.seedBuilder().noLimit(DeadlineKind.PLATFORM_FIRST_JUDGMENT)
        .noLimit(DeadlineKind.PLATFORM_COMPLEX_JUDGMENT).noLimit(DeadlineKind.COMPLAINT_HANDLING).build();
    Instant opened = Fixtures.WED_2025_03_05_10_00;
    Instant escalated = opened.plus(Duration.ofHours(2));
    List<RecordedEvent> history = new ArrayList<>();
    AfterSalesCase c = accept(history, CaseDecider.open(CaseId.of("old-2"),
        CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER, IdempotencyKey.of("k1"),
            Fixtures.openRequest(CaseType.REFUND_ONLY, Reason.QUALITY_DEFECT)), context(older, opened)));
    c = accept(history, decide(c, Actor.MERCHANT, Fixtures.MERCHANT_STAFF, "k2",
        new CaseCommand.Reject("Used", List.of(Fixtures.photo())), context(older, opened.plus(Duration.ofHours(1)))));
    c = accept(history, decide(c, Actor.BUYER, Fixtures.BUYER, "k3",
        new CaseCommand.Escalate("Not used", List.of(Fixtures.photo())), context(older, escalated)));
    assertThat(history).extracting(RecordedEvent::event).noneMatch(e -> e instanceof CaseEvent.DisputeClassifiedComplex
        || e instanceof CaseEvent.FirstJudgmentGiven || e instanceof CaseEvent.ComplaintFiled
        || e instanceof CaseEvent.ComplaintAnswered);
    assertThat(c.deadlines()).extracting(Deadline::kind).containsExactly(DeadlineKind.PLATFORM_RULING);

    AfterSalesCase replayed = CaseEvolver.replay(history);
    assertThat(replayed).isEqualTo(c);
    assertThat(replayed.review()).contains(new PlatformReview(escalated, false, false));
    assertThat(replayed.complaints()).isZero();
    assertThat(replayed.complaintOpen()).isFalse();

    // Today's rules: the platform judges first (no clock of its own to stop) and then rules.
    SlaPolicy today = SlaPolicy.seedDefaults();
    Instant later = escalated.plus(Duration.ofHours(30));
    c = accept(history, decide(replayed, Actor.PLATFORM, Fixtures.PLATFORM_AGENT, "k4",
        new CaseCommand.GiveFirstJudgment("Looks used"), context(today, later)));
    assertThat(c.review()).contains(new PlatformReview(escalated, false, true));
    c = accept(history, decide(c, Actor.PLATFORM, Fixtures.PLATFORM_AGENT, "k5",
        new CaseCommand.RuleForMerchant("Used goods"), context(today, later.plus(Duration.ofHours(1)))));
    assertThat(c.state()).isEqualTo(CaseState.CLOSED);
    assertThat(c.deadlines()).isEmpty();
    CaseInvariants.check(c, history);
  }

  private static DecisionContext context(SlaPolicy sla, Instant now) {
    return new DecisionContext(now, sla, WeekendsOnlyCalendar.of(Fixtures.SHANGHAI), java.util.Optional.empty());
  }

  private static Decision decide(AfterSalesCase c, Actor actor, PartyId who, String key, CaseCommand command,
      DecisionContext context) {
    return CaseDecider.decide(c, CommandEnvelope.to(Fixtures.SHOP, c.id(), actor, who, IdempotencyKey.of(key), command),
        context);
  }

  private static AfterSalesCase accept(List<RecordedEvent> history, Decision decision) {
    assertThat(decision).isInstanceOf(Decision.Accepted.class);
    Decision.Accepted accepted = (Decision.Accepted) decision;
    history.addAll(accepted.events());
    return accepted.after();
  }
}
