package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.InstantRefund;
import org.aftersales.casefile.InstantRefunds;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.Rejection;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.casefile.Ruling;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.money.Money;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.SeedCaseDriver;
import org.junit.jupiter.api.Test;

/**
 * Instant refunds (极速退款) in the lifecycle, for the seed line "small no-reason returns from trusted
 * buyers may be refunded automatically": the money goes when the buyer ships the return, the goods go
 * on through transit, receipt and inspection, and the goods are refunded once whatever comes after.
 */
class InstantRefundExamplesTest {

  /** The tenant's rule, as the policy module's would answer: no-reason returns only. */
  private static final InstantRefunds NO_REASON_ONLY = (shipped, now) ->
      shipped.reason() == Reason.CHANGED_MIND ? Optional.of("shop.instant-refund") : Optional.empty();

  private static SeedCaseDriver shippedNoReasonReturn() {
    Harness h = new Harness(Fixtures.seedPolicy().withInstantRefunds(NO_REASON_ONLY));
    return SeedCaseDriver.open(h, CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND).approve().provideAddress()
        .shipReturn();
  }

  private static void confirm(SeedCaseDriver d) {
    d.by(Actor.SYSTEM, new CaseCommand.ConfirmRefund(d.current().refundAttempts(), "pay-" + d.c().id()));
  }

  @Test
  void seedInstantRefund_noReasonReturnShippedWithTracking_isRefundedAtOnce_beforeInspection() {
    SeedCaseDriver d = shippedNoReasonReturn();

    assertThat(d.state()).isEqualTo(CaseState.RETURN_IN_TRANSIT);
    assertThat(d.events(CaseEvent.InstantRefundGranted.class)).singleElement()
        .isEqualTo(new CaseEvent.InstantRefundGranted("shop.instant-refund", d.c().amountPaid()));
    assertThat(d.events(CaseEvent.RefundRequested.class)).singleElement()
        .isEqualTo(new CaseEvent.RefundRequested(d.c().amountPaid(), 1));
    assertThat(d.current().instantRefund()).contains(new InstantRefund("shop.instant-refund", InstantRefund.Status.IN_FLIGHT));
    assertThat(d.events(CaseEvent.DeadlineStarted.class)).filteredOn(e -> e.deadline().kind() == DeadlineKind.REFUND_SETTLEMENT)
        .singleElement().extracting(CaseEvent.DeadlineStarted::awaiting).isEqualTo(Actor.SYSTEM);
    assertThat(d.current().deadline(DeadlineKind.RETURN_TRANSIT)).isPresent();
    assertThat(d.timelineTexts()).contains(
        "Instant refund of CNY 160.00 granted on shipping the return, before inspection (rule shop.instant-refund)");
    d.assertReplayable();
  }

  @Test
  void seedInstantRefund_confirmedInTransit_thePassedInspectionCompletesRefunded_withoutASecondRefund() {
    SeedCaseDriver d = shippedNoReasonReturn();
    confirm(d);
    assertThat(d.state()).as("the goods are still on their way").isEqualTo(CaseState.RETURN_IN_TRANSIT);
    assertThat(d.current().refunded()).isEqualTo(d.c().amountPaid());
    assertThat(d.current().deadline(DeadlineKind.REFUND_SETTLEMENT)).isEmpty();

    d.by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered()).confirmReceipt().passInspection();

