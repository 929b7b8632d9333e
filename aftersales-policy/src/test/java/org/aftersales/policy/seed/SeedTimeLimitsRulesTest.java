package org.aftersales.policy.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.aftersales.application.TenantPolicy;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.Shipment;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.evidence.EvidenceOccasion;
import org.aftersales.policy.evidence.EvidenceSituation;
import org.aftersales.policy.testing.SeedDocument;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.SeedCaseDriver;
import org.junit.jupiter.api.Test;

/**
 * The "Time limits for the parties" lines of seed-rules.md, each stated as a shop's JSON and shown
 * deciding on real cases of the core's service. Every case opens on Wednesday 2025-03-05 at 10:00 in
 * Shanghai; weekends are the only rest days. Where a limit runs from a later step than the request,
 * the test takes that step at another moment, so a limit counted from the wrong event fails it.
 */
class SeedTimeLimitsRulesTest {

  private static final Instant T0 = Fixtures.WED_2025_03_05_10_00;

  private static AfterSalesPolicy shopWithSteps(String steps) {
    return SeedDocument.shop().sla("{\"dayConvention\": \"END_OF_DAY\", \"automaticRefundAttempts\": 3,"
        + " \"maxInformationRequests\": 2, \"maxPartialRefundOffers\": 2, \"steps\": [" + steps + "]}").read();
  }

  private static SeedCaseDriver open(AfterSalesPolicy policy, CaseType type) {
    TenantPolicy tenant = TenantPolicy.of(policy.slaPolicy(), WeekendsOnlyCalendar.of(Fixtures.SHANGHAI),
        Fixtures.WAREHOUSE);
    return SeedCaseDriver.open(new Fixtures.Harness(tenant), type, Reason.QUALITY_DEFECT);
  }

  @Test
  void seedMerchantRespondsWithin24HoursAndASilentMerchantsRequestIsApproved() {
    AfterSalesPolicy policy = shopWithSteps("""
        {"id": "shop.response-24h", "source": "seed: merchant responds within 24 hours; overdue, the system approves",
         "step": "MERCHANT_RESPONSE", "limit": {"amount": 24, "unit": "HOURS"}, "remindBefore": ["PT6H"],
         "whenMissed": "APPROVE"}
        """);
    SeedCaseDriver d = open(policy, CaseType.RETURN_AND_REFUND);
    Instant due = d.deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt();

    assertThat(due).isEqualTo(T0.plus(Duration.ofHours(24)));
    d.sweepAt(due.minusSeconds(1));
    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
    d.sweepAt(due);
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
  }

  @Test
  void seedOneShopAnswersWithinOneWorkingDay() {
    AfterSalesPolicy policy = shopWithSteps("""
        {"id": "shop.response-1wd", "source": "seed: one shop answers within 1 working day",
         "step": "MERCHANT_RESPONSE", "limit": {"amount": 1, "unit": "WORKING_DAYS"}, "whenMissed": "APPROVE"}
        """);

    assertThat(open(policy, CaseType.RETURN_AND_REFUND).deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt())
        .isEqualTo(SeedCaseDriver.shanghai("2025-03-07T00:00"));
  }

