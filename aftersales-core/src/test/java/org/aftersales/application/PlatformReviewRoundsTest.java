package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseEvolver;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.PlatformReview;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.Ruling;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.Race;
import org.aftersales.testing.SeedCaseDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The platform's review across more than one escalation of a case, and its clocks against sweepers
 * that come late or run in parallel: each escalation gets its own review and clocks, a clock of an
 * earlier round never acts in a later one, and a review that times out rules for the buyer once,
 * however many of its clocks (first judgment, final ruling) passed.
 */
@Timeout(30)
class PlatformReviewRoundsTest {

  private static final Instant T0 = Fixtures.WED_2025_03_05_10_00;

  @Test
  void aSecondEscalationStartsAFreshReview_andTheFirstRoundsClocksNeverActInIt() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND).reject().escalate(Actor.BUYER);
    Deadline roundOneSimple = d.deadline(DeadlineKind.PLATFORM_FIRST_JUDGMENT);
    d.by(Actor.PLATFORM, new CaseCommand.ClassifyComplex("Needs an appraisal"));
    Deadline roundOneComplex = d.deadline(DeadlineKind.PLATFORM_COMPLEX_JUDGMENT);
    Deadline roundOneRuling = d.deadline(DeadlineKind.PLATFORM_RULING);
    d.by(Actor.PLATFORM, new CaseCommand.GiveFirstJudgment("Leaning to the buyer"))
        .by(Actor.PLATFORM, new CaseCommand.RuleForBuyer("Return it"));
    assertThat(d.current().deadlines()).extracting(Deadline::kind).doesNotContain(DeadlineKind.PLATFORM_RULING,
        DeadlineKind.PLATFORM_FIRST_JUDGMENT, DeadlineKind.PLATFORM_COMPLEX_JUDGMENT);

    d.provideAddress().shipReturn().refuseReceipt();
    Instant second = T0.plus(Duration.ofHours(30));
    d.at(second).escalate(Actor.BUYER);
    assertThat(d.state()).isEqualTo(CaseState.ARBITRATING_REFUSAL);
    assertThat(d.current().review()).as("a new escalation, a new review")
        .contains(new PlatformReview(second, false, false));
    Deadline roundTwoSimple = d.deadline(DeadlineKind.PLATFORM_FIRST_JUDGMENT);
    assertThat(roundTwoSimple.id()).isNotEqualTo(roundOneSimple.id());
    assertThat(roundTwoSimple.dueAt()).isEqualTo(second.plus(Duration.ofHours(48)));

    // Classified at once in round two, the complex limit counts from round two's escalation.
    d.by(Actor.PLATFORM, new CaseCommand.ClassifyComplex("Second appraisal needed"));
    Deadline roundTwoComplex = d.deadline(DeadlineKind.PLATFORM_COMPLEX_JUDGMENT);
    assertThat(d.current().review()).contains(new PlatformReview(second, true, false));
    Deadline roundTwoRuling = d.deadline(DeadlineKind.PLATFORM_RULING);

    // Round one's limits pass while round two runs: none of them acts.
    assertThat(roundOneComplex.dueAt()).isBefore(roundTwoComplex.dueAt());
    d.sweepAt(roundOneComplex.dueAt());
    assertThat(d.events(CaseEvent.DeadlineExpired.class)).as("only round two's reminders went out").isEmpty();
    d.by(Actor.PLATFORM, new CaseCommand.GiveFirstJudgment("The parcel was empty on arrival"));
    assertThat(roundOneRuling.dueAt()).isBefore(roundTwoRuling.dueAt());
    d.sweepAt(roundOneRuling.dueAt());
    assertThat(d.state()).isEqualTo(CaseState.ARBITRATING_REFUSAL);
    assertThat(d.events(CaseEvent.DeadlineExpired.class)).isEmpty();

    assertThat(d.sweepAt(roundTwoRuling.dueAt()).applied()).isEqualTo(1);
    assertThat(d.events(CaseEvent.DeadlineExpired.class)).singleElement()
        .satisfies(e -> assertThat(e.deadline()).isEqualTo(roundTwoRuling.id()));
    assertThat(d.events(CaseEvent.Ruled.class)).extracting(CaseEvent.Ruled::deemed).containsExactly(false, true);
    d.assertReplayable();
  }

  @Test
  void aComplaintClockRunsThroughTheArbitrationAndItsDeemedRuling_andStopsForGoodWhenTheCaseEnds() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY).reject();
    d.by(Actor.BUYER, new CaseCommand.FileComplaint("The merchant ignores my photos", List.of()));
    Deadline complaint = d.deadline(DeadlineKind.COMPLAINT_HANDLING);
    d.escalate(Actor.BUYER);
    assertThat(d.deadline(DeadlineKind.COMPLAINT_HANDLING)).isEqualTo(complaint);

    // Swept late: the complaint alerts once, the review times out once, and the complaint runs on.
    SweepResult late = d.sweepAt(T0.plus(Duration.ofDays(20)));
    assertThat(late.applied()).isEqualTo(2);
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(d.events(CaseEvent.Ruled.class)).singleElement().satisfies(r -> {
      assertThat(r.ruling()).isEqualTo(Ruling.FOR_BUYER);
      assertThat(r.deemed()).isTrue();
    });
    assertThat(d.events(CaseEvent.AlertRaised.class)).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(DeadlineKind.COMPLAINT_HANDLING));
    Deadline again = d.deadline(DeadlineKind.COMPLAINT_HANDLING);
    assertThat(again.dueAt()).isEqualTo(T0.plus(Duration.ofDays(21)));

    d.by(Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "pay-1"));
    assertThat(d.state()).isEqualTo(CaseState.COMPLETED);
    assertThat(d.current().deadlines()).isEmpty();
    assertThat(d.current().complaintOpen()).as("the answer is still owed").isTrue();
    assertThat(d.sweepAt(T0.plus(Duration.ofDays(60))).claimed()).as("no alert after the end").isZero();
    assertThat(d.events(CaseEvent.AlertRaised.class)).hasSize(1);
    d.by(Actor.PLATFORM, new CaseCommand.AnswerComplaint("Sorry; the refund is through"));
    assertThat(d.current().complaintOpen()).isFalse();
    d.assertReplayable();
  }

  /**
   * Parallel sweepers, come long after both the first-judgment and the final-ruling limits of many
   * escalated cases with an unanswered complaint: each case is ruled for the buyer exactly once, by
   * the system, and its complaint alerted exactly once.
   */
  @Test
  void parallelSweepersRuleEachTimedOutReviewOnce_thoughBothItsClocksPassed() {
    Harness h = new Harness();
    int cases = 200;
    List<AfterSalesCase> escalated = new ArrayList<>();
    CaseType[] types = {CaseType.REFUND_ONLY, CaseType.RETURN_AND_REFUND, CaseType.EXCHANGE, CaseType.REPAIR};
    for (int i = 0; i < cases; i++) {
      SeedCaseDriver d = SeedCaseDriver.open(h, types[i % types.length], Reason.QUALITY_DEFECT).reject();
      d.by(Actor.BUYER, new CaseCommand.FileComplaint("Nobody answers", List.of())).escalate(Actor.BUYER);
      escalated.add(d.current());
    }
    Instant bothPassed = escalated.stream().map(c -> c.deadline(DeadlineKind.PLATFORM_RULING).orElseThrow().dueAt())
        .max(Instant::compareTo).orElseThrow().plus(Duration.ofHours(1));
    h.clock.set(bothPassed);

    List<Callable<SweepResult>> nodes = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      DeadlineSweeper sweeper = new DeadlineSweeper(h.store, h.service, h.clock, "node-" + n, 10,
          Duration.ofMinutes(5), Duration.ofMinutes(1));
      nodes.add(sweeper::sweepAllDue);
    }
    SweepResult total = ParallelSweepersTest.sum(Race.once(Duration.ofSeconds(20), nodes));
    assertThat(total.applied()).as("one ruling and one alert per case, %s", total).isEqualTo(2 * cases);

    for (AfterSalesCase before : escalated) {
      List<RecordedEvent> history = h.store.history(Fixtures.SHOP, before.id());
      AfterSalesCase now = h.current(before);
      List<CaseEvent.Ruled> rulings = history.stream().map(RecordedEvent::event)
          .filter(CaseEvent.Ruled.class::isInstance).map(CaseEvent.Ruled.class::cast).toList();
      assertThat(rulings).as("rulings of %s", before.id()).singleElement()
          .satisfies(r -> assertThat(r.deemed()).isTrue());
      assertThat(history.stream().map(RecordedEvent::event).filter(CaseEvent.AlertRaised.class::isInstance))
          .as("complaint alerts of %s", before.id()).hasSize(1);
      assertThat(now.state()).isNotEqualTo(before.state());
      assertThat(now.deadlines()).extracting(Deadline::kind).doesNotContain(DeadlineKind.PLATFORM_RULING,
          DeadlineKind.PLATFORM_FIRST_JUDGMENT).contains(DeadlineKind.COMPLAINT_HANDLING);
      assertThat(CaseEvolver.replay(history)).isEqualTo(now);
    }
  }
}