    assertThat(d.state()).isEqualTo(CaseState.COMPLETED);
    assertThat(d.current().outcome()).contains(CaseOutcome.REFUNDED);
    assertThat(d.events(CaseEvent.RefundRequested.class)).hasSize(1);
    assertThat(d.events(CaseEvent.StateChanged.class)).extracting(CaseEvent.StateChanged::to).containsExactly(
        CaseState.AWAITING_RETURN_ADDRESS, CaseState.AWAITING_RETURN_SHIPMENT, CaseState.RETURN_IN_TRANSIT,
        CaseState.RETURN_DELIVERED, CaseState.INSPECTING, CaseState.COMPLETED);
    Rejection again = d.refused(Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "pay-twice"));
    assertThat(again.code()).isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE);
    d.assertReplayable();
  }

  @Test
  void seedInstantRefund_stillInFlightWhenInspectionPasses_theSameAttemptSettlesTheCase() {
    SeedCaseDriver d = shippedNoReasonReturn();
    d.by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered()).confirmReceipt().passInspection();

    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(d.events(CaseEvent.RefundRequested.class)).as("no second request").hasSize(1);
    confirm(d);
    assertThat(d.current().outcome()).contains(CaseOutcome.REFUNDED);
    assertThat(d.current().refunded()).isEqualTo(d.c().amountPaid());
  }

  @Test
  void seedInstantRefund_failsInTransit_isRetriedBesideTheGoods_whichMoveOnMeanwhile() {
    SeedCaseDriver d = shippedNoReasonReturn();
    d.by(Actor.SYSTEM, new CaseCommand.ReportRefundFailure(1, "card closed"));
    assertThat(d.current().instantRefund().orElseThrow().status()).isEqualTo(InstantRefund.Status.FAILED);
    assertThat(d.current().deadline(DeadlineKind.REFUND_RETRY)).isPresent();

    d.by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered());
    assertThat(d.current().deadline(DeadlineKind.REFUND_RETRY)).as("runs on beside the goods").isPresent();
    d.sweepAt(d.h.clock.instant().plus(Duration.ofHours(1)));

    assertThat(d.state()).isEqualTo(CaseState.RETURN_DELIVERED);
    assertThat(d.events(CaseEvent.RefundRequested.class)).extracting(CaseEvent.RefundRequested::attempt)
        .containsExactly(1, 2);
    confirm(d);
    d.confirmReceipt().passInspection();
    assertThat(d.current().outcome()).contains(CaseOutcome.REFUNDED);
    assertThat(d.events(CaseEvent.RefundConfirmed.class)).hasSize(1);
  }

  @Test
  void seedInstantRefund_failedInspection_isRecorded_theGoodsGoBack_andTheMoneyStaysWithTheBuyer() {
    SeedCaseDriver d = shippedNoReasonReturn();
    confirm(d);
    d.by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered()).confirmReceipt().failInspection();
    assertThat(d.state()).isEqualTo(CaseState.GOODS_REFUSED);
    assertThat(d.events(CaseEvent.InspectionFailed.class)).hasSize(1);

    d.escalate(Actor.BUYER);
    Rejection partial = d.refused(Actor.PLATFORM,
        new CaseCommand.RulePartialRefund(Money.of(5_000, "CNY"), "half back"));
    assertThat(partial.rule()).isEqualTo("guard:NO_INSTANT_REFUND");
    d.by(Actor.PLATFORM, new CaseCommand.RuleForMerchant("used goods"))
        .by(Actor.MERCHANT, new CaseCommand.ShipGoodsBack(new org.aftersales.casefile.Shipment("SF", "BACK-1")))
        .by(Actor.SYSTEM, new CaseCommand.ReportOutboundDelivered());

    assertThat(d.current().outcome()).contains(CaseOutcome.SENT_BACK);
    assertThat(d.current().refunded()).as("no clawback is modelled: the merchant seeks recovery outside the case")
        .isEqualTo(d.c().amountPaid());
    assertThat(d.events(CaseEvent.Ruled.class)).extracting(CaseEvent.Ruled::ruling).containsExactly(Ruling.FOR_MERCHANT);
    d.assertReplayable();
  }

  @Test
  void seedInstantRefund_failedThenTheRefusalStands_isNoLongerRetried_theBuyerWhoKeepsTheGoodsIsOwedNothing() {
    SeedCaseDriver d = shippedNoReasonReturn();
    d.by(Actor.SYSTEM, new CaseCommand.ReportRefundFailure(1, "card closed"));
    d.by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered()).confirmReceipt().failInspection()
        .by(Actor.BUYER, new CaseCommand.AcceptDecision());
    assertThat(d.state()).isEqualTo(CaseState.GOODS_TO_SEND_BACK);

    assertThat(d.current().deadline(DeadlineKind.REFUND_RETRY)).as("no retry once the refusal stands").isEmpty();
    assertThat(d.refused(Actor.PLATFORM, new CaseCommand.RetryRefund()).code())
        .isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE);
    d.sweepAt(d.h.clock.instant().plus(Duration.ofHours(2)));
    assertThat(d.events(CaseEvent.RefundRequested.class)).as("only the granted attempt").hasSize(1);
    d.assertReplayable();
  }

  @Test
  void seedInstantRefund_failedThenRuledForTheMerchant_isNoLongerRetriedWhileTheGoodsGoBack() {
    SeedCaseDriver d = shippedNoReasonReturn();
    d.by(Actor.SYSTEM, new CaseCommand.ReportRefundFailure(1, "card closed"));
    d.by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered()).confirmReceipt().failInspection()
        .escalate(Actor.BUYER).by(Actor.PLATFORM, new CaseCommand.RuleForMerchant("water damage by the buyer"));
    assertThat(d.state()).isEqualTo(CaseState.GOODS_TO_SEND_BACK);

    d.sweepAt(d.h.clock.instant().plus(Duration.ofHours(2)));
    assertThat(d.events(CaseEvent.RefundRequested.class)).as("only the granted attempt").hasSize(1);
    assertThat(d.current().refunded().isZero()).isTrue();
  }

  @Test
  void seedInstantRefund_retriesUsedUpBesideTheGoods_passingInspectionLeavesItToThePlatform_noFurtherAttempt() {
    SeedCaseDriver d = shippedNoReasonReturn();
    int allowed = Fixtures.seedPolicy().sla().automaticRefundAttempts();
    for (int attempt = 1; attempt < allowed; attempt++) {
      d.by(Actor.SYSTEM, new CaseCommand.ReportRefundFailure(attempt, "card closed"));
      d.sweepAt(d.h.clock.instant().plus(Duration.ofHours(1)));
    }
    d.by(Actor.SYSTEM, new CaseCommand.ReportRefundFailure(allowed, "card closed"));
    assertThat(d.events(CaseEvent.RefundRetriesExhausted.class)).singleElement()
        .isEqualTo(new CaseEvent.RefundRetriesExhausted(allowed));

    d.by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered()).confirmReceipt().passInspection();

    assertThat(d.state()).as("the money stands failed; a person settles it").isEqualTo(CaseState.REFUND_FAILED);
    assertThat(d.current().refundAttempts()).isEqualTo(allowed);
    assertThat(d.events(CaseEvent.RefundRequested.class)).hasSize(allowed);
    assertThat(d.events(CaseEvent.RefundRetriesExhausted.class)).as("said once").hasSize(1);
    d.by(Actor.PLATFORM, new CaseCommand.RetryRefund());
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    confirm(d);
    assertThat(d.current().outcome()).contains(CaseOutcome.REFUNDED);
    d.assertReplayable();
  }

  @Test
  void seedInstantRefund_failedWhenInspectionPasses_waitsForItsRetryClock_asAFailedRefundDoes() {
    SeedCaseDriver d = shippedNoReasonReturn();
    d.by(Actor.SYSTEM, new CaseCommand.ReportRefundFailure(1, "bank offline"));
    java.time.Instant retryDue = d.current().deadline(DeadlineKind.REFUND_RETRY).orElseThrow().dueAt();

    d.by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered()).confirmReceipt().passInspection();

    assertThat(d.state()).isEqualTo(CaseState.REFUND_FAILED);
    assertThat(d.events(CaseEvent.RefundRequested.class)).as("no attempt before the retry is due").hasSize(1);
    assertThat(d.current().deadline(DeadlineKind.REFUND_RETRY).orElseThrow().dueAt()).isEqualTo(retryDue);
    d.sweepAt(retryDue);
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(d.events(CaseEvent.RefundRequested.class)).extracting(CaseEvent.RefundRequested::attempt)
        .containsExactly(1, 2);
    d.assertReplayable();
  }

  @Test
  void seedInstantRefund_aCaseThatEndedWhileTheMoneyWasInFlight_stillRecordsTheProvidersConfirmation() {
    SeedCaseDriver d = shippedNoReasonReturn();
    d.by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered()).confirmReceipt().failInspection()
        .by(Actor.BUYER, new CaseCommand.AcceptDecision())
        .by(Actor.PLATFORM, new CaseCommand.RuleForMerchant("nothing came back to send"));
    assertThat(d.state()).isEqualTo(CaseState.CLOSED);
    assertThat(d.current().deadlines()).isEmpty();

    confirm(d);
    assertThat(d.state()).isEqualTo(CaseState.CLOSED);
    assertThat(d.current().instantRefund().orElseThrow().status()).isEqualTo(InstantRefund.Status.CONFIRMED);
    assertThat(d.refused(Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "again")).rule())
        .isEqualTo("guard:INSTANT_REFUND_UNSETTLED");
  }

  @Test
  void aQualityReturnTheRuleDoesNotCover_waitsForItsInspectionAsUsual() {
    Harness h = new Harness(Fixtures.seedPolicy().withInstantRefunds(NO_REASON_ONLY));
    SeedCaseDriver d = SeedCaseDriver.open(h, CaseType.RETURN_AND_REFUND, Reason.QUALITY_DEFECT).approve()
        .provideAddress().shipReturn();
    assertThat(d.events(CaseEvent.InstantRefundGranted.class)).isEmpty();
    assertThat(d.events(CaseEvent.RefundRequested.class)).isEmpty();
    assertThat(d.refused(Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "early")).rule())
        .isEqualTo("guard:INSTANT_REFUND_UNSETTLED");
    d.by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered()).confirmReceipt().passInspection();
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(d.events(CaseEvent.RefundRequested.class)).hasSize(1);
  }

  @Test
  void exchangesNeverGetAnInstantRefund_theirTableHasNoMoneyBesideTheGoods() {
    Harness h = new Harness(Fixtures.seedPolicy().withInstantRefunds((c, now) -> Optional.of("always")));
    SeedCaseDriver d = SeedCaseDriver.open(h, CaseType.EXCHANGE, Reason.CHANGED_MIND).approve().provideAddress()
        .shipReturn();
    assertThat(d.events(CaseEvent.InstantRefundGranted.class)).isEmpty();
    assertThat(d.current().instantRefund()).isEmpty();
  }

  @Test
  void aTenantPolicyWithoutInstantRefundsGrantsNone() {
    assertThat(Fixtures.seedPolicy().instantRefunds()).isSameAs(InstantRefunds.NONE);
    assertThat(InstantRefunds.none().ruleFor(null, null)).isEmpty();
    assertThat(List.of(Fixtures.seedPolicy().withInstantRefunds(NO_REASON_ONLY).instantRefunds()))
        .containsExactly(NO_REASON_ONLY);
  }
}