  @Test
  void seedAfterApprovingAReturnTheMerchantGivesTheReturnAddressWithin24Hours() {
    AfterSalesPolicy policy = shopWithSteps("""
        {"id": "shop.address-24h", "source": "seed: after approving a return, the return address within 24 hours",
         "step": "RETURN_ADDRESS", "limit": {"amount": 24, "unit": "HOURS"}, "whenMissed": "USE_DEFAULT_RETURN_ADDRESS"}
        """);
    Instant approvedAt = T0.plus(Duration.ofHours(5));
    SeedCaseDriver d = open(policy, CaseType.RETURN_AND_REFUND).at(approvedAt).approve();
    Instant due = approvedAt.plus(Duration.ofHours(24));

    assertThat(d.deadline(DeadlineKind.RETURN_ADDRESS).dueAt()).isEqualTo(due);
    d.sweepAt(due.minusSeconds(1));
    assertThat(d.state()).as("24 hours after the request, but not after the approval").isEqualTo(
        CaseState.AWAITING_RETURN_ADDRESS);
    d.sweepAt(due);
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_SHIPMENT);
  }

  @Test
  void seedAfterApprovingARepairTheMerchantProposesAPlanAndFeeWithin48Hours() {
    AfterSalesPolicy policy = shopWithSteps("""
        {"id": "shop.repair-plan-48h", "source": "seed: after approving a repair, a plan and fee breakdown within 48 hours",
         "step": "REPAIR_PLAN", "limit": {"amount": 48, "unit": "HOURS"}, "remindBefore": ["PT24H"],
         "whenMissed": "RAISE_ALERT"}
        """);
    Instant approvedAt = T0.plus(Duration.ofHours(5));
    SeedCaseDriver d = open(policy, CaseType.REPAIR).at(approvedAt).approve();
    Instant due = approvedAt.plus(Duration.ofHours(48));

    assertThat(d.deadline(DeadlineKind.REPAIR_PLAN).dueAt()).isEqualTo(due);
    assertThat(d.sweepAt(due.minusSeconds(1)).applied()).as("the 24 h reminder only").isEqualTo(1);
    assertThat(d.events(CaseEvent.AlertRaised.class)).isEmpty();
    assertThat(d.sweepAt(due).applied()).isEqualTo(1);
    assertThat(d.events(CaseEvent.AlertRaised.class)).singleElement()
        .satisfies(alert -> assertThat(alert.kind()).isEqualTo(DeadlineKind.REPAIR_PLAN));
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_REPAIR_PLAN);
  }

  /** The platform's review as the seed states it: first judgment 48 h, or 3 working days if complex; final ruling 5. */
  private static final String PLATFORM_REVIEW = """
      {"id": "platform.review-simple", "source": "seed: simple disputes get a first judgment within 48 hours",
       "step": "PLATFORM_FIRST_JUDGMENT", "limit": {"amount": 48, "unit": "HOURS"}, "whenMissed": "RULE_FOR_BUYER"},
      {"id": "platform.review-complex", "source": "seed: complex ones within 3 working days",
       "step": "PLATFORM_COMPLEX_JUDGMENT", "limit": {"amount": 3, "unit": "WORKING_DAYS"}, "whenMissed": "RULE_FOR_BUYER"},
      {"id": "platform.arbitration-5wd", "source": "seed: the platform rules within 5 working days, finally",
       "step": "PLATFORM_RULING", "limit": {"amount": 5, "unit": "WORKING_DAYS"}, "whenMissed": "RULE_FOR_BUYER"}
      """;

  @Test
  void seedPlatformReviewOfASimpleDisputeGivesAFirstJudgmentIn48HoursOrTheRequestCountsAsApproved() {
    Instant escalatedAt = SeedCaseDriver.shanghai("2025-03-06T09:00");
    SeedCaseDriver d = open(shopWithSteps(PLATFORM_REVIEW), CaseType.RETURN_AND_REFUND).reject()
        .at(escalatedAt).escalate(Actor.BUYER);
    Instant due = escalatedAt.plus(Duration.ofHours(48));

    assertThat(d.deadline(DeadlineKind.PLATFORM_FIRST_JUDGMENT).dueAt()).isEqualTo(due);
    assertThat(d.sweepAt(due.minusSeconds(1)).applied()).as("48 hours after the rejection, not the escalation")
        .isZero();
    assertThat(d.sweepAt(due).applied()).isEqualTo(1);
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
  }

  @Test
  void seedPlatformReviewOfAComplexDisputeGivesAFirstJudgmentIn3WorkingDaysThenRulesFinallyIn5() {
    SeedCaseDriver d = open(shopWithSteps(PLATFORM_REVIEW), CaseType.RETURN_AND_REFUND).reject().escalate(Actor.BUYER);
    d.by(Actor.PLATFORM, new CaseCommand.ClassifyComplex("needs a third-party appraisal"));

    // Escalated on Wednesday 10:00: Thu 6, Fri 7, Mon 10; due at the end of Monday 10.
    assertThat(d.deadline(DeadlineKind.PLATFORM_COMPLEX_JUDGMENT).dueAt())
        .isEqualTo(SeedCaseDriver.shanghai("2025-03-11T00:00"));
    assertThat(d.sweepAt(T0.plus(Duration.ofHours(48))).applied()).as("the simple limit no longer applies").isZero();
    d.at(SeedCaseDriver.shanghai("2025-03-10T18:00"))
        .by(Actor.PLATFORM, new CaseCommand.GiveFirstJudgment("the appraisal favours the buyer"));
    assertThat(d.sweepAt(SeedCaseDriver.shanghai("2025-03-11T00:00")).applied()).isZero();
    assertThat(d.state()).isEqualTo(CaseState.ARBITRATING_REJECTION);

    // The final ruling: Thu 6 .. Wed 12, due at the end of Wednesday 12.
    assertThat(d.sweepAt(SeedCaseDriver.shanghai("2025-03-13T00:00")).applied()).isEqualTo(1);
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
  }

  @Test
  void seedComplaintsAreHandledWithin24HoursOrThePlatformIsAlerted() {
    AfterSalesPolicy policy = SeedDocument.shop().sla("""
        {"dayConvention": "END_OF_DAY", "automaticRefundAttempts": 3, "maxInformationRequests": 2,
         "maxPartialRefundOffers": 2, "maxComplaints": 1, "steps": [
          {"id": "platform.complaints-24h", "source": "seed: complaints handled within 24 hours",
           "step": "COMPLAINT_HANDLING", "limit": {"amount": 24, "unit": "HOURS"}, "remindBefore": ["PT6H"],
           "whenMissed": "RAISE_ALERT"}]}
        """).read();
    assertThat(policy.sla().maxComplaints()).isEqualTo(1);
    Instant filedAt = T0.plus(Duration.ofHours(2));
    SeedCaseDriver d = open(policy, CaseType.RETURN_AND_REFUND).at(filedAt);
    d.by(Actor.BUYER, new CaseCommand.FileComplaint("the shop ignores me", java.util.List.of()));

    assertThat(d.deadline(DeadlineKind.COMPLAINT_HANDLING).dueAt()).isEqualTo(filedAt.plus(Duration.ofHours(24)));
    assertThat(d.sweepAt(filedAt.plus(Duration.ofHours(18))).applied()).as("the 6 h reminder").isEqualTo(1);
    assertThat(d.events(CaseEvent.ReminderSent.class)).singleElement()
        .satisfies(r -> assertThat(r.awaiting()).isEqualTo(Actor.PLATFORM));
    assertThat(d.sweepAt(T0.plus(Duration.ofHours(24))).applied()).as("24 hours after the request: nothing").isZero();
    assertThat(d.sweepAt(filedAt.plus(Duration.ofHours(24))).applied()).as("the alert, once").isEqualTo(1);
    assertThat(d.events(CaseEvent.AlertRaised.class))
        .containsExactly(new CaseEvent.AlertRaised(DeadlineKind.COMPLAINT_HANDLING, Actor.PLATFORM));
    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);

    d.by(Actor.PLATFORM, new CaseCommand.AnswerComplaint("we called the shop"));
    assertThat(d.current().deadline(DeadlineKind.COMPLAINT_HANDLING)).isEmpty();
    assertThat(d.refused(Actor.BUYER, new CaseCommand.FileComplaint("again", java.util.List.of())).rule())
        .isEqualTo("guard:COMPLAINTS_LEFT");
  }

  @Test
  void seedMerchantInspectsWithin3WorkingDaysOrTheGoodsPassAndRefusesGoodsOnlyWithAReason() {
    AfterSalesPolicy policy = SeedDocument.shop().sla("""
        {"dayConvention": "END_OF_DAY", "automaticRefundAttempts": 3, "maxInformationRequests": 2,
         "maxPartialRefundOffers": 2, "steps": [
          {"id": "shop.inspection-3wd", "source": "seed: merchant inspects returned goods within 3 working days of receipt",
           "step": "INSPECTION", "limit": {"amount": 3, "unit": "WORKING_DAYS"}, "remindBefore": ["PT24H"],
           "whenMissed": "PASS_INSPECTION"}]}
        """).evidence("""
        {"rules": [{"id": "shop.refusal-reason", "source": "seed: refuses receipt with a reason if not as claimed",
                    "occasion": "MERCHANT_REFUSES_GOODS", "required": [["INSPECTION_REPORT"], ["WRITTEN_STATEMENT"]]}]}
        """).read();
    SeedCaseDriver d = receivedOnThursdayAfternoon(open(policy, CaseType.RETURN_AND_REFUND));

    // Received Thursday 6: Fri 7, Mon 10, Tue 11; due at the end of Tuesday (from the request: end of Monday).
    Instant endOfTuesday = SeedCaseDriver.shanghai("2025-03-12T00:00");
    assertThat(d.deadline(DeadlineKind.INSPECTION).dueAt()).isEqualTo(endOfTuesday);
    d.sweepAt(endOfTuesday.minusSeconds(1));
    assertThat(d.state()).isEqualTo(CaseState.INSPECTING);
    d.sweepAt(endOfTuesday);
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    EvidenceSituation refusal = new EvidenceSituation(EvidenceOccasion.MERCHANT_REFUSES_GOODS, Reason.QUALITY_DEFECT,
        CaseType.RETURN_AND_REFUND, GoodsCategory.GENERAL, BuyerStanding.STANDARD);
    assertThat(policy.evidence().missing(refusal, EnumSet.of(EvidenceKind.INSPECTION_REPORT)))
        .singleElement().satisfies(missing -> assertThat(missing.anyOf()).containsExactly(EvidenceKind.WRITTEN_STATEMENT));
  }

  /** Thursday 2025-03-06 at 15:00 in Shanghai, a day and more after the request. */
  private static final Instant RECEIVED = SeedCaseDriver.shanghai("2025-03-06T15:00");

  /** Approved and shipped back when the case opens; the merchant confirms receipt at {@link #RECEIVED}. */
  private static SeedCaseDriver receivedOnThursdayAfternoon(SeedCaseDriver d) {
    return d.approve().provideAddress().shipReturn().at(RECEIVED).confirmReceipt();
  }

  /** The seed's "whole return handling" is modelled as the inspection step, counted from receipt. */
  @Test
  void seedOneShopHandlesTheWholeReturnWithin72HoursModelledAsTheInspectionFromReceipt() {
    AfterSalesPolicy policy = shopWithSteps("""
        {"id": "shop.return-handling-72h", "source": "seed: one shop, 72 hours for the whole return handling",
         "step": "INSPECTION", "limit": {"amount": 72, "unit": "HOURS"}, "whenMissed": "PASS_INSPECTION"}
        """);

    SeedCaseDriver d = receivedOnThursdayAfternoon(open(policy, CaseType.RETURN_AND_REFUND));

    assertThat(d.deadline(DeadlineKind.INSPECTION).dueAt()).isEqualTo(RECEIVED.plus(Duration.ofHours(72)));
    d.sweepAt(RECEIVED.plus(Duration.ofHours(72)).minusSeconds(1));
    assertThat(d.state()).isEqualTo(CaseState.INSPECTING);
    d.sweepAt(RECEIVED.plus(Duration.ofHours(72)));
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
  }

  /**
   * The seed counts from receipt of the exchanged item; the library counts from the moment the
   * replacement is owed, when the item passes inspection (the inspection has its own limit).
   */
  @Test
  void seedMerchantShipsTheReplacementWithin24HoursCountedFromTheExchangedItemPassingInspection() {
    AfterSalesPolicy policy = shopWithSteps("""
        {"id": "shop.replacement-24h", "source": "seed: the replacement ships within 24 hours of receiving the item",
         "step": "REPLACEMENT_DISPATCH", "limit": {"amount": 24, "unit": "HOURS"}, "remindBefore": ["PT6H"],
         "whenMissed": "RAISE_ALERT"}
        """);
    Instant passedAt = RECEIVED.plus(Duration.ofHours(2));
    SeedCaseDriver d = receivedOnThursdayAfternoon(open(policy, CaseType.EXCHANGE)).at(passedAt).passInspection();

    assertThat(d.state()).isEqualTo(CaseState.REPLACEMENT_TO_SHIP);
    assertThat(d.deadline(DeadlineKind.REPLACEMENT_DISPATCH).dueAt()).isEqualTo(passedAt.plus(Duration.ofHours(24)));
    d.sweepAt(RECEIVED.plus(Duration.ofHours(24)));
    assertThat(d.events(CaseEvent.AlertRaised.class)).as("24 h after receipt: only the 6 h reminder").isEmpty();
    d.sweepAt(passedAt.plus(Duration.ofHours(24)));
    assertThat(d.events(CaseEvent.AlertRaised.class))
        .containsExactly(new CaseEvent.AlertRaised(DeadlineKind.REPLACEMENT_DISPATCH, Actor.MERCHANT));
  }

  @Test
  void seedBuyerConfirmsAReplacementWithin3WorkingDaysOfReceiptOrItCountsAsConfirmed() {
    AfterSalesPolicy policy = shopWithSteps("""
        {"id": "shop.buyer-confirms-3wd", "source": "seed: buyer confirms a replacement within 3 working days of receipt",
         "step": "BUYER_CONFIRMS_DELIVERY", "limit": {"amount": 3, "unit": "WORKING_DAYS"}, "whenMissed": "CONFIRM_DELIVERY"}
        """);
    SeedCaseDriver d = open(policy, CaseType.EXCHANGE).returnedAndReceived().passInspection()
        .by(Actor.MERCHANT, new CaseCommand.ShipReplacement(new Shipment("SF", "SF2002")))
        .at(SeedCaseDriver.shanghai("2025-03-06T15:00"))
        .by(Actor.SYSTEM, new CaseCommand.ReportOutboundDelivered());

    // Delivered Thursday 6: Fri 7, Mon 10, Tue 11; due at the end of Tuesday (from the shipping: end of Monday).
    Instant endOfTuesday = SeedCaseDriver.shanghai("2025-03-12T00:00");
    assertThat(d.deadline(DeadlineKind.BUYER_CONFIRMS_DELIVERY).dueAt()).isEqualTo(endOfTuesday);
    d.sweepAt(endOfTuesday.minusSeconds(1));
    assertThat(d.state()).isEqualTo(CaseState.OUTBOUND_DELIVERED);
    d.sweepAt(endOfTuesday);
    assertThat(d.state()).isEqualTo(CaseState.COMPLETED);
  }

  /** The return succeeds when the goods pass inspection, Friday 2025-03-07 at 11:00, the day after receipt. */
  private static final Instant PASSED = SeedCaseDriver.shanghai("2025-03-07T11:00");

  private static SeedCaseDriver returnSucceeded(String step) {
    return receivedOnThursdayAfternoon(open(shopWithSteps(step), CaseType.RETURN_AND_REFUND)).at(PASSED)
        .passInspection();
  }

  /** The seed names no event; the library counts from the moment the refund is owed (here: the return succeeds). */
  @Test
  void seedRefundReachesTheBuyerWithin3Days() {
    SeedCaseDriver d = returnSucceeded("""
        {"id": "shop.refund-3d", "source": "seed: refund reaches the buyer within 3 days",
         "step": "REFUND_SETTLEMENT", "limit": {"amount": 3, "unit": "CALENDAR_DAYS"}, "whenMissed": "RAISE_ALERT"}
        """);

    assertThat(d.deadline(DeadlineKind.REFUND_SETTLEMENT).dueAt()).isEqualTo(PASSED.plus(Duration.ofDays(3)));
  }

  @Test
  void seedOnePlatformRefundsWithin3WorkingDaysAfterTheReturnSucceeds() {
    SeedCaseDriver d = returnSucceeded("""
        {"id": "platform.refund-3wd", "source": "seed: one platform, within 3 working days after the return succeeds",
         "step": "REFUND_SETTLEMENT", "limit": {"amount": 3, "unit": "WORKING_DAYS"}, "whenMissed": "RAISE_ALERT"}
        """);

    // Passed on Friday 7: Mon 10, Tue 11, Wed 12; counted from receipt on Thursday it would end with Tuesday.
    Instant endOfWednesday = SeedCaseDriver.shanghai("2025-03-13T00:00");
    assertThat(d.deadline(DeadlineKind.REFUND_SETTLEMENT).dueAt()).isEqualTo(endOfWednesday);
    assertThat(d.sweepAt(endOfWednesday.minusSeconds(1)).applied()).isZero();
    assertThat(d.sweepAt(endOfWednesday).applied()).isEqualTo(1);
    assertThat(d.events(CaseEvent.AlertRaised.class))
        .containsExactly(new CaseEvent.AlertRaised(DeadlineKind.REFUND_SETTLEMENT, Actor.SYSTEM));
  }

  /**
   * An approximation: the seed counts the 24 hours from the buyer's refund request, the library from
   * the moment the refund is owed, here the merchant's approval of a refund-only request; the time
   * before that is the merchant's response limit.
   */
  @Test
  void seedOneShopRefundsWithin24HoursCountedFromTheApprovalNotTheBuyersRequest() {
    AfterSalesPolicy policy = shopWithSteps("""
        {"id": "shop.refund-24h", "source": "seed: one shop, within 24 hours of the refund request",
         "step": "REFUND_SETTLEMENT", "limit": {"amount": 24, "unit": "HOURS"}, "whenMissed": "RAISE_ALERT"}
        """);
    Instant approvedAt = T0.plus(Duration.ofHours(5));
    SeedCaseDriver d = open(policy, CaseType.REFUND_ONLY).at(approvedAt).approve();

    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(d.deadline(DeadlineKind.REFUND_SETTLEMENT).dueAt()).isEqualTo(approvedAt.plus(Duration.ofHours(24)));
    assertThat(d.sweepAt(T0.plus(Duration.ofHours(24))).applied()).as("24 h after the request: no alert").isZero();
    assertThat(d.sweepAt(approvedAt.plus(Duration.ofHours(24))).applied()).isEqualTo(1);
    assertThat(d.events(CaseEvent.AlertRaised.class))
        .containsExactly(new CaseEvent.AlertRaised(DeadlineKind.REFUND_SETTLEMENT, Actor.SYSTEM));
  }

  @Test
  void seedArbitrationTakesSupplementaryEvidenceAndThePlatformRulesWithin5WorkingDaysOrForTheBuyer() {
    AfterSalesPolicy policy = SeedDocument.shop().sla("""
        {"dayConvention": "END_OF_DAY", "automaticRefundAttempts": 3, "maxInformationRequests": 2,
         "maxPartialRefundOffers": 2, "steps": [
          {"id": "platform.arbitration-5wd",
           "source": "seed: the platform rules within 5 working days, finally; a review that times out counts as approved",
           "step": "PLATFORM_RULING", "limit": {"amount": 5, "unit": "WORKING_DAYS"}, "remindBefore": ["PT24H"],
           "whenMissed": "RULE_FOR_BUYER"}]}
        """).evidence("""
        {"rules": [{"id": "platform.escalation-evidence", "source": "seed: either party may escalate with supplementary evidence",
                    "occasion": "ESCALATION", "required": [["PHOTO", "VIDEO", "CHAT_LOG", "WRITTEN_STATEMENT"]]}]}
        """).read();
    SeedCaseDriver d = open(policy, CaseType.RETURN_AND_REFUND).reject()
        .at(SeedCaseDriver.shanghai("2025-03-06T09:00")).escalate(Actor.BUYER);

    // Escalated Thursday 6: Fri 7, Mon 10 .. Thu 13; counted from the rejection it would end with Wednesday 12.
    Instant endOfThursday = SeedCaseDriver.shanghai("2025-03-14T00:00");
    assertThat(d.deadline(DeadlineKind.PLATFORM_RULING).dueAt()).isEqualTo(endOfThursday);
    d.sweepAt(endOfThursday.minusSeconds(1));
    assertThat(d.state()).isEqualTo(CaseState.ARBITRATING_REJECTION);
    d.sweepAt(endOfThursday);
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
    EvidenceSituation escalation = new EvidenceSituation(EvidenceOccasion.ESCALATION, Reason.QUALITY_DEFECT,
        CaseType.RETURN_AND_REFUND, GoodsCategory.GENERAL, BuyerStanding.STANDARD);
    assertThat(policy.evidence().missing(escalation, EnumSet.noneOf(EvidenceKind.class))).hasSize(1);
    assertThat(policy.evidence().missing(escalation, EnumSet.of(EvidenceKind.CHAT_LOG))).isEmpty();
  }

  @Test
  void seedRemindersGoOutAtEachStepAndTheLimitWithItsSourceIsShownToBothParties() {
    AfterSalesPolicy policy = shopWithSteps("""
        {"id": "shop.response-24h", "source": "seed: merchant responds within 24 hours; reminders at each step",
         "step": "MERCHANT_RESPONSE", "limit": {"amount": 24, "unit": "HOURS"}, "remindBefore": ["PT12H", "PT6H"],
         "whenMissed": "APPROVE"}
        """);
    SeedCaseDriver d = open(policy, CaseType.EXCHANGE);

    assertThat(d.sweepAt(T0.plus(Duration.ofHours(12))).applied()).isEqualTo(1);
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).pendingReminders()).containsExactly(Duration.ofHours(6));
    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
    assertThat(policy.sla().source(CaseType.EXCHANGE, DeadlineKind.MERCHANT_RESPONSE))
        .hasValueSatisfying(rule -> assertThat(rule.source()).contains("within 24 hours"));
    assertThat(policy.sla().source(CaseType.EXCHANGE, DeadlineKind.INSPECTION)).isEmpty();
  }
}
