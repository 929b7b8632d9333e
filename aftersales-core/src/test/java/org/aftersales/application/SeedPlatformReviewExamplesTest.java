package org.aftersales.application;

import static org.aftersales.testing.SeedCaseDriver.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.InvalidSlaPolicyException;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.Rejection;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.casefile.Ruling;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.SeedCaseDriver;
import org.junit.jupiter.api.Test;

/**
 * The seed rules "Platform review: simple disputes get a first judgment within 48 hours; complex ones
 * within 3 working days", "Arbitration: ... the platform rules within 5 working days, finally", "if
 * the platform's review times out, the request counts as approved" and "Complaints handled within 24
 * hours", on real cases of the service with the seed policy.
 *
 * <p>The harness clock starts on Wednesday 2025-03-05 10:00 in Shanghai.
 */
class SeedPlatformReviewExamplesTest {

  private static final Instant T0 = Fixtures.WED_2025_03_05_10_00;

  private static SeedCaseDriver escalatedRefundOnly() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY).reject().escalate(Actor.BUYER);
    assertThat(d.state()).isEqualTo(CaseState.ARBITRATING_REJECTION);
    return d;
  }

  private static List<CaseEvent.DeadlineExpired> expiries(SeedCaseDriver d, DeadlineKind kind) {
    return d.events(CaseEvent.DeadlineExpired.class).stream().filter(e -> e.kind() == kind).toList();
  }

  // ------------------------------------------------------------------ first judgment

  @Test
  void seedRule_simpleDisputeWithoutAFirstJudgmentIn48Hours_countsAsApprovedOnce() {
    SeedCaseDriver d = escalatedRefundOnly();
    Deadline first = d.deadline(DeadlineKind.PLATFORM_FIRST_JUDGMENT);
    assertThat(first.dueAt()).isEqualTo(T0.plus(Duration.ofHours(48)));
    assertThat(first.rule().defaultAction()).isEqualTo(DefaultAction.RULE_FOR_BUYER);
    assertThat(d.current().deadline(DeadlineKind.PLATFORM_RULING)).as("the final ruling's clock runs beside it")
        .isPresent();

    d.sweepAt(first.dueAt().minusSeconds(1));
    assertThat(d.state()).isEqualTo(CaseState.ARBITRATING_REJECTION);
    assertThat(expiries(d, DeadlineKind.PLATFORM_FIRST_JUDGMENT)).isEmpty();

    SweepResult atLimit = d.sweepAt(first.dueAt());
    assertThat(atLimit.applied()).isEqualTo(1);
    assertThat(expiries(d, DeadlineKind.PLATFORM_FIRST_JUDGMENT)).containsExactly(
        new CaseEvent.DeadlineExpired(first.id(), DeadlineKind.PLATFORM_FIRST_JUDGMENT, DefaultAction.RULE_FOR_BUYER));
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(d.events(CaseEvent.Ruled.class)).singleElement()
        .satisfies(r -> assertThat(r.ruling()).isEqualTo(Ruling.FOR_BUYER))
        .satisfies(r -> assertThat(r.deemed()).isTrue());
    assertThat(d.current().deadline(DeadlineKind.PLATFORM_RULING)).as("the ruling ended the arbitration").isEmpty();
    assertThat(d.timelineTexts()).contains("Limit reached while waiting for the platform's first judgment");

    assertThat(d.sweepAt(first.dueAt()).applied()).as("a second sweep at the same instant").isZero();
    d.assertReplayable();
  }

  @Test
  void seedRule_aFirstJudgmentIn48HoursStopsItsClock_theFinalRulingFollowsWithin5WorkingDays() {
    SeedCaseDriver d = escalatedRefundOnly();
    d.at(T0.plus(Duration.ofHours(47))).by(Actor.PLATFORM, new CaseCommand.GiveFirstJudgment("Buyer seems right"));
    assertThat(d.current().deadline(DeadlineKind.PLATFORM_FIRST_JUDGMENT)).isEmpty();
    assertThat(d.current().review().orElseThrow().firstJudgmentGiven()).isTrue();
    assertThat(d.timelineTexts()).contains("Platform gave its first judgment: Buyer seems right");

    // Escalated on Wednesday 10:00: Thu 6, Fri 7, Mon 10, Tue 11, Wed 12; final ruling due at the end of Wednesday 12.
    Deadline ruling = d.deadline(DeadlineKind.PLATFORM_RULING);
    assertThat(ruling.dueAt()).isEqualTo(shanghai("2025-03-13T00:00"));
    d.sweepAt(ruling.dueAt().minusSeconds(1));
    assertThat(d.events(CaseEvent.DeadlineExpired.class)).as("only the 24 h reminder before the limit").isEmpty();
    assertThat(d.state()).isEqualTo(CaseState.ARBITRATING_REJECTION);

    assertThat(d.sweepAt(ruling.dueAt()).applied()).isEqualTo(1);
    assertThat(expiries(d, DeadlineKind.PLATFORM_RULING)).hasSize(1);
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
  }

  @Test
  void seedRule_complexDisputeGetsItsFirstJudgmentWithin3WorkingDaysOfTheEscalation_acrossQingming() {
    Harness h = new Harness(TenantPolicy.of(SlaPolicy.seedDefaults(), ChinaCalendars.mainland(), Fixtures.WAREHOUSE));
    h.clock.set(shanghai("2025-04-01T10:00"));
    SeedCaseDriver d = SeedCaseDriver.open(h, CaseType.REFUND_ONLY, Reason.QUALITY_DEFECT).reject();
    d.at(shanghai("2025-04-02T10:00")).escalate(Actor.BUYER);
    assertThat(d.deadline(DeadlineKind.PLATFORM_FIRST_JUDGMENT).dueAt()).isEqualTo(shanghai("2025-04-04T10:00"));

    d.at(shanghai("2025-04-03T09:00"))
        .by(Actor.PLATFORM, new CaseCommand.ClassifyComplex("Needs a third-party appraisal"));
    assertThat(d.current().deadline(DeadlineKind.PLATFORM_FIRST_JUDGMENT)).isEmpty();
    // Counted from the escalation on Wednesday 2 April: Thu 3, (Qingming Fri 4 to Sun 6), Mon 7, Tue 8.
    Deadline complex = d.deadline(DeadlineKind.PLATFORM_COMPLEX_JUDGMENT);
    assertThat(complex.dueAt()).isEqualTo(shanghai("2025-04-09T00:00"));
    assertThat(complex.rule().defaultAction()).isEqualTo(DefaultAction.RULE_FOR_BUYER);
    // Five working days for the final ruling: Thu 3, Mon 7, Tue 8, Wed 9, Thu 10.
    assertThat(d.deadline(DeadlineKind.PLATFORM_RULING).dueAt()).isEqualTo(shanghai("2025-04-11T00:00"));
    assertThat(d.timelineTexts()).contains("Platform classified the dispute as complex: Needs a third-party appraisal");

    assertThat(d.sweepAt(shanghai("2025-04-04T10:00")).applied()).as("the simple limit no longer applies").isZero();
    d.sweepAt(complex.dueAt().minusSeconds(1));
    assertThat(d.events(CaseEvent.DeadlineExpired.class)).as("only the 24 h reminder before the limit").isEmpty();
    assertThat(d.state()).isEqualTo(CaseState.ARBITRATING_REJECTION);

    assertThat(d.sweepAt(complex.dueAt()).applied()).isEqualTo(1);
    assertThat(expiries(d, DeadlineKind.PLATFORM_COMPLEX_JUDGMENT)).hasSize(1);
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    d.assertReplayable();
  }

  @Test
  void seedRule_aComplexDisputeJudgedFirstInTime_waitsForTheFinalRulingOnly() {
    SeedCaseDriver d = escalatedRefundOnly();
    d.by(Actor.PLATFORM, new CaseCommand.ClassifyComplex("Two appraisals disagree"));
    d.at(T0.plus(Duration.ofHours(60))).by(Actor.PLATFORM, new CaseCommand.GiveFirstJudgment("Leaning to the buyer"));
    assertThat(d.current().deadlines()).extracting(Deadline::kind).containsExactly(DeadlineKind.PLATFORM_RULING);
    d.by(Actor.PLATFORM, new CaseCommand.RuleForMerchant("The goods were used"));
    assertThat(d.state()).isEqualTo(CaseState.CLOSED);
  }

  @Test
  void seedRule_platformReviewTimedOut_aLateFirstJudgmentOrClassificationIsRefused_DEADLINE_PASSED() {
    SeedCaseDriver d = escalatedRefundOnly();
    d.at(T0.plus(Duration.ofHours(48)));
    Rejection late = d.refused(Actor.PLATFORM, new CaseCommand.GiveFirstJudgment("Sorry for the wait"));
    assertThat(late.code()).isEqualTo(RejectionCode.DEADLINE_PASSED);
    assertThat(late.rule()).isEqualTo("deadline:PLATFORM_FIRST_JUDGMENT");
    assertThat(d.refused(Actor.PLATFORM, new CaseCommand.ClassifyComplex("Too late")).code())
        .as("classifying late would dodge the default").isEqualTo(RejectionCode.DEADLINE_PASSED);
  }

  @Test
  void aDisputeIsClassifiedAndJudgedFirstOnce_perEscalation() {
    SeedCaseDriver d = escalatedRefundOnly();
    d.by(Actor.PLATFORM, new CaseCommand.ClassifyComplex("Needs an appraisal"));
    Rejection twice = d.refused(Actor.PLATFORM, new CaseCommand.ClassifyComplex("Really complex"));
    assertThat(twice.code()).isEqualTo(RejectionCode.GUARD_FAILED);
    assertThat(twice.rule()).isEqualTo("guard:NOT_YET_CLASSIFIED");
    d.by(Actor.PLATFORM, new CaseCommand.GiveFirstJudgment("Appraisal pending"));
    assertThat(d.refused(Actor.PLATFORM, new CaseCommand.GiveFirstJudgment("Again")).rule())
        .isEqualTo("guard:FIRST_JUDGMENT_PENDING");
    assertThat(d.refused(Actor.PLATFORM, new CaseCommand.ClassifyComplex("After judging")).rule())
        .isEqualTo("guard:FIRST_JUDGMENT_PENDING");
  }

  @Test
  void onlyThePlatformClassifiesOrJudges_aPartyIsRefused_ACTOR_NOT_ALLOWED() {
    SeedCaseDriver d = escalatedRefundOnly();
    for (Actor party : new Actor[] {Actor.MERCHANT, Actor.BUYER}) {
      assertThat(d.refused(party, new CaseCommand.ClassifyComplex("It is complex")).code())
          .isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
      assertThat(d.refused(party, new CaseCommand.GiveFirstJudgment("I win")).code())
          .isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
    }
    SeedCaseDriver notEscalated = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    assertThat(notEscalated.refused(Actor.PLATFORM, new CaseCommand.GiveFirstJudgment("Nothing to judge")).code())
        .isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE);
  }

  // ------------------------------------------------------------------ complaints

  @Test
  void seedRule_complaintHandledWithin24Hours_theAnswerStopsTheClockAndTheCaseStaysWhereItIs() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    Deadline merchant = d.deadline(DeadlineKind.MERCHANT_RESPONSE);
    d.at(T0.plus(Duration.ofHours(1)))
        .by(Actor.BUYER, new CaseCommand.FileComplaint("Nobody answers my messages", List.of(SeedCaseDriver.photo("chat"))));
    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
    Deadline complaint = d.deadline(DeadlineKind.COMPLAINT_HANDLING);
    assertThat(complaint.dueAt()).isEqualTo(T0.plus(Duration.ofHours(25)));
    assertThat(d.events(CaseEvent.DeadlineStarted.class)).filteredOn(e -> e.deadline().id().equals(complaint.id()))
        .singleElement().satisfies(e -> assertThat(e.awaiting()).isEqualTo(Actor.PLATFORM));
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE)).as("the state's own clock is untouched").isEqualTo(merchant);
    assertThat(d.current().evidence()).hasSize(2);

    // Asking the buyer pauses the merchant's clock, not the platform's; approving moves the case, not the clock.
    d.by(Actor.MERCHANT, new CaseCommand.RequestInfo("Which colour?"));
    assertThat(d.deadline(DeadlineKind.COMPLAINT_HANDLING)).isEqualTo(complaint);
    d.by(Actor.BUYER, new CaseCommand.SupplyInfo("Red", List.of())).approve();
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
    assertThat(d.deadline(DeadlineKind.COMPLAINT_HANDLING)).isEqualTo(complaint);

    d.at(T0.plus(Duration.ofHours(20))).by(Actor.PLATFORM, new CaseCommand.AnswerComplaint("We reminded the shop"));
    assertThat(d.current().deadline(DeadlineKind.COMPLAINT_HANDLING)).isEmpty();
    assertThat(d.current().complaintOpen()).isFalse();
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
    assertThat(d.timelineTexts()).contains("Buyer complained about the handling: Nobody answers my messages",
        "Platform answered the complaint: We reminded the shop");
    d.sweepAt(T0.plus(Duration.ofHours(25)));
    assertThat(expiries(d, DeadlineKind.COMPLAINT_HANDLING)).as("nothing left to fire at the old limit").isEmpty();
    assertThat(d.events(CaseEvent.AlertRaised.class)).isEmpty();
    d.assertReplayable();
  }

  @Test
  void seedRule_complaintNotHandledIn24Hours_alertsThePlatformOncePerPeriod_andChangesNothingElse() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY).approve();
    d.at(T0.plus(Duration.ofHours(1))).by(Actor.BUYER, new CaseCommand.FileComplaint("Where is my refund?", List.of()));
    Deadline complaint = d.deadline(DeadlineKind.COMPLAINT_HANDLING);
    assertThat(complaint.rule().defaultAction()).isEqualTo(DefaultAction.RAISE_ALERT);

    d.sweepAt(complaint.dueAt().minusSeconds(1));
    assertThat(d.events(CaseEvent.AlertRaised.class)).isEmpty();
    assertThat(d.events(CaseEvent.ReminderSent.class)).filteredOn(r -> r.kind() == DeadlineKind.COMPLAINT_HANDLING)
        .singleElement().satisfies(r -> assertThat(r.awaiting()).isEqualTo(Actor.PLATFORM));

    assertThat(d.sweepAt(complaint.dueAt()).applied()).isEqualTo(1);
    assertThat(d.sweepAt(complaint.dueAt()).applied()).as("the same limit fires once").isZero();
    assertThat(expiries(d, DeadlineKind.COMPLAINT_HANDLING)).containsExactly(
        new CaseEvent.DeadlineExpired(complaint.id(), DeadlineKind.COMPLAINT_HANDLING, DefaultAction.RAISE_ALERT));
    assertThat(d.events(CaseEvent.AlertRaised.class))
        .containsExactly(new CaseEvent.AlertRaised(DeadlineKind.COMPLAINT_HANDLING, Actor.PLATFORM));
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(d.current().complaintOpen()).isTrue();
    assertThat(d.timelineTexts()).contains("Alert to the platform: overdue, still waiting for "
        + DeadlineKind.COMPLAINT_HANDLING.awaited());

    // Still unanswered: the alert repeats a period later, until the platform answers.
    Deadline again = d.deadline(DeadlineKind.COMPLAINT_HANDLING);
    assertThat(again.id()).isNotEqualTo(complaint.id());
    assertThat(again.dueAt()).isEqualTo(complaint.dueAt().plus(Duration.ofHours(24)));
    d.by(Actor.PLATFORM, new CaseCommand.AnswerComplaint("The payment provider is slow; we are on it"));
    assertThat(d.current().deadline(DeadlineKind.COMPLAINT_HANDLING)).isEmpty();
    d.assertReplayable();
  }

  @Test
  void complaintsPerCaseAreCappedByThePolicy_oneOpenAtATime_GUARD_FAILED() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    assertThat(SlaPolicy.seedDefaults().maxComplaints()).isEqualTo(2);
    d.by(Actor.BUYER, new CaseCommand.FileComplaint("Slow", List.of()));
    Rejection open = d.refused(Actor.BUYER, new CaseCommand.FileComplaint("Still slow", List.of()));
    assertThat(open.code()).isEqualTo(RejectionCode.GUARD_FAILED);
    assertThat(open.rule()).isEqualTo("guard:NO_COMPLAINT_OPEN");
    d.by(Actor.PLATFORM, new CaseCommand.AnswerComplaint("Noted"));
    assertThat(d.refused(Actor.PLATFORM, new CaseCommand.AnswerComplaint("Noted twice")).rule())
        .isEqualTo("guard:COMPLAINT_OPEN");
    d.by(Actor.BUYER, new CaseCommand.FileComplaint("Slow again", List.of()))
        .by(Actor.PLATFORM, new CaseCommand.AnswerComplaint("Noted again"));
    Rejection third = d.refused(Actor.BUYER, new CaseCommand.FileComplaint("A third time", List.of()));
    assertThat(third.rule()).isEqualTo("guard:COMPLAINTS_LEFT");
    assertThat(third.message()).contains("2", "maxComplaints");
    assertThat(d.current().complaints()).isEqualTo(2);
  }

  @Test
  void onlyTheCasesBuyerComplains_andOnlyThePlatformAnswers() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    assertThat(d.refused(Actor.MERCHANT, new CaseCommand.FileComplaint("The buyer is rude", List.of())).code())
        .isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
    assertThat(d.refused(Actor.PLATFORM, new CaseCommand.FileComplaint("On behalf", List.of())).code())
        .isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
    d.by(Actor.BUYER, new CaseCommand.FileComplaint("Slow", List.of()));
    for (Actor notPlatform : new Actor[] {Actor.BUYER, Actor.MERCHANT}) {
      assertThat(d.refused(notPlatform, new CaseCommand.AnswerComplaint("Handled")).code())
          .isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
    }
    WrongBuyer.assertRefused(d);
  }

  @Test
  void anEndedCaseRefusesComplaints_endingStopsTheClock_andTheAnswerIsStillOwed() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    d.by(Actor.BUYER, new CaseCommand.FileComplaint("Slow", List.of()));
    d.by(Actor.BUYER, new CaseCommand.Withdraw("Sorted it out myself"));
    assertThat(d.state()).isEqualTo(CaseState.CLOSED);
    assertThat(d.current().deadlines()).as("ending the case stops the complaint clock").isEmpty();
    assertThat(d.events(CaseEvent.DeadlineCancelled.class)).extracting(CaseEvent.DeadlineCancelled::kind)
        .contains(DeadlineKind.COMPLAINT_HANDLING);

    d.by(Actor.PLATFORM, new CaseCommand.AnswerComplaint("Sorry for the delay"));
    Rejection ended = d.refused(Actor.BUYER, new CaseCommand.FileComplaint("Another one", List.of()));
    assertThat(ended.code()).isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE);
    assertThat(ended.message()).contains("FILE_COMPLAINT", "CLOSED");
  }

  @Test
  void aComplaintClockWhoseMissIsNotAnAlert_isAnInvalidPolicy() {
    assertThatThrownBy(() -> SlaPolicy.seedBuilder()
        .rule(DeadlineKind.COMPLAINT_HANDLING, SlaRule.of(SlaLimit.hours(24), DefaultAction.APPROVE)).build())
        .isInstanceOf(InvalidSlaPolicyException.class)
        .hasMessageContaining("COMPLAINT_HANDLING")
        .hasMessageContaining("APPROVE");
  }

  @Test
  void aPolicyWithoutAComplaintLimit_takesComplaintsWithoutAClock() {
    Harness h = new Harness(TenantPolicy.of(SlaPolicy.seedBuilder().noLimit(DeadlineKind.COMPLAINT_HANDLING).build(),
        Fixtures.seedPolicy().calendar(), Fixtures.WAREHOUSE));
    SeedCaseDriver d = SeedCaseDriver.open(h, CaseType.REFUND_ONLY, Reason.QUALITY_DEFECT);
    d.by(Actor.BUYER, new CaseCommand.FileComplaint("Slow", List.of()));
    assertThat(d.current().complaintOpen()).isTrue();
    assertThat(d.current().deadline(DeadlineKind.COMPLAINT_HANDLING)).isEmpty();
    d.by(Actor.PLATFORM, new CaseCommand.AnswerComplaint("Noted"));
    assertThat(d.current().complaintOpen()).isFalse();
  }

  /** Another buyer may not complain on this buyer's case. */
  private static final class WrongBuyer {
    static void assertRefused(SeedCaseDriver d) {
      var outcome = d.h.service.handle(org.aftersales.casefile.CommandEnvelope.to(Fixtures.SHOP, d.c().id(), Actor.BUYER,
          Fixtures.OTHER_BUYER, d.h.nextKey(), new CaseCommand.FileComplaint("Me too", List.of())));
      assertThat(outcome).isInstanceOf(CommandOutcome.Rejected.class);
      assertThat(((CommandOutcome.Rejected) outcome).rejection().code()).isEqualTo(RejectionCode.WRONG_PARTY);
    }
  }
}
