package org.aftersales.application;

import static org.aftersales.testing.SeedCaseDriver.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.store.DueTimer;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.SeedCaseDriver;
import org.junit.jupiter.api.Test;

/**
 * Who wins when a party acts at the limit, and what a sweeper learns when it loses: the outcome
 * must follow the policy, never the sweeper's delay.
 */
class LateAndStaleCommandsTest {

  private static final Instant T0 = Fixtures.WED_2025_03_05_10_00;

  @Test
  void merchantRejectingAfterTheSeed24Hours_isRefused_andTheDefaultApprovalComesFirst() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    d.at(T0.plus(Duration.ofHours(30)));

    var refusal = d.refused(Actor.MERCHANT, new CaseCommand.Reject("too late to say no", List.of()));

    assertThat(refusal.code()).isEqualTo(RejectionCode.DEADLINE_PASSED);
    assertThat(refusal.rule()).isEqualTo("deadline:MERCHANT_RESPONSE");
    assertThat(refusal.message()).contains("the merchant to respond", "APPROVE");
    d.sweepAt(T0.plus(Duration.ofHours(30)));
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
  }

  @Test
  void merchantRejectingOneSecondBeforeTheLimit_wins() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    d.at(T0.plus(Duration.ofHours(24)).minusSeconds(1)).reject();
    assertThat(d.state()).isEqualTo(CaseState.REJECTED);
  }

  @Test
  void aPassedLimitDoesNotStopWhatLeavesTheCaseWhereItIs() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    d.at(T0.plus(Duration.ofHours(30)))
        .by(Actor.BUYER, new CaseCommand.AddEvidence(List.of(SeedCaseDriver.photo("late"))));
    assertThat(d.events(CaseEvent.EvidenceAdded.class)).hasSize(1);
  }

  @Test
  void anOverdueAlertDoesNotBlockTheParties() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY).approve();
    Deadline settlement = d.deadline(DeadlineKind.REFUND_SETTLEMENT);
    d.at(settlement.dueAt().plus(Duration.ofHours(1)))
        .by(Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "pay-late"));
    assertThat(d.state()).isEqualTo(CaseState.COMPLETED);
  }

  @Test
  void systemApprovingWithoutCitingADeadline_isRefused_soNoCallbackCanForceADefaultAction() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    var refusal = d.refused(Actor.SYSTEM, new CaseCommand.Approve());
    assertThat(refusal.code()).isEqualTo(RejectionCode.DEADLINE_NOT_CITED);
    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
  }

  @Test
  void sweeperThatLostTheRaceToTheMerchant_learnsItsTimerIsStale() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    Instant due = T0.plus(Duration.ofHours(24));
    List<DueTimer> claimed = d.h.store.claimDue(due, 10, "slow-node", Duration.ofMinutes(5));
    DueTimer expiry = claimed.stream().filter(t -> !t.isReminder()).findFirst().orElseThrow();
    // The merchant answered just in time, after the claim but before the slow node applied it.
    d.at(due.minusSeconds(1)).reject();

    d.at(due);
    CommandOutcome late = d.h.service.handle(CommandEnvelope.fromDeadline(Fixtures.SHOP, d.c().id(),
        expiry.deadlineId(), IdempotencyKey.of("deadline:" + expiry.id()), new CaseCommand.Approve()));

    assertThat(late).isInstanceOfSatisfying(CommandOutcome.Rejected.class,
        r -> assertThat(r.rejection().code()).isEqualTo(RejectionCode.DEADLINE_NOT_RUNNING));
    assertThat(d.state()).isEqualTo(CaseState.REJECTED);
  }

  @Test
  void aResumedClockDropsRemindersWhoseMomentPassedWhilePaused() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    // 20 h of the merchant's 24 h gone: the "6 h left" reminder is 2 h away when the clock pauses.
    d.at(T0.plus(Duration.ofHours(20))).by(Actor.MERCHANT, new CaseCommand.RequestInfo("Which order line?"));
    d.at(shanghai("2025-03-07T09:00")).by(Actor.BUYER, new CaseCommand.SupplyInfo("Line 2", List.of()));

    Deadline resumed = d.deadline(DeadlineKind.MERCHANT_RESPONSE);
    assertThat(resumed.dueAt()).isEqualTo(shanghai("2025-03-07T13:00"));
    assertThat(resumed.pendingReminders()).as("4 h left: a '6 h left' reminder would be wrong").isEmpty();
  }
}
