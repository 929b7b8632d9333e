package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Rating;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.Rejection;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.casefile.RepairPlan;
import org.aftersales.casefile.Ruling;
import org.aftersales.casefile.Shipment;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.money.Money;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.SeedCaseDriver;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every flow of the seed rules, end to end, for each case type. The case's lines were paid
 * CNY 129.00 + CNY 31.00 = CNY 160.00.
 */
class SeedFlowExamplesTest {

  private static final Money PAID = Money.of(16_000, "CNY");
  private static final Money FIFTY = Money.of(5_000, "CNY");

  private static SeedCaseDriver open(CaseType type) {
    return SeedCaseDriver.open(type);
  }

  /** The case ended with this outcome, has no clocks or timers left, and replays to itself. */
  private static void assertEnded(SeedCaseDriver d, CaseState state, CaseOutcome outcome) {
    assertThat(d.state()).isEqualTo(state);
    assertThat(d.current().outcome()).contains(outcome);
    assertThat(d.current().deadlines()).isEmpty();
    assertThat(d.h.store.scheduledTimers()).as("timers left").isZero();
    assertThat(d.events(CaseEvent.StateChanged.class)).last()
        .satisfies(e -> assertThat(e.outcome()).contains(outcome));
    d.assertReplayable();
  }

  private static void confirmRefund(SeedCaseDriver d) {
    d.by(Actor.SYSTEM, new CaseCommand.ConfirmRefund(d.current().refundAttempts(), "pay-" + d.c().id()));
  }

  /** The buyer rates once after the end; a second rating is refused by the guard and writes nothing. */
  private static void assertRatesOnce(SeedCaseDriver d) {
    d.by(Actor.BUYER, new CaseCommand.Rate(new Rating(4, "fair")));
    assertThat(d.current().rating()).contains(new Rating(4, "fair"));
    assertThat(d.timelineTexts()).last().isEqualTo("Buyer rated the handling 4/5");
    Rejection again = d.refused(Actor.BUYER, new CaseCommand.Rate(new Rating(1, "changed my mind")));
    assertThat(again.code()).isEqualTo(RejectionCode.GUARD_FAILED);
    assertThat(again.rule()).isEqualTo("guard:NOT_YET_RATED");
    assertThat(d.current().rating()).contains(new Rating(4, "fair"));
  }

  // =================================================================== REFUND_ONLY

  @Nested
  class RefundOnly {

    @Test
    void approved_refundConfirmed_completesRefunded_andIsRatedOnce() {
      SeedCaseDriver d = open(CaseType.REFUND_ONLY).approve();
      assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
      assertThat(d.events(CaseEvent.RefundRequested.class)).containsExactly(new CaseEvent.RefundRequested(PAID, 1));

      confirmRefund(d);
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.REFUNDED);
      assertThat(d.current().refunded()).isEqualTo(PAID);
      assertThat(d.timelineTexts()).contains("Refund of CNY 160.00 confirmed (attempt 1), reference pay-case-000001",
          "Now COMPLETED (REFUNDED)");
      assertRatesOnce(d);
    }

