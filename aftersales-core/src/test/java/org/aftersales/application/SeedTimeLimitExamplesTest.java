package org.aftersales.application;

import static org.aftersales.testing.SeedCaseDriver.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.Ruling;
import org.aftersales.casefile.Shipment;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.store.OutboxMessage;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.SeedCaseDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One example per time limit of {@code SlaPolicy.seedDefaults()}: just before the limit a sweep
 * changes nothing; at the limit the default action fires exactly once and the timeline shows it.
 *
 * <p>The harness clock starts on Wednesday 2025-03-05 10:00 in Shanghai; the calendar's working
 * days are Monday to Friday in Shanghai.
 */
class SeedTimeLimitExamplesTest {

  /** Wednesday 2025-03-05 10:00 Shanghai. */
  private static final Instant T0 = Fixtures.WED_2025_03_05_10_00;

  /**
   * Checks the deadline of {@code kind} is due at {@code due}; sweeps one second before (the
   * default action does not fire, though reminders may) and at the limit (it fires once), then
   * sweeps again (nothing more happens).
   */
  private static void assertDefaultActionFiresOnceAtLimit(SeedCaseDriver d, DeadlineKind kind, Instant due,
      DefaultAction action) {
    Deadline deadline = d.deadline(kind);
    assertThat(deadline.dueAt()).as(kind + " due").isEqualTo(due);
    assertThat(deadline.rule().defaultAction()).isEqualTo(action);
    CaseState stateBefore = d.state();
    long versionBefore;

    d.sweepAt(due.minusSeconds(1));
    assertThat(d.state()).as("state just before the limit").isEqualTo(stateBefore);
    assertThat(d.current().deadline(deadline.id())).as("deadline still running just before the limit").isPresent();
    assertThat(expiriesOf(d, deadline)).as("no default action just before the limit").isEmpty();
    versionBefore = d.current().version();

    SweepResult atLimit = d.sweepAt(due);
    assertThat(atLimit.applied()).as("commands applied at the limit").isEqualTo(1);
    assertThat(atLimit.refused()).isZero();
    assertThat(d.current().version()).isEqualTo(versionBefore + 1);
    assertThat(expiriesOf(d, deadline))
        .containsExactly(new CaseEvent.DeadlineExpired(deadline.id(), kind, action));
    assertThat(d.current().deadline(deadline.id())).isEmpty();
    assertThat(d.timelineTexts()).contains("Limit reached while waiting for " + kind.awaited());
    assertThat(d.timeline()).filteredOn(e -> e.type().equals("DeadlineExpired"))
        .filteredOn(e -> e.text().endsWith(kind.awaited()))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo(Actor.SYSTEM);
          assertThat(e.at()).isEqualTo(due);
        });
    assertThat(d.h.store.pending(1_000_000)).map(m -> ((OutboxMessage.CaseEventMessage) m).event())
        .filteredOn(e -> e.event().equals(new CaseEvent.DeadlineExpired(deadline.id(), kind, action)))
        .hasSize(1);

    SweepResult again = d.sweepAt(due);
    assertThat(again.claimed()).as("a second sweep at the limit").isZero();
    assertThat(expiriesOf(d, deadline)).hasSize(1);
    d.assertReplayable();
  }

  private static List<CaseEvent.DeadlineExpired> expiriesOf(SeedCaseDriver d, Deadline deadline) {
    return d.events(CaseEvent.DeadlineExpired.class).stream().filter(e -> e.deadline().equals(deadline.id())).toList();
  }

  // ------------------------------------------------------------------ merchant response

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "REFUND_ONLY, REFUND_PENDING",
      "RETURN_AND_REFUND, AWAITING_RETURN_ADDRESS",
      "EXCHANGE, AWAITING_RETURN_ADDRESS",
      "REPAIR, AWAITING_REPAIR_PLAN"})
  void seedRule_merchantSilentFor24Hours_requestIsApproved(CaseType type, CaseState next) {
    SeedCaseDriver d = SeedCaseDriver.open(type);

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.MERCHANT_RESPONSE, T0.plus(Duration.ofHours(24)),
        DefaultAction.APPROVE);

    assertThat(d.state()).isEqualTo(next);
    assertThat(d.events(CaseEvent.RequestApproved.class)).containsExactly(new CaseEvent.RequestApproved(true));
    assertThat(d.timelineTexts()).contains("Request approved automatically: the merchant did not respond in time");
  }

  // ------------------------------------------------------------------ return address

  @Test
  void seedRule_merchantGivesNoReturnAddressIn24Hours_defaultAddressIsUsed() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    d.at(T0.plus(Duration.ofHours(3))).approve();

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.RETURN_ADDRESS, T0.plus(Duration.ofHours(27)),
        DefaultAction.USE_DEFAULT_RETURN_ADDRESS);

    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_SHIPMENT);
    assertThat(d.current().returnAddress()).contains(Fixtures.WAREHOUSE);
    assertThat(d.events(CaseEvent.ReturnAddressProvided.class))
        .containsExactly(new CaseEvent.ReturnAddressProvided(Fixtures.WAREHOUSE, true));
    assertThat(d.timelineTexts()).contains("Default return address given: 1 Warehouse Road, Shanghai");
  }

  // ------------------------------------------------------------------ buyer ships

  @Test
  void seedRule_buyerDoesNotShipWithin7Days_caseClosesAbandoned() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND).approve().provideAddress();

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.BUYER_SHIPS_RETURN, shanghai("2025-03-12T10:00"),
        DefaultAction.CLOSE_ABANDONED);

    assertThat(d.state()).isEqualTo(CaseState.CLOSED);
    assertThat(d.current().outcome()).contains(CaseOutcome.ABANDONED);
    assertThat(d.current().deadlines()).isEmpty();
    assertThat(d.h.store.scheduledTimers()).isZero();
    assertThat(d.timelineTexts()).contains("Closed: the buyer did not act in time", "Now CLOSED (ABANDONED)");
  }

  // ------------------------------------------------------------------ return transit / delivery

  @Test
  void seedRule_returnInTransitFor10Days_isDeemedReceived() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND).approve().provideAddress().shipReturn();

    Instant due = shanghai("2025-03-15T10:00");
    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.RETURN_TRANSIT, due, DefaultAction.CONFIRM_RECEIPT);

    assertThat(d.state()).isEqualTo(CaseState.INSPECTING);
    assertThat(d.events(CaseEvent.ReceiptConfirmed.class)).containsExactly(new CaseEvent.ReceiptConfirmed(true));
    assertThat(d.timelineTexts()).contains("Return deemed received: the merchant did not confirm in time");
    // Deemed received on Saturday 15 March: working days Mon 17, Tue 18, Wed 19; due at the end of Wednesday.
    assertThat(d.deadline(DeadlineKind.INSPECTION).dueAt()).isEqualTo(shanghai("2025-03-20T00:00"));
  }

  @Test
  void seedRule_carrierDeliveredAndMerchantSilentFor2Days_isDeemedReceived() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND).approve().provideAddress().shipReturn();
    d.at(shanghai("2025-03-08T09:30")).by(Actor.SYSTEM, new CaseCommand.ReportReturnDelivered());
    assertThat(d.state()).isEqualTo(CaseState.RETURN_DELIVERED);
    assertThat(d.current().deadline(DeadlineKind.RETURN_TRANSIT)).isEmpty();

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.MERCHANT_CONFIRMS_RECEIPT, shanghai("2025-03-10T09:30"),
        DefaultAction.CONFIRM_RECEIPT);

    assertThat(d.state()).isEqualTo(CaseState.INSPECTING);
    assertThat(d.events(CaseEvent.ReceiptConfirmed.class)).containsExactly(new CaseEvent.ReceiptConfirmed(true));
    assertThat(d.events(CaseEvent.ReminderSent.class)).singleElement()
        .satisfies(r -> assertThat(r.before()).isEqualTo(Duration.ofHours(24)));
  }

  // ------------------------------------------------------------------ inspection

  @Test
  void seedRule_merchantDoesNotInspectIn3WorkingDays_inspectionIsDeemedPassed() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND).approve().provideAddress().shipReturn();
    // Received on Thursday afternoon: working days Fri 7, Mon 10, Tue 11; due at the end of Tuesday.
    d.at(shanghai("2025-03-06T15:00")).confirmReceipt();

    d.sweepAt(shanghai("2025-03-10T23:59:59")); // end of Monday: two working days used
    assertThat(d.state()).isEqualTo(CaseState.INSPECTING);

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.INSPECTION, shanghai("2025-03-12T00:00"),
        DefaultAction.PASS_INSPECTION);

    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(d.events(CaseEvent.InspectionPassed.class)).containsExactly(new CaseEvent.InspectionPassed(true, List.of()));
    assertThat(d.timelineTexts()).contains("Inspection deemed passed: the merchant did not inspect in time");
  }

  @ParameterizedTest(name = "received {0} -> due {1}")
  @CsvSource({
      "2025-03-05T23:00, 2025-03-11T00:00", // Wednesday night: Thu, Fri, Mon
      "2025-03-06T15:00, 2025-03-12T00:00", // Thursday: Fri, Mon, Tue
      "2025-03-07T20:00, 2025-03-13T00:00", // Friday evening: Mon, Tue, Wed
      "2025-03-08T10:00, 2025-03-13T00:00", // Saturday: Mon, Tue, Wed
      "2025-03-09T23:59, 2025-03-13T00:00"}) // Sunday: Mon, Tue, Wed
  void seedRule_inspectionCounts3WorkingDaysAfterTheDayOfReceipt_toTheEndOfTheDayInShanghai(String received,
      String due) {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND).approve().provideAddress().shipReturn();
    d.at(shanghai(received)).confirmReceipt();

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.INSPECTION, shanghai(due), DefaultAction.PASS_INSPECTION);
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
  }

  // ------------------------------------------------------------------ replacement / repaired item

  @Test
  void seedRule_buyerSilentFor3WorkingDaysAfterReplacementDelivered_isDeemedConfirmed() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.EXCHANGE).returnedAndReceived().passInspection();
    assertThat(d.state()).isEqualTo(CaseState.REPLACEMENT_TO_SHIP);
    d.at(shanghai("2025-03-05T11:00")).by(Actor.MERCHANT, new CaseCommand.ShipReplacement(new Shipment("SF", "SF2002")));
    // Delivered on Thursday: working days Fri 7, Mon 10, Tue 11; due at the end of Tuesday.
    d.at(shanghai("2025-03-06T11:00")).by(Actor.SYSTEM, new CaseCommand.ReportOutboundDelivered());

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.BUYER_CONFIRMS_DELIVERY, shanghai("2025-03-12T00:00"),
        DefaultAction.CONFIRM_DELIVERY);

    assertThat(d.state()).isEqualTo(CaseState.COMPLETED);
    assertThat(d.current().outcome()).contains(CaseOutcome.EXCHANGED);
    assertThat(d.timelineTexts()).contains("Delivery deemed confirmed: the buyer did not answer in time");
  }

  @Test
  void seedRule_buyerSilentFor3WorkingDaysAfterRepairedItemDelivered_isDeemedConfirmed() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REPAIR).approve().proposePlan(0)
        .by(Actor.BUYER, new CaseCommand.AcceptRepairPlan())
        .provideAddress().shipReturn().confirmReceipt();
    assertThat(d.state()).isEqualTo(CaseState.IN_REPAIR);
    d.at(shanghai("2025-03-06T11:00")).by(Actor.MERCHANT,
        new CaseCommand.ShipRepairedItem(new Shipment("SF", "SF3003"), List.of()));
    // Delivered on Friday: working days Mon 10, Tue 11, Wed 12; due at the end of Wednesday.
    d.at(shanghai("2025-03-07T11:00")).by(Actor.SYSTEM, new CaseCommand.ReportOutboundDelivered());

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.BUYER_CONFIRMS_DELIVERY, shanghai("2025-03-13T00:00"),
        DefaultAction.CONFIRM_DELIVERY);

    assertThat(d.state()).isEqualTo(CaseState.COMPLETED);
    assertThat(d.current().outcome()).contains(CaseOutcome.REPAIRED);
  }

  @Test
  void seedRule_noDeliveryReportIn10Days_goodsAreDeemedDeliveredAndTheBuyersClockStarts() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.EXCHANGE).returnedAndReceived().passInspection();
    d.at(shanghai("2025-03-06T11:00")).by(Actor.MERCHANT, new CaseCommand.ShipReplacement(new Shipment("SF", "SF4004")));

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.OUTBOUND_TRANSIT, shanghai("2025-03-16T11:00"),
        DefaultAction.DEEM_OUTBOUND_DELIVERED);

    assertThat(d.state()).isEqualTo(CaseState.OUTBOUND_DELIVERED);
    assertThat(d.events(CaseEvent.OutboundDelivered.class)).containsExactly(new CaseEvent.OutboundDelivered(true));
    // Deemed delivered on Sunday: working days Mon 17, Tue 18, Wed 19; due at the end of Wednesday.
    assertThat(d.deadline(DeadlineKind.BUYER_CONFIRMS_DELIVERY).dueAt()).isEqualTo(shanghai("2025-03-20T00:00"));
  }

  // ------------------------------------------------------------------ alerts

  @Test
  void seedRule_merchantGivesNoRepairPlanIn48Hours_alertIsRaisedAndStateStays() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REPAIR).approve();
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_REPAIR_PLAN);

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.REPAIR_PLAN, T0.plus(Duration.ofHours(48)),
        DefaultAction.RAISE_ALERT);

    assertThat(d.state()).isEqualTo(CaseState.AWAITING_REPAIR_PLAN);
    assertThat(d.events(CaseEvent.AlertRaised.class))
        .containsExactly(new CaseEvent.AlertRaised(DeadlineKind.REPAIR_PLAN, Actor.MERCHANT));
    assertThat(d.timelineTexts())
        .contains("Alert to the platform: overdue, still waiting for the merchant to propose a repair plan and fee");
    assertThat(d.events(CaseEvent.StateChanged.class)).hasSize(1); // only the approval
    // The alert repeats every period while nobody acts, and the merchant can still act.
    Instant later = T0.plus(Duration.ofDays(30));
    assertThat(d.sweepAt(later).applied()).isEqualTo(1);
    assertThat(d.events(CaseEvent.AlertRaised.class)).hasSize(2);
    assertThat(d.deadline(DeadlineKind.REPAIR_PLAN).dueAt()).isEqualTo(later.plus(Duration.ofHours(48)));
    d.proposePlan(5_000);
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_PLAN_ACCEPTANCE);
  }

  @Test
  void seedRule_refundNotSettledIn3Days_alertIsRaisedAndStateStays() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    d.at(T0.plus(Duration.ofHours(2))).approve();
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.REFUND_SETTLEMENT, shanghai("2025-03-08T12:00"),
        DefaultAction.RAISE_ALERT);

    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(d.events(CaseEvent.AlertRaised.class))
        .containsExactly(new CaseEvent.AlertRaised(DeadlineKind.REFUND_SETTLEMENT, Actor.SYSTEM));
    assertThat(d.timelineTexts()).contains("Alert to the platform: overdue, still waiting for the refund to reach the buyer");
    assertThat(d.sweepAt(T0.plus(Duration.ofDays(30))).applied()).as("the alert repeats").isEqualTo(1);
    assertThat(d.events(CaseEvent.AlertRaised.class)).hasSize(2);
    d.by(Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "pay-late-1"));
    assertThat(d.current().outcome()).contains(CaseOutcome.REFUNDED);
  }

  @Test
  void seedRule_merchantDoesNotShipReplacementIn24Hours_alertIsRaisedAndStateStays() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.EXCHANGE).returnedAndReceived().passInspection();

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.REPLACEMENT_DISPATCH, T0.plus(Duration.ofHours(24)),
        DefaultAction.RAISE_ALERT);

    assertThat(d.state()).isEqualTo(CaseState.REPLACEMENT_TO_SHIP);
    assertThat(d.events(CaseEvent.AlertRaised.class))
        .containsExactly(new CaseEvent.AlertRaised(DeadlineKind.REPLACEMENT_DISPATCH, Actor.MERCHANT));
  }

  @Test
  void seedRule_repairTakesMoreThan15Days_alertIsRaisedAndStateStays() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REPAIR).approve().proposePlan(0)
        .by(Actor.BUYER, new CaseCommand.AcceptRepairPlan()).provideAddress().shipReturn().confirmReceipt();

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.REPAIR_WORK, shanghai("2025-03-20T10:00"),
        DefaultAction.RAISE_ALERT);

    assertThat(d.state()).isEqualTo(CaseState.IN_REPAIR);
    assertThat(d.events(CaseEvent.ReminderSent.class)).singleElement()
        .satisfies(r -> assertThat(r.before()).isEqualTo(Duration.ofDays(3)));
  }

  // ------------------------------------------------------------------ refund retry

  @Test
  void seedRule_refundFailed_isRetriedAfter1Hour() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY).approve();
    d.at(T0.plus(Duration.ofMinutes(30))).by(Actor.SYSTEM, new CaseCommand.ReportRefundFailure(1, "card expired"));
    assertThat(d.state()).isEqualTo(CaseState.REFUND_FAILED);
    assertThat(d.current().deadline(DeadlineKind.REFUND_SETTLEMENT)).isEmpty();

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.REFUND_RETRY, T0.plus(Duration.ofMinutes(90)),
        DefaultAction.RETRY_REFUND);

    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(d.current().refundAttempts()).isEqualTo(2);
    assertThat(d.events(CaseEvent.RefundRequested.class)).extracting(CaseEvent.RefundRequested::attempt)
        .containsExactly(1, 2);
    assertThat(d.timelineTexts()).contains("Refund of CNY 160.00 requested by the original payment route (attempt 2)");
    assertThat(d.deadline(DeadlineKind.REFUND_SETTLEMENT).dueAt()).isEqualTo(T0.plus(Duration.ofMinutes(90)).plus(Duration.ofDays(3)));
  }

  // ------------------------------------------------------------------ uncontested rejection / refusal

  @Test
  void seedRule_rejectionNotContestedIn7Days_caseCloses() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND).reject();

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.BUYER_ANSWERS_REJECTION, shanghai("2025-03-12T10:00"),
        DefaultAction.ACCEPT_DECISION);

    assertThat(d.state()).isEqualTo(CaseState.CLOSED);
    assertThat(d.current().outcome()).contains(CaseOutcome.REJECTION_ACCEPTED);
    assertThat(d.events(CaseEvent.OutcomeAccepted.class)).containsExactly(new CaseEvent.OutcomeAccepted(true));
    assertThat(d.timelineTexts()).contains("Buyer did not contest in time; the merchant's decision stands");
  }

  @Test
  void seedRule_refusalNotContestedIn7Days_theGoodsAreSentBack() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND).approve().provideAddress().shipReturn();
    d.at(shanghai("2025-03-07T09:00")).refuseReceipt();
    assertThat(d.state()).isEqualTo(CaseState.GOODS_REFUSED);

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.BUYER_ANSWERS_REFUSAL, shanghai("2025-03-14T09:00"),
        DefaultAction.ACCEPT_DECISION);

    assertThat(d.state()).isEqualTo(CaseState.GOODS_TO_SEND_BACK);
  }

  @Test
  void sendingRefusedGoodsBack_isDueIn72Hours_thenThePlatformIsAlerted() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND).approve().provideAddress().shipReturn();
    d.at(shanghai("2025-03-07T09:00")).refuseReceipt().by(Actor.BUYER, new CaseCommand.AcceptDecision());

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.SEND_BACK_DISPATCH, shanghai("2025-03-10T09:00"),
        DefaultAction.RAISE_ALERT);

    assertThat(d.state()).as("an alert changes nothing but the clock").isEqualTo(CaseState.GOODS_TO_SEND_BACK);
  }

  @Test
  void goodsSentBack_areDeemedReceivedAfter10Days() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND).approve().provideAddress().shipReturn();
    d.at(shanghai("2025-03-07T09:00")).refuseReceipt().by(Actor.BUYER, new CaseCommand.AcceptDecision())
        .by(Actor.MERCHANT, new CaseCommand.ShipGoodsBack(new Shipment("SF", "SF-BACK-3")));

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.SENT_BACK_TRANSIT, shanghai("2025-03-17T09:00"),
        DefaultAction.CONFIRM_DELIVERY);

    assertThat(d.state()).isEqualTo(CaseState.CLOSED);
    assertThat(d.current().outcome()).contains(CaseOutcome.SENT_BACK);
  }

  // ------------------------------------------------------------------ platform ruling

  @ParameterizedTest(name = "{0} escalates a rejection of a {1}")
  @CsvSource({
      "BUYER, REFUND_ONLY, REFUND_PENDING",
      "MERCHANT, RETURN_AND_REFUND, AWAITING_RETURN_ADDRESS",
      "BUYER, EXCHANGE, AWAITING_RETURN_ADDRESS",
      "MERCHANT, REPAIR, AWAITING_REPAIR_PLAN"})
  void seedRule_platformJudgedFirstButDoesNotRuleFinallyIn5WorkingDays_rulingIsDeemedForTheBuyer(Actor escalator, CaseType type,
      CaseState next) {
    SeedCaseDriver d = SeedCaseDriver.open(type).reject().escalate(escalator);
    assertThat(d.state()).isEqualTo(CaseState.ARBITRATING_REJECTION);
    // The first judgment comes in time (its own limits are SeedPlatformReviewExamplesTest's); the final ruling does not.
    d.by(Actor.PLATFORM, new CaseCommand.GiveFirstJudgment("The rejection looks unfounded"));

    // Escalated on Wednesday 10:00: Thu 6, Fri 7, Mon 10, Tue 11, Wed 12; due at the end of Wednesday 12.
    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.PLATFORM_RULING, shanghai("2025-03-13T00:00"),
        DefaultAction.RULE_FOR_BUYER);

    assertThat(d.state()).isEqualTo(next);
    assertThat(d.events(CaseEvent.Ruled.class))
        .containsExactly(new CaseEvent.Ruled(Ruling.FOR_BUYER, Optional.empty(),
            "The platform did not rule within its limit", true));
    assertThat(d.timelineTexts())
        .contains("Platform ruling deemed for the buyer: The platform did not rule within its limit");
  }

  @Test
  void seedRule_platformJudgedFirstButDoesNotRuleFinallyOnARepairPlanObjectionIn5WorkingDays_theRepairIsFree() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REPAIR).approve().proposePlan(50_000);
    d.at(shanghai("2025-03-07T09:00")).escalate(Actor.BUYER);
    d.by(Actor.PLATFORM, new CaseCommand.GiveFirstJudgment("The fee looks too high"));

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.PLATFORM_RULING, shanghai("2025-03-15T00:00"),
        DefaultAction.RULE_FOR_BUYER);

    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
    assertThat(d.current().repairPlan().orElseThrow().fee().isZero()).isTrue();
  }

  @Test
  void seedRule_platformJudgedFirstButDoesNotRuleFinallyOnARefusalIn5WorkingDays_goodsAreDeemedPassed() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND).approve().provideAddress().shipReturn()
        .confirmReceipt().failInspection();
    d.at(shanghai("2025-03-07T16:00")).escalate(Actor.BUYER);
    assertThat(d.state()).isEqualTo(CaseState.ARBITRATING_REFUSAL);
    d.by(Actor.PLATFORM, new CaseCommand.GiveFirstJudgment("The damage needs a closer look"));

    // Escalated on Friday: Mon 10 .. Fri 14; due at the end of Friday 14.
    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.PLATFORM_RULING, shanghai("2025-03-15T00:00"),
        DefaultAction.RULE_FOR_BUYER);

    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
  }

  // ------------------------------------------------------------------ buyer info / repair plan answer

  @Test
  void seedRule_buyerDoesNotSupplyInfoIn72Hours_caseClosesAbandoned() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    d.at(T0.plus(Duration.ofHours(1))).by(Actor.MERCHANT, new CaseCommand.RequestInfo("Photo of the serial number?"));
    assertThat(d.state()).isEqualTo(CaseState.INFO_REQUESTED);

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.BUYER_SUPPLIES_INFO, T0.plus(Duration.ofHours(73)),
        DefaultAction.CLOSE_ABANDONED);

    assertThat(d.state()).isEqualTo(CaseState.CLOSED);
    assertThat(d.current().outcome()).contains(CaseOutcome.ABANDONED);
    assertThat(d.current().deadlines()).as("the paused merchant clock ends with the case").isEmpty();
    assertThat(d.h.store.scheduledTimers()).isZero();
    // The paused merchant deadline never approved the request while the buyer was silent.
    assertThat(d.events(CaseEvent.RequestApproved.class)).isEmpty();
  }

  @Test
  void seedRule_buyerDoesNotAnswerRepairPlanIn3Days_planIsDeemedDeclined() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REPAIR).approve().proposePlan(8_800);

    assertDefaultActionFiresOnceAtLimit(d, DeadlineKind.BUYER_ANSWERS_REPAIR_PLAN, shanghai("2025-03-08T10:00"),
        DefaultAction.DECLINE_REPAIR_PLAN);

    assertThat(d.state()).isEqualTo(CaseState.CLOSED);
    assertThat(d.current().outcome()).contains(CaseOutcome.REPAIR_DECLINED);
    assertThat(d.timelineTexts()).contains("Repair plan deemed declined: the buyer did not answer in time");
  }

  // ------------------------------------------------------------------ reminders

  @Test
  void seedRule_merchantResponseReminder_6HoursLeft_goesOutOnceBeforeTheLimit() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    Deadline deadline = d.deadline(DeadlineKind.MERCHANT_RESPONSE);
    assertThat(deadline.pendingReminders()).containsExactly(Duration.ofHours(6));
    Instant remindAt = T0.plus(Duration.ofHours(18));

    assertThat(d.sweepAt(remindAt.minusSeconds(1)).claimed()).isZero();
    assertThat(d.events(CaseEvent.ReminderSent.class)).isEmpty();

    SweepResult sent = d.sweepAt(remindAt);
    assertThat(sent.applied()).isEqualTo(1);
    CaseEvent.ReminderSent expected = new CaseEvent.ReminderSent(deadline.id(), DeadlineKind.MERCHANT_RESPONSE,
        Actor.MERCHANT, Duration.ofHours(6), T0.plus(Duration.ofHours(24)));
    assertThat(d.events(CaseEvent.ReminderSent.class)).containsExactly(expected);
    assertThat(d.h.store.pending(1_000_000)).filteredOn(m -> m.type().equals("ReminderSent"))
        .singleElement().satisfies(m -> assertThat(((OutboxMessage.CaseEventMessage) m).event().event()).isEqualTo(expected));
    assertThat(d.timeline()).filteredOn(e -> e.type().equals("ReminderSent")).singleElement()
        .satisfies(e -> {
          assertThat(e.text()).isEqualTo("Reminder to the merchant: 6 h left for the merchant to respond");
          assertThat(e.at()).isEqualTo(remindAt);
        });
    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).pendingReminders()).isEmpty();

    assertThat(d.sweepAt(remindAt.plus(Duration.ofHours(1))).claimed()).isZero();
    d.sweepAt(T0.plus(Duration.ofHours(24)));
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
    assertThat(d.events(CaseEvent.ReminderSent.class)).hasSize(1);
  }

  @Test
  void seedRule_buyerShipsReminder_24HoursLeft_goesOutOnceBeforeTheLimit() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND).approve().provideAddress();
    Deadline deadline = d.deadline(DeadlineKind.BUYER_SHIPS_RETURN);
    Instant remindAt = shanghai("2025-03-11T10:00");

    assertThat(d.sweepAt(remindAt.minusSeconds(1)).claimed()).isZero();
    assertThat(d.sweepAt(remindAt).applied()).isEqualTo(1);
    assertThat(d.sweepAt(remindAt.plus(Duration.ofHours(23))).claimed()).isZero();

    assertThat(d.events(CaseEvent.ReminderSent.class)).containsExactly(new CaseEvent.ReminderSent(deadline.id(),
        DeadlineKind.BUYER_SHIPS_RETURN, Actor.BUYER, Duration.ofHours(24), shanghai("2025-03-12T10:00")));
    assertThat(d.timelineTexts()).contains("Reminder to the buyer: 24 h left for the buyer to ship the return");
    assertThat(d.h.store.pending(1_000_000)).filteredOn(m -> m.type().equals("ReminderSent")).hasSize(1);
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_SHIPMENT);
  }

  @Test
  void seedRule_reminderOfAStepMetInTime_isNeverSent() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    d.at(T0.plus(Duration.ofHours(17))).approve().provideAddress();

    assertThat(d.sweepAt(T0.plus(Duration.ofHours(30))).claimed()).isZero();
    assertThat(d.events(CaseEvent.ReminderSent.class)).isEmpty();
    assertThat(d.h.store.pending(1_000_000)).noneMatch(m -> m.type().equals("ReminderSent"));
  }

  @Test
  void seedRule_reminderThatWouldFallBeforeTheStart_isNotScheduled() {
    // A policy whose reminder is longer than the limit: the reminder would be due at once.
    SlaPolicy sla = SlaPolicy.seedBuilder()
        .rule(DeadlineKind.MERCHANT_RESPONSE,
            SlaRule.of(SlaLimit.hours(4), DefaultAction.APPROVE, Duration.ofHours(6), Duration.ofHours(1)))
        .build();
    Harness h = new Harness(TenantPolicy.of(sla, WeekendsOnlyCalendar.of(Fixtures.SHANGHAI), Fixtures.WAREHOUSE));
    SeedCaseDriver d = SeedCaseDriver.open(h, CaseType.REFUND_ONLY, Reason.NOT_RECEIVED);

    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).pendingReminders()).containsExactly(Duration.ofHours(1));
    assertThat(d.sweepAt(T0.plus(Duration.ofHours(1))).claimed()).isZero();
    assertThat(d.sweepAt(T0.plus(Duration.ofHours(3))).applied()).isEqualTo(1);
    assertThat(d.events(CaseEvent.ReminderSent.class)).extracting(CaseEvent.ReminderSent::before)
        .containsExactly(Duration.ofHours(1));
  }
}
