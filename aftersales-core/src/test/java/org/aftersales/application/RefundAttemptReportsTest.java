package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Guard;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.testing.SeedCaseDriver;
import org.junit.jupiter.api.Test;

/**
 * Payment providers report late, twice, and out of order. Each report names its refund attempt, so
 * none of them can make the system pay the buyer a second time.
 */
class RefundAttemptReportsTest {

  /** Refund failed once and was retried: attempt 2 is in flight. */
  private static SeedCaseDriver secondAttemptInFlight() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY).approve()
        .by(Actor.SYSTEM, new CaseCommand.ReportRefundFailure(1, "gateway timed out"))
        .by(Actor.PLATFORM, new CaseCommand.RetryRefund());
    assertThat(d.current().refundAttempts()).isEqualTo(2);
    return d;
  }

  @Test
  void aRepeatedFailureReportOfAnEarlierAttempt_isRefused_andRequestsNoFurtherRefund() {
    SeedCaseDriver d = secondAttemptInFlight();

    var refusal = d.refused(Actor.SYSTEM, new CaseCommand.ReportRefundFailure(1, "gateway timed out"));

    assertThat(refusal.code()).isEqualTo(RejectionCode.GUARD_FAILED);
    assertThat(refusal.rule()).isEqualTo("guard:" + Guard.REFUND_ATTEMPT_IN_FLIGHT.name());
    assertThat(refusal.message()).contains("attempt 1", "attempt 2");
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(d.events(CaseEvent.RefundRequested.class)).hasSize(2);
  }

  @Test
  void aLateSuccessOfTheFirstAttempt_completesTheCase_andNamesTheAttemptForReconciliation() {
    SeedCaseDriver d = secondAttemptInFlight();

    d.by(Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "alipay-rf-1"));

    assertThat(d.state()).isEqualTo(CaseState.COMPLETED);
    assertThat(d.current().outcome()).contains(CaseOutcome.REFUNDED);
    assertThat(d.events(CaseEvent.RefundConfirmed.class)).singleElement()
        .satisfies(confirmed -> assertThat(confirmed.attempt()).isEqualTo(1));
  }

  @Test
  void aProviderConfirmingAfterItReportedFailure_completesTheCase_insteadOfARetryPayingAgain() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY).approve()
        .by(Actor.SYSTEM, new CaseCommand.ReportRefundFailure(1, "gateway timed out"));
    assertThat(d.state()).isEqualTo(CaseState.REFUND_FAILED);

    d.by(Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "alipay-rf-1"));

    assertThat(d.state()).isEqualTo(CaseState.COMPLETED);
    assertThat(d.events(CaseEvent.RefundRequested.class)).as("no second payment").hasSize(1);
    assertThat(d.current().deadlines()).as("the retry timer is gone").isEmpty();
  }

  @Test
  void aLateSuccessAfterTheRetryLimitPassed_stillCompletesTheCase_beforeTheSweeperRetries() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY).approve()
        .by(Actor.SYSTEM, new CaseCommand.ReportRefundFailure(1, "gateway timed out"));
    Instant retryDue = d.deadline(DeadlineKind.REFUND_RETRY).dueAt();

    d.at(retryDue.plus(Duration.ofMinutes(5))).by(Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "alipay-rf-1"));
    d.sweepAt(retryDue.plus(Duration.ofMinutes(10)));

    assertThat(d.state()).isEqualTo(CaseState.COMPLETED);
    assertThat(d.events(CaseEvent.RefundRequested.class)).as("no second payment").hasSize(1);
  }

  @Test
  void aConfirmationOfAnAttemptNeverRequested_isRefused() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY).approve();

    var refusal = d.refused(Actor.SYSTEM, new CaseCommand.ConfirmRefund(2, "alipay-rf-2"));

    assertThat(refusal.rule()).isEqualTo("guard:" + Guard.REFUND_ATTEMPT_REQUESTED.name());
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(d.events(CaseEvent.RefundConfirmed.class)).isEqualTo(List.of());
  }
}