    @Test
    void askedForInfo_supplied_approved_refundFails_isRetried_thenConfirmed() {
      SeedCaseDriver d = open(CaseType.REFUND_ONLY)
          .by(Actor.MERCHANT, new CaseCommand.RequestInfo("Tracking screenshot please"))
          .by(Actor.BUYER, new CaseCommand.SupplyInfo("Attached", List.of(SeedCaseDriver.photo("tracking"))));
      assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
      assertThat(d.current().evidence()).hasSize(2);
      d.approve().by(Actor.SYSTEM, new CaseCommand.ReportRefundFailure(1, "account closed"));
      assertThat(d.state()).isEqualTo(CaseState.REFUND_FAILED);
      assertThat(d.timelineTexts()).contains("Refund attempt 1 failed: account closed");

      d.by(Actor.MERCHANT, new CaseCommand.RetryRefund());
      assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
      assertThat(d.current().refundAttempts()).isEqualTo(2);
      confirmRefund(d);
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.REFUNDED);
      assertThat(d.events(CaseEvent.RefundRequested.class)).containsExactly(
          new CaseEvent.RefundRequested(PAID, 1), new CaseEvent.RefundRequested(PAID, 2));
    }

    @Test
    void refundKeepsFailing_afterTheAutomaticAttemptsRetriesStop_andThePlatformSettlesIt() {
      SeedCaseDriver d = open(CaseType.REFUND_ONLY).approve();
      for (int attempt = 1; attempt <= 3; attempt++) {
        d.by(Actor.SYSTEM, new CaseCommand.ReportRefundFailure(attempt, "account closed"));
        assertThat(d.state()).isEqualTo(CaseState.REFUND_FAILED);
        if (attempt < 3) {
          assertThat(d.current().deadline(DeadlineKind.REFUND_RETRY)).isPresent();
          d.by(Actor.PLATFORM, new CaseCommand.RetryRefund());
        }
      }
      assertThat(d.current().refundAttempts()).isEqualTo(3);
      assertThat(d.current().deadlines()).as("no automatic retry after 3 attempts").isEmpty();
      assertThat(d.events(CaseEvent.RefundRetriesExhausted.class)).containsExactly(
          new CaseEvent.RefundRetriesExhausted(3));
      assertThat(d.refused(Actor.PLATFORM, new CaseCommand.ConfirmRefund(4, "bank-transfer-1")).code())
          .as("an attempt never requested").isEqualTo(RejectionCode.GUARD_FAILED);
      d.by(Actor.PLATFORM, new CaseCommand.ConfirmRefund(3, "bank-transfer-1"));
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.REFUNDED);
    }

    @Test
    void rejectedWithReason_buyerAccepts_closesRejectionAccepted() {
      SeedCaseDriver d = open(CaseType.REFUND_ONLY).reject();
      assertThat(d.state()).isEqualTo(CaseState.REJECTED);
      assertThat(d.timelineTexts()).contains("Merchant rejected the request: Item shows signs of use");
      d.by(Actor.BUYER, new CaseCommand.AcceptDecision());
      assertEnded(d, CaseState.CLOSED, CaseOutcome.REJECTION_ACCEPTED);
      assertThat(d.events(CaseEvent.OutcomeAccepted.class)).containsExactly(new CaseEvent.OutcomeAccepted(false));
      assertRatesOnce(d);
    }

    @Test
    void withdrawnWhileRequested_closesWithdrawn() {
      SeedCaseDriver d = open(CaseType.REFUND_ONLY).by(Actor.BUYER, new CaseCommand.Withdraw("parcel arrived"));
      assertEnded(d, CaseState.CLOSED, CaseOutcome.WITHDRAWN);
      assertThat(d.timelineTexts()).contains("Buyer withdrew the request: parcel arrived");
      assertRatesOnce(d);
    }

    @Test
    void withdrawRefusedOnceMoneyMoves() {
      SeedCaseDriver d = open(CaseType.REFUND_ONLY).approve();
      Rejection r = d.refused(Actor.BUYER, new CaseCommand.Withdraw(""));
      assertThat(r.code()).isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE);
      assertThat(r.rule()).isEqualTo("lifecycle:REFUND_ONLY:REFUND_PENDING:WITHDRAW");
    }

    @Test
    void ratingRefusedWhileTheCaseIsOpen() {
      SeedCaseDriver d = open(CaseType.REFUND_ONLY);
      Rejection r = d.refused(Actor.BUYER, new CaseCommand.Rate(new Rating(5, "")));
      assertThat(r.code()).isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE);
    }

    @Test
    void evidenceCanBeAddedByEitherPartyWhileOpen_notAfterTheEnd() {
      SeedCaseDriver d = open(CaseType.REFUND_ONLY)
          .by(Actor.BUYER, new CaseCommand.AddEvidence(List.of(SeedCaseDriver.report(EvidenceKind.CHAT_LOG))))
          .by(Actor.MERCHANT, new CaseCommand.AddEvidence(List.of(SeedCaseDriver.report(EvidenceKind.TRACKING_PROOF))));
      assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
      assertThat(d.current().evidence()).extracting(e -> e.submittedBy())
          .containsExactly(Actor.BUYER, Actor.BUYER, Actor.MERCHANT);
      d.by(Actor.BUYER, new CaseCommand.Withdraw(""));
      assertThat(d.refused(Actor.BUYER, new CaseCommand.AddEvidence(List.of(SeedCaseDriver.photo("late")))).code())
          .isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE);
    }
  }

  // =================================================================== RETURN_AND_REFUND

  @Nested
  class ReturnAndRefund {

    @Test
    void fullReturn_addressShipDeliveredReceivedInspected_completesRefunded() {
      SeedCaseDriver d = open(CaseType.RETURN_AND_REFUND).approve();
      assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
      d.provideAddress();
      assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_SHIPMENT);
      assertThat(d.current().returnAddress()).contains(Fixtures.WAREHOUSE);
      d.shipReturn();
      assertThat(d.state()).isEqualTo(CaseState.RETURN_IN_TRANSIT);
      assertThat(d.current().returnShipment()).contains(new Shipment("SF", "SF1001"));
      d.by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered());
      assertThat(d.state()).isEqualTo(CaseState.RETURN_DELIVERED);
      d.confirmReceipt();
      assertThat(d.state()).isEqualTo(CaseState.INSPECTING);
      d.passInspection();
      assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
      confirmRefund(d);

      assertEnded(d, CaseState.COMPLETED, CaseOutcome.REFUNDED);
      assertThat(d.current().refunded()).isEqualTo(PAID);
      assertThat(d.events(CaseEvent.StateChanged.class)).extracting(CaseEvent.StateChanged::to).containsExactly(
          CaseState.AWAITING_RETURN_ADDRESS, CaseState.AWAITING_RETURN_SHIPMENT, CaseState.RETURN_IN_TRANSIT,
          CaseState.RETURN_DELIVERED, CaseState.INSPECTING, CaseState.REFUND_PENDING, CaseState.COMPLETED);
      assertRatesOnce(d);
    }

    @Test
    void merchantRefundsWithoutReturn_completesRefunded() {
      SeedCaseDriver d = open(CaseType.RETURN_AND_REFUND).approve()
          .by(Actor.MERCHANT, new CaseCommand.RefundWithoutReturn());
      assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
      assertThat(d.timelineTexts()).contains("Refund approved without returning the goods");
      confirmRefund(d);
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.REFUNDED);
    }

    @Test
    void merchantRefusesParcelWithEvidence_buyerAccepts_theParcelGoesBack_andTheCaseClosesSentBack() {
      SeedCaseDriver d = open(CaseType.RETURN_AND_REFUND).approve().provideAddress().shipReturn().refuseReceipt();
      assertThat(d.state()).isEqualTo(CaseState.GOODS_REFUSED);
      assertThat(d.timelineTexts()).contains("Merchant refused the returned parcel: Parcel was empty");
      d.by(Actor.BUYER, new CaseCommand.AcceptDecision());
      assertThat(d.state()).isEqualTo(CaseState.GOODS_TO_SEND_BACK);

      d.by(Actor.MERCHANT, new CaseCommand.ShipGoodsBack(new Shipment("SF", "SF-BACK-1")));
      assertThat(d.state()).isEqualTo(CaseState.GOODS_SENT_BACK);
      assertThat(d.current().outboundShipment()).contains(new Shipment("SF", "SF-BACK-1"));
      assertThat(d.timelineTexts()).contains("Merchant sent the goods back to the buyer with SF, tracking SF-BACK-1");
      d.by(Actor.SYSTEM, new CaseCommand.ReportOutboundDelivered());
      assertEnded(d, CaseState.CLOSED, CaseOutcome.SENT_BACK);
      assertThat(d.current().refunded().isZero()).isTrue();
      assertRatesOnce(d);
    }

    @Test
    void inspectionFailsWithEvidence_buyerAccepts_theMerchantSendsTheGoodsBack_buyerConfirms() {
      SeedCaseDriver d = open(CaseType.RETURN_AND_REFUND).returnedAndReceived().failInspection();
      assertThat(d.state()).isEqualTo(CaseState.GOODS_REFUSED);
      assertThat(d.timelineTexts()).contains("Inspection failed: Water damage");
      d.by(Actor.BUYER, new CaseCommand.AcceptDecision())
          .by(Actor.MERCHANT, new CaseCommand.ShipGoodsBack(new Shipment("ZTO", "ZT-BACK-2")))
          .by(Actor.BUYER, new CaseCommand.ConfirmDelivery());
      assertEnded(d, CaseState.CLOSED, CaseOutcome.SENT_BACK);
    }

    @Test
    void anEmptyParcelRefused_hasNothingToSendBack_thePlatformClosesTheCase_andFreesTheLine() {
      SeedCaseDriver d = open(CaseType.RETURN_AND_REFUND).approve().provideAddress().shipReturn().refuseReceipt()
          .by(Actor.BUYER, new CaseCommand.AcceptDecision());
      assertThat(d.refused(Actor.MERCHANT, new CaseCommand.RuleForMerchant("nothing here")).code())
          .isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);

      d.by(Actor.PLATFORM, new CaseCommand.RuleForMerchant("The parcel came back empty: nothing to send back"));

      assertEnded(d, CaseState.CLOSED, CaseOutcome.RULED_FOR_MERCHANT);
      assertThat(d.h.service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER, d.h.nextKey(),
          Fixtures.openRequest(d.c().orderId(), CaseType.REFUND_ONLY, Reason.QUALITY_DEFECT))).isAccepted())
          .as("a new case on the same lines").isTrue();
    }

    @Test
    void platformRulesForTheMerchantOnARefusal_theGoodsStillGoBackToTheBuyer() {
      SeedCaseDriver d = open(CaseType.REPAIR).by(Actor.MERCHANT, new CaseCommand.Approve()).proposePlan(0)
          .by(Actor.BUYER, new CaseCommand.AcceptRepairPlan()).provideAddress().shipReturn();
      d.refuseReceipt().escalate(Actor.BUYER)
          .by(Actor.PLATFORM, new CaseCommand.RuleForMerchant("The seal was broken before shipping"));
      assertThat(d.state()).isEqualTo(CaseState.GOODS_TO_SEND_BACK);
      assertThat(d.current().awaiting()).contains(Actor.MERCHANT);
    }

    @Test
    void refusedAfterDeliveryReport_isPossibleToo() {
      SeedCaseDriver d = open(CaseType.RETURN_AND_REFUND).approve().provideAddress().shipReturn()
          .by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered()).refuseReceipt();
      assertThat(d.state()).isEqualTo(CaseState.GOODS_REFUSED);
    }

    @ParameterizedTest
    @EnumSource(value = CaseState.class, names = {"REQUESTED", "INFO_REQUESTED", "REJECTED", "AWAITING_RETURN_ADDRESS",
        "AWAITING_RETURN_SHIPMENT", "ARBITRATING_REJECTION"})
    void withdrawAllowedBeforeGoodsShip(CaseState where) {
      SeedCaseDriver d = open(CaseType.RETURN_AND_REFUND);
      switch (where) {
        case INFO_REQUESTED -> d.by(Actor.MERCHANT, new CaseCommand.RequestInfo("Which colour?"));
        case REJECTED -> d.reject();
        case AWAITING_RETURN_ADDRESS -> d.approve();
        case AWAITING_RETURN_SHIPMENT -> d.approve().provideAddress();
        case ARBITRATING_REJECTION -> d.reject().escalate(Actor.BUYER);
        default -> { }
      }
      assertThat(d.state()).isEqualTo(where);
      d.by(Actor.BUYER, new CaseCommand.Withdraw("no longer needed"));
      assertEnded(d, CaseState.CLOSED, CaseOutcome.WITHDRAWN);
    }

    @ParameterizedTest
    @EnumSource(value = CaseState.class, names = {"RETURN_IN_TRANSIT", "RETURN_DELIVERED", "INSPECTING",
        "REFUND_PENDING", "GOODS_REFUSED", "ARBITRATING_REFUSAL"})
    void withdrawRefusedOnceGoodsShipped(CaseState where) {
      SeedCaseDriver d = open(CaseType.RETURN_AND_REFUND);
      switch (where) {
        case ARBITRATING_REFUSAL -> d.returnedAndReceived().failInspection().escalate(Actor.BUYER);
        case RETURN_IN_TRANSIT -> d.approve().provideAddress().shipReturn();
        case RETURN_DELIVERED -> d.approve().provideAddress().shipReturn()
            .by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered());
        case INSPECTING -> d.returnedAndReceived();
        case REFUND_PENDING -> d.returnedAndReceived().passInspection();
        case GOODS_REFUSED -> d.returnedAndReceived().failInspection();
        default -> throw new IllegalArgumentException(where.name());
      }
      assertThat(d.state()).isEqualTo(where);
      Rejection r = d.refused(Actor.BUYER, new CaseCommand.Withdraw("too late?"));
      assertThat(r.code()).isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE);
      assertThat(r.rule()).isEqualTo("lifecycle:RETURN_AND_REFUND:" + where + ":WITHDRAW");
      assertThat(r.message()).contains("WITHDRAW", where.name());
    }
  }

  // =================================================================== EXCHANGE

  @Nested
  class Exchange {

    @Test
    void returnedInspectedReplacementShippedAndConfirmed_completesExchanged() {
      SeedCaseDriver d = open(CaseType.EXCHANGE).returnedAndReceived().passInspection();
      assertThat(d.state()).isEqualTo(CaseState.REPLACEMENT_TO_SHIP);
      assertThat(d.events(CaseEvent.RefundRequested.class)).isEmpty();
      d.by(Actor.MERCHANT, new CaseCommand.ShipReplacement(new Shipment("JD", "JD777")));
      assertThat(d.state()).isEqualTo(CaseState.REPLACEMENT_SHIPPED);
      assertThat(d.current().outboundShipment()).contains(new Shipment("JD", "JD777"));
      assertThat(d.timelineTexts()).contains("Merchant shipped goods to the buyer with JD, tracking JD777");
      d.by(Actor.BUYER, new CaseCommand.ConfirmDelivery());
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.EXCHANGED);
      assertThat(d.events(CaseEvent.DeliveryConfirmed.class)).containsExactly(new CaseEvent.DeliveryConfirmed(false));
      assertThat(d.current().refunded().isZero()).isTrue();
      assertRatesOnce(d);
    }

    @Test
    void inspectionFails_buyerEscalates_ruledForBuyer_replacementIsShipped() {
      SeedCaseDriver d = open(CaseType.EXCHANGE).returnedAndReceived().failInspection().escalate(Actor.BUYER)
          .by(Actor.PLATFORM, new CaseCommand.RuleForBuyer("Photos show a factory defect"));
      assertThat(d.state()).isEqualTo(CaseState.REPLACEMENT_TO_SHIP);
      d.by(Actor.MERCHANT, new CaseCommand.ShipReplacement(new Shipment("SF", "SF9")))
          .by(Actor.BUYER, new CaseCommand.ConfirmDelivery());
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.EXCHANGED);
    }

    @Test
    void replacementNeverShipped_merchantRefundsInstead_completesRefunded() {
      SeedCaseDriver d = open(CaseType.EXCHANGE).returnedAndReceived().passInspection()
          .by(Actor.MERCHANT, new CaseCommand.RefundInstead());
      assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
      assertThat(d.events(CaseEvent.RefundRequested.class)).containsExactly(new CaseEvent.RefundRequested(PAID, 1));
      confirmRefund(d);
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.REFUNDED);
      assertThat(d.current().refunded()).isEqualTo(PAID);
    }

    @Test
    void replacementNeverShipped_platformRefundsInstead_completesRefunded() {
      SeedCaseDriver d = open(CaseType.EXCHANGE).returnedAndReceived().passInspection()
          .by(Actor.PLATFORM, new CaseCommand.RefundInstead());
      assertThat(d.events(CaseEvent.RefundRequested.class)).containsExactly(new CaseEvent.RefundRequested(PAID, 1));
      confirmRefund(d);
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.REFUNDED);
    }

    @Test
    void replacementDeliveredFaulty_buyerEscalates_ruledForBuyer_refundsWhatWasPaid() {
      SeedCaseDriver d = open(CaseType.EXCHANGE).returnedAndReceived().passInspection()
          .by(Actor.MERCHANT, new CaseCommand.ShipReplacement(new Shipment("SF", "SF6")))
          .by(Actor.SYSTEM, new CaseCommand.ReportOutboundDelivered());
      assertThat(d.state()).isEqualTo(CaseState.OUTBOUND_DELIVERED);
      d.escalate(Actor.BUYER);
      assertThat(d.state()).isEqualTo(CaseState.ARBITRATING_DELIVERY);
      d.by(Actor.PLATFORM, new CaseCommand.RuleForBuyer("The replacement is faulty too"));
      assertThat(d.events(CaseEvent.RefundRequested.class)).containsExactly(new CaseEvent.RefundRequested(PAID, 1));
      confirmRefund(d);
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.REFUNDED);
    }

    @Test
    void replacementDisputed_ruledForMerchant_exchangeStands() {
      SeedCaseDriver d = open(CaseType.EXCHANGE).returnedAndReceived().passInspection()
          .by(Actor.MERCHANT, new CaseCommand.ShipReplacement(new Shipment("SF", "SF7")))
          .escalate(Actor.BUYER)
          .by(Actor.PLATFORM, new CaseCommand.RuleForMerchant("The replacement matches the listing"));
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.EXCHANGED);
    }

    @Test
    void wrongReplacementArrives_buyerEscalates_partialRefund_endsPartiallyRefunded() {
      SeedCaseDriver d = open(CaseType.EXCHANGE).returnedAndReceived().passInspection()
          .by(Actor.MERCHANT, new CaseCommand.ShipReplacement(new Shipment("SF", "SF5")))
          .escalate(Actor.BUYER)
          .by(Actor.PLATFORM, new CaseCommand.RulePartialRefund(FIFTY, "Wrong colour, keep it"));
      confirmRefund(d);
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.PARTIALLY_REFUNDED);
    }

    @Test
    void onlyTheBuyerEscalatesAboutTheReplacement() {
      SeedCaseDriver d = open(CaseType.EXCHANGE).returnedAndReceived().passInspection()
          .by(Actor.MERCHANT, new CaseCommand.ShipReplacement(new Shipment("SF", "SF8")));
      assertThat(d.refused(Actor.MERCHANT, new CaseCommand.Escalate("no stock", List.of(SeedCaseDriver.photo("x"))))
          .code()).isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
    }

    @Test
    void refundWithoutReturnNeverAppliesToAnExchange() {
      SeedCaseDriver d = open(CaseType.EXCHANGE).approve();
      Rejection r = d.refused(Actor.MERCHANT, new CaseCommand.RefundWithoutReturn());
      assertThat(r.code()).isEqualTo(RejectionCode.NOT_ALLOWED_FOR_CASE_TYPE);
    }

    @Test
    void withdrawRefusedAfterTheBuyerShipped() {
      SeedCaseDriver d = open(CaseType.EXCHANGE).approve().provideAddress().shipReturn();
      assertThat(d.refused(Actor.BUYER, new CaseCommand.Withdraw("")).code())
          .isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE);
    }
  }

  // =================================================================== REPAIR

  @Nested
  class Repair {

    @Test
    void planProposedAndAccepted_itemReturnedRepairedShippedAndConfirmed_completesRepaired() {
      SeedCaseDriver d = open(CaseType.REPAIR).approve();
      assertThat(d.state()).isEqualTo(CaseState.AWAITING_REPAIR_PLAN);
      d.proposePlan(3_000);
      assertThat(d.state()).isEqualTo(CaseState.AWAITING_PLAN_ACCEPTANCE);
      assertThat(d.current().repairPlan()).contains(new RepairPlan("Replace the hinge", Money.of(3_000, "CNY")));
      assertThat(d.timelineTexts()).contains("Repair plan proposed (fee CNY 30.00): Replace the hinge");
      d.by(Actor.BUYER, new CaseCommand.AcceptRepairPlan());
      assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
      d.provideAddress().shipReturn().confirmReceipt();
      assertThat(d.state()).isEqualTo(CaseState.IN_REPAIR);
      d.by(Actor.MERCHANT, new CaseCommand.ShipRepairedItem(new Shipment("SF", "SF-R1"),
          List.of(SeedCaseDriver.report(EvidenceKind.REPAIR_REPORT))));
      assertThat(d.state()).isEqualTo(CaseState.REPAIRED_ITEM_SHIPPED);
      assertThat(d.current().evidence()).extracting(e -> e.ref().kind()).contains(EvidenceKind.REPAIR_REPORT);
      d.by(Actor.BUYER, new CaseCommand.ConfirmDelivery());
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.REPAIRED);
      assertRatesOnce(d);
    }

    @Test
    void buyerObjectsToAFeeForAWarrantyFault_platformRulesForTheBuyer_theRepairIsFree() {
      SeedCaseDriver d = open(CaseType.REPAIR).approve().proposePlan(50_000);
      assertThat(d.refused(Actor.BUYER, new CaseCommand.Escalate("Under warranty", List.of())).code())
          .as("an objection needs evidence").isEqualTo(RejectionCode.GUARD_FAILED);

      d.escalate(Actor.BUYER);
      assertThat(d.state()).isEqualTo(CaseState.ARBITRATING_PLAN);
      d.by(Actor.PLATFORM, new CaseCommand.RuleForBuyer("Bought 2 months ago: the warranty covers it"));

      assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
      assertThat(d.current().repairPlan()).contains(new RepairPlan("Replace the hinge", Money.of(0, "CNY")));
      assertThat(d.timelineTexts()).contains("Repair fee waived: the repair is free");
      d.provideAddress().shipReturn().confirmReceipt()
          .by(Actor.MERCHANT, new CaseCommand.ShipRepairedItem(new Shipment("SF", "SF-R9"), List.of()))
          .by(Actor.BUYER, new CaseCommand.ConfirmDelivery());
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.REPAIRED);
    }

    @Test
    void platformRulesForTheMerchantOnAPlan_thePlanBindsAsProposed_theBuyerMayStillWithdraw() {
      SeedCaseDriver d = open(CaseType.REPAIR).approve().proposePlan(50_000).escalate(Actor.BUYER)
          .by(Actor.PLATFORM, new CaseCommand.RuleForMerchant("Water damage is not covered"));

      assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
      assertThat(d.current().repairPlan()).map(RepairPlan::fee).contains(Money.of(50_000, "CNY"));
      d.by(Actor.BUYER, new CaseCommand.Withdraw("Too expensive"));
      assertEnded(d, CaseState.CLOSED, CaseOutcome.WITHDRAWN);
    }

    @Test
    void onlyTheBuyerObjectsToAPlan() {
      SeedCaseDriver d = open(CaseType.REPAIR).approve().proposePlan(50_000);
      assertThat(d.refused(Actor.MERCHANT, new CaseCommand.Escalate("fee is fair", List.of(SeedCaseDriver.photo("x"))))
          .code()).isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
    }

    @Test
    void planDeclined_closesRepairDeclined() {
      SeedCaseDriver d = open(CaseType.REPAIR).approve().proposePlan(50_000)
          .by(Actor.BUYER, new CaseCommand.DeclineRepairPlan());
      assertEnded(d, CaseState.CLOSED, CaseOutcome.REPAIR_DECLINED);
      assertThat(d.events(CaseEvent.RepairPlanDeclined.class)).containsExactly(new CaseEvent.RepairPlanDeclined(false));
      assertRatesOnce(d);
    }

    @Test
    void repairNotPossible_platformRefundsInsteadOfAPlan_completesRefunded() {
      SeedCaseDriver d = open(CaseType.REPAIR).approve().by(Actor.PLATFORM, new CaseCommand.RefundInstead());
      assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
      confirmRefund(d);
      assertEnded(d, CaseState.COMPLETED, CaseOutcome.REFUNDED);
      assertThat(d.current().refunded()).isEqualTo(PAID);
    }

    @Test
    void withdrawnWhileWaitingForThePlan_closesWithdrawn() {
      SeedCaseDriver d = open(CaseType.REPAIR).approve().by(Actor.BUYER, new CaseCommand.Withdraw(""));
      assertEnded(d, CaseState.CLOSED, CaseOutcome.WITHDRAWN);
      assertThat(d.timelineTexts()).contains("Buyer withdrew the request");
    }

    @Test
    void refusedParcel_escalated_ruledForBuyer_goesIntoRepair() {
      SeedCaseDriver d = open(CaseType.REPAIR).approve().proposePlan(0)
          .by(Actor.BUYER, new CaseCommand.AcceptRepairPlan()).provideAddress().shipReturn().refuseReceipt()
          .escalate(Actor.MERCHANT)
          .by(Actor.PLATFORM, new CaseCommand.RuleForBuyer("Carrier confirms the parcel weight"));
      assertThat(d.state()).isEqualTo(CaseState.IN_REPAIR);
    }

    @Test
    void withdrawRefusedAfterTheBuyerShipped() {
      SeedCaseDriver d = open(CaseType.REPAIR).approve().proposePlan(0)
          .by(Actor.BUYER, new CaseCommand.AcceptRepairPlan()).provideAddress().shipReturn();
      assertThat(d.refused(Actor.BUYER, new CaseCommand.Withdraw("")).code())
          .isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE);
    }

    @Test
    void repairPlanFeeInAnotherCurrency_isRefusedByTheGuard() {
      SeedCaseDriver d = open(CaseType.REPAIR).approve();
      Rejection r = d.refused(Actor.MERCHANT,
          new CaseCommand.ProposeRepairPlan(new RepairPlan("Replace the hinge", Money.of(300, "USD"))));
      assertThat(r.code()).isEqualTo(RejectionCode.GUARD_FAILED);
      assertThat(r.rule()).isEqualTo("guard:CASE_CURRENCY");
      assertThat(r.message()).contains("USD", "CNY");
    }
  }

  // =================================================================== escalation and rulings

  /** Where the escalated dispute came from, in a RETURN_AND_REFUND case. */
  enum Dispute {
    REJECTION(CaseState.ARBITRATING_REJECTION, CaseState.AWAITING_RETURN_ADDRESS),
    PARCEL_REFUSAL(CaseState.ARBITRATING_REFUSAL, CaseState.REFUND_PENDING),
    FAILED_INSPECTION(CaseState.ARBITRATING_REFUSAL, CaseState.REFUND_PENDING);

    final CaseState arbitrating;
    final CaseState afterRulingForBuyer;

    Dispute(CaseState arbitrating, CaseState afterRulingForBuyer) {
      this.arbitrating = arbitrating;
      this.afterRulingForBuyer = afterRulingForBuyer;
    }

    SeedCaseDriver reach(SeedCaseDriver d) {
      return switch (this) {
        case REJECTION -> d.reject();
        case PARCEL_REFUSAL -> d.approve().provideAddress().shipReturn().refuseReceipt();
        case FAILED_INSPECTION -> d.returnedAndReceived().failInspection();
      };
    }
  }

  static Stream<Arguments> disputesAndEscalators() {
    return Stream.of(Dispute.values())
        .flatMap(dispute -> Stream.of(Actor.BUYER, Actor.MERCHANT)
            .flatMap(by -> Stream.of(Ruling.values()).map(ruling -> Arguments.of(dispute, by, ruling))));
  }

  @ParameterizedTest(name = "{0} escalated by {1}, ruled {2}")
  @MethodSource("disputesAndEscalators")
  void escalationByEitherParty_eachRuling(Dispute dispute, Actor by, Ruling ruling) {
    SeedCaseDriver d = dispute.reach(open(CaseType.RETURN_AND_REFUND));
    int evidenceBefore = d.current().evidence().size();
    d.escalate(by);
    assertThat(d.state()).isEqualTo(dispute.arbitrating);
    assertThat(d.events(CaseEvent.Escalated.class)).singleElement().satisfies(e -> {
      assertThat(e.by()).isEqualTo(by);
      assertThat(e.evidence()).hasSize(1);
    });
    assertThat(d.current().evidence()).hasSize(evidenceBefore + 1);
    String who = by == Actor.BUYER ? "Buyer" : "Merchant";
    assertThat(d.timelineTexts()).contains(who + " escalated to the platform: " + by + " disagrees");

    switch (ruling) {
      case FOR_BUYER -> {
        d.by(Actor.PLATFORM, new CaseCommand.RuleForBuyer("The buyer's photos are convincing"));
        assertThat(d.state()).isEqualTo(dispute.afterRulingForBuyer);
        assertThat(d.timelineTexts()).contains("Platform ruled for the buyer: The buyer's photos are convincing");
        if (dispute == Dispute.REJECTION) {
          d.provideAddress().shipReturn().confirmReceipt().passInspection();
        }
        confirmRefund(d);
        assertEnded(d, CaseState.COMPLETED, CaseOutcome.REFUNDED);
        assertThat(d.current().refunded()).isEqualTo(PAID);
      }
      case FOR_MERCHANT -> {
        d.by(Actor.PLATFORM, new CaseCommand.RuleForMerchant("The merchant's records are convincing"));
        if (dispute != Dispute.REJECTION) {
          // The merchant won, but the goods it refused are the buyer's: they go back.
          assertThat(d.state()).isEqualTo(CaseState.GOODS_TO_SEND_BACK);
          d.by(Actor.MERCHANT, new CaseCommand.ShipGoodsBack(new Shipment("SF", "SF-BACK-9")))
              .by(Actor.SYSTEM, new CaseCommand.ReportOutboundDelivered());
        }
        assertEnded(d, CaseState.CLOSED,
            dispute == Dispute.REJECTION ? CaseOutcome.RULED_FOR_MERCHANT : CaseOutcome.SENT_BACK);
        assertThat(d.timelineTexts()).contains("Platform ruled for the merchant: The merchant's records are convincing");
      }
      case PARTIAL_REFUND -> {
        d.by(Actor.PLATFORM, new CaseCommand.RulePartialRefund(FIFTY, "Both share the blame"));
        assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
        assertThat(d.current().refundDue()).isEqualTo(FIFTY);
        assertThat(d.events(CaseEvent.Ruled.class)).containsExactly(
            new CaseEvent.Ruled(Ruling.PARTIAL_REFUND, Optional.of(FIFTY), "Both share the blame", false));
        assertThat(d.timelineTexts()).contains("Platform ruled a partial refund of CNY 50.00: Both share the blame",
            "Refund of CNY 50.00 requested by the original payment route (attempt 1)");
        confirmRefund(d);
        assertEnded(d, CaseState.COMPLETED, CaseOutcome.PARTIALLY_REFUNDED);
        assertThat(d.current().refunded()).isEqualTo(FIFTY);
      }
    }
    assertRatesOnce(d);
  }

  @ParameterizedTest(name = "{0}: rejection ruled for the buyer -> {1}")
  @CsvSource({
      "REFUND_ONLY, REFUND_PENDING",
      "RETURN_AND_REFUND, AWAITING_RETURN_ADDRESS",
      "EXCHANGE, AWAITING_RETURN_ADDRESS",
      "REPAIR, AWAITING_REPAIR_PLAN"})
  void rejectionRuledForBuyer_goesAheadAsIfApproved(CaseType type, CaseState next) {
    SeedCaseDriver d = open(type).reject().escalate(Actor.BUYER)
        .by(Actor.PLATFORM, new CaseCommand.RuleForBuyer("The photos show the defect"));
    assertThat(d.state()).isEqualTo(next);
  }

  @ParameterizedTest(name = "{0}: refusal ruled for the buyer -> {1}")
  @CsvSource({
      "RETURN_AND_REFUND, REFUND_PENDING",
      "EXCHANGE, REPLACEMENT_TO_SHIP",
      "REPAIR, IN_REPAIR"})
  void refusalRuledForBuyer_goesAheadAsIfPassed(CaseType type, CaseState next) {
    SeedCaseDriver d = open(type).approve();
    if (type == CaseType.REPAIR) {
      d.proposePlan(0).by(Actor.BUYER, new CaseCommand.AcceptRepairPlan());
    }
    d.provideAddress().shipReturn().refuseReceipt().escalate(Actor.BUYER)
        .by(Actor.PLATFORM, new CaseCommand.RuleForBuyer("ok"));
    assertThat(d.state()).isEqualTo(next);
  }

  @ParameterizedTest
  @EnumSource(value = CaseType.class, names = {"EXCHANGE", "REPAIR"})
  void partialRefundRulingOnAGoodsCase_endsPartiallyRefunded(CaseType type) {
    SeedCaseDriver d = open(type).approve();
    if (type == CaseType.REPAIR) {
      d.proposePlan(0).by(Actor.BUYER, new CaseCommand.AcceptRepairPlan());
    }
    d.provideAddress().shipReturn().refuseReceipt().escalate(Actor.BUYER)
        .by(Actor.PLATFORM, new CaseCommand.RulePartialRefund(FIFTY, "Compensation instead"));
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    confirmRefund(d);
    assertEnded(d, CaseState.COMPLETED, CaseOutcome.PARTIALLY_REFUNDED);
    assertThat(d.current().refunded()).isEqualTo(FIFTY);
  }

  @Test
  void partialRefundRulingOfTheWholeAmount_endsRefunded() {
    SeedCaseDriver d = open(CaseType.REFUND_ONLY).reject().escalate(Actor.BUYER)
        .by(Actor.PLATFORM, new CaseCommand.RulePartialRefund(PAID, "All of it"));
    confirmRefund(d);
    assertEnded(d, CaseState.COMPLETED, CaseOutcome.REFUNDED);
  }

  @Test
  void onlyThePlatformRules() {
    SeedCaseDriver d = open(CaseType.REFUND_ONLY).reject().escalate(Actor.BUYER);
    for (Actor actor : List.of(Actor.BUYER, Actor.MERCHANT)) {
      Rejection r = d.refused(actor, new CaseCommand.RuleForMerchant("I win"));
      assertThat(r.code()).isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
    }
    // The system may not rule for the merchant on its own; it may only deem a ruling for the buyer.
    assertThat(d.refused(Actor.SYSTEM, new CaseCommand.RuleForMerchant("late")).code())
        .isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
  }

  @Test
  void buyerWithdrawsDuringArbitrationOfARejection() {
    SeedCaseDriver d = open(CaseType.REFUND_ONLY).reject().escalate(Actor.BUYER)
        .by(Actor.BUYER, new CaseCommand.Withdraw("settled in chat"));
    assertEnded(d, CaseState.CLOSED, CaseOutcome.WITHDRAWN);
  }

  @Test
  void reasonDoesNotChangeTheFlow_changedMindReturn() {
    SeedCaseDriver d = SeedCaseDriver.open(new Fixtures.Harness(), CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND)
        .returnedAndReceived().passInspection();
    confirmRefund(d);
    assertEnded(d, CaseState.COMPLETED, CaseOutcome.REFUNDED);
  }
}
