package org.aftersales.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.deadline.DayConvention;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.money.CurrencyMismatchException;
import org.aftersales.money.Money;
import org.aftersales.money.NegativeMoneyException;
import org.aftersales.store.CaseQuery;
import org.aftersales.testing.Fixtures;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input to records and factories fails fast, with a message naming the field. */
class RecordValidationExamplesTest {

  private static final Money CNY_1 = Money.of(100, "CNY");
  private static final OrderLine LINE = Fixtures.line("l1", 12_900);
  private static final EvidenceRef PHOTO = Fixtures.photo();
  private static final CaseId CASE = CaseId.of("case-1");
  private static final IdempotencyKey KEY = IdempotencyKey.of("k-1");
  private static final SlaRule RULE = SlaRule.of(SlaLimit.hours(1), DefaultAction.APPROVE);

  private static Arguments npe(String field, ThrowingCallable call) {
    return Arguments.of(field, call);
  }

  static Stream<Arguments> nullFields() {
    OrderId order = OrderId.of("o-1");
    PartyId buyer = Fixtures.BUYER;
    List<OrderLine> lines = List.of(LINE);
    CaseType type = CaseType.REFUND_ONLY;
    Reason reason = Reason.NOT_RECEIVED;
    Channel web = Channel.WEB;
    Money refund = Money.of(12_900, "CNY");
    List<EvidenceRef> ev = List.of(PHOTO);
    CaseCommand approve = new CaseCommand.Approve();
    return Stream.of(
        // Open, field by field
        npe("orderId", () -> new CaseCommand.Open(null, buyer, type, reason, web, lines, refund, "", ev)),
        npe("buyerId", () -> new CaseCommand.Open(order, null, type, reason, web, lines, refund, "", ev)),
        npe("caseType", () -> new CaseCommand.Open(order, buyer, null, reason, web, lines, refund, "", ev)),
        npe("reason", () -> new CaseCommand.Open(order, buyer, type, null, web, lines, refund, "", ev)),
        npe("channel", () -> new CaseCommand.Open(order, buyer, type, reason, null, lines, refund, "", ev)),
        npe("lines", () -> new CaseCommand.Open(order, buyer, type, reason, web, null, refund, "", ev)),
        npe("requestedRefund", () -> new CaseCommand.Open(order, buyer, type, reason, web, lines, null, "", ev)),
        npe("description", () -> new CaseCommand.Open(order, buyer, type, reason, web, lines, refund, null, ev)),
        npe("evidence", () -> new CaseCommand.Open(order, buyer, type, reason, web, lines, refund, "", null)),
        npe("lines", () -> CaseCommand.Open.of(order, buyer, type, reason, web, null, "", ev)),
        npe("orderId", () -> CaseCommand.Open.of(null, buyer, type, reason, web, lines, "", ev)),
        // identifiers
        npe("tenantId", () -> TenantId.of(null)),
        npe("caseId", () -> CaseId.of(null)),
        npe("partyId", () -> PartyId.of(null)),
        npe("idempotencyKey", () -> IdempotencyKey.of(null)),
        npe("deadlineId", () -> DeadlineId.of(null)),
        // value records
        npe("lineId", () -> OrderLine.of(null, "sku", 1, CNY_1)),
        npe("sku", () -> OrderLine.of("l1", null, 1, CNY_1)),
        npe("amountPaid", () -> OrderLine.of("l1", "sku", 1, null)),
        npe("kind", () -> EvidenceRef.of(null, "https://e.example/1.jpg", "image/jpeg", PHOTO.sha256())),
        npe("uri", () -> new EvidenceRef(EvidenceKind.PHOTO, null, "image/jpeg", PHOTO.sha256())),
        npe("mediaType", () -> new EvidenceRef(EvidenceKind.PHOTO, URI.create("https://e.example/1"), null, PHOTO.sha256())),
        npe("sha256", () -> new EvidenceRef(EvidenceKind.PHOTO, URI.create("https://e.example/1"), "image/jpeg", null)),
        npe("recipient", () -> new ReturnAddress(null, "1", "addr")),
        npe("phone", () -> new ReturnAddress("r", null, "addr")),
        npe("address", () -> new ReturnAddress("r", "1", null)),
        npe("carrier", () -> new Shipment(null, "T1")),
        npe("trackingNumber", () -> new Shipment("SF", null)),
        npe("description", () -> new RepairPlan(null, CNY_1)),
        npe("fee", () -> new RepairPlan("fix", null)),
        npe("comment", () -> new Rating(3, null)),
        // commands
        npe("reason", () -> new CaseCommand.Reject(null, ev)),
        npe("evidence", () -> new CaseCommand.Reject("no", null)),
        npe("question", () -> new CaseCommand.RequestInfo(null)),
        npe("answer", () -> new CaseCommand.SupplyInfo(null, ev)),
        npe("address", () -> new CaseCommand.ProvideReturnAddress(null)),
        npe("shipment", () -> new CaseCommand.ShipReturn(null)),
        npe("reason", () -> new CaseCommand.RefuseReceipt(null, ev)),
        npe("evidence", () -> new CaseCommand.PassInspection(null)),
        npe("reason", () -> new CaseCommand.FailInspection(null, ev)),
        npe("paymentReference", () -> new CaseCommand.ConfirmRefund(1, null)),
        npe("failure", () -> new CaseCommand.ReportRefundFailure(1, null)),
        npe("shipment", () -> new CaseCommand.ShipReplacement(null)),
        npe("plan", () -> new CaseCommand.ProposeRepairPlan(null)),
        npe("shipment", () -> new CaseCommand.ShipRepairedItem(null, ev)),
        npe("reason", () -> new CaseCommand.Withdraw(null)),
        npe("statement", () -> new CaseCommand.Escalate(null, ev)),
        npe("evidence", () -> new CaseCommand.Escalate("why", null)),
        npe("statement", () -> new CaseCommand.RuleForBuyer(null)),
        npe("statement", () -> new CaseCommand.RuleForMerchant(null)),
        npe("amount", () -> new CaseCommand.RulePartialRefund(null, "why")),
        npe("evidence", () -> new CaseCommand.AddEvidence(null)),
        npe("reason", () -> new CaseCommand.ClassifyComplex(null)),
        npe("statement", () -> new CaseCommand.GiveFirstJudgment(null)),
        npe("complaint", () -> new CaseCommand.FileComplaint(null, ev)),
        npe("evidence", () -> new CaseCommand.FileComplaint("slow", null)),
        npe("answer", () -> new CaseCommand.AnswerComplaint(null)),
        npe("escalatedAt", () -> new PlatformReview(null, false, false)),
        npe("rating", () -> new CaseCommand.Rate(null)),
        npe("deadline", () -> new CaseCommand.SendReminder(null, Duration.ofHours(1))),
        npe("before", () -> new CaseCommand.SendReminder(DeadlineId.of("d"), null)),
        // envelope
        npe("tenant", () -> CommandEnvelope.to(null, CASE, Actor.MERCHANT, Fixtures.MERCHANT_STAFF, KEY, approve)),
        npe("caseId", () -> new CommandEnvelope(Fixtures.SHOP, null, Actor.MERCHANT, Fixtures.MERCHANT_STAFF, KEY,
            approve, Optional.empty(), OptionalLong.empty())),
        npe("actor", () -> CommandEnvelope.to(Fixtures.SHOP, CASE, null, Fixtures.MERCHANT_STAFF, KEY, approve)),
        npe("actorId", () -> CommandEnvelope.to(Fixtures.SHOP, CASE, Actor.MERCHANT, null, KEY, approve)),
        npe("idempotencyKey", () -> CommandEnvelope.to(Fixtures.SHOP, CASE, Actor.MERCHANT, Fixtures.MERCHANT_STAFF,
            null, approve)),
        npe("command", () -> CommandEnvelope.to(Fixtures.SHOP, CASE, Actor.MERCHANT, Fixtures.MERCHANT_STAFF, KEY, null)),
        npe("deadline", () -> new CommandEnvelope(Fixtures.SHOP, Optional.of(CASE), Actor.SYSTEM,
            CommandEnvelope.SYSTEM_PARTY, KEY, approve, null, OptionalLong.empty())),
        npe("expectedVersion", () -> new CommandEnvelope(Fixtures.SHOP, Optional.of(CASE), Actor.MERCHANT,
            Fixtures.MERCHANT_STAFF, KEY, approve, Optional.empty(), null)),
        // money
        npe("currency", () -> Money.of(1, (Currency) null)),
        npe("currencyCode", () -> Money.of(1, (String) null)),
        // policies and queries
        npe("unit", () -> new SlaLimit(1, null)),
        npe("limit", () -> SlaRule.of(null, DefaultAction.APPROVE)),
        npe("defaultAction", () -> SlaRule.of(SlaLimit.hours(1), null)),
        npe("remindBefore", () -> new SlaRule(SlaLimit.hours(1), null, DefaultAction.APPROVE)),
        npe("kind", () -> SlaPolicy.builder().rule(null, RULE)),
        npe("rule", () -> SlaPolicy.builder().rule(DeadlineKind.INSPECTION, null)),
        npe("type", () -> SlaPolicy.builder().rule(null, DeadlineKind.INSPECTION, RULE)),
        npe("convention", () -> SlaPolicy.builder().dayConvention(null)),
        npe("type", () -> SlaPolicy.seedDefaults().rule(null, DeadlineKind.INSPECTION)),
        npe("kind", () -> SlaPolicy.seedDefaults().rule(CaseType.REPAIR, null)),
        npe("now", () -> new DecisionContext(null, SlaPolicy.seedDefaults(), WeekendsOnlyCalendar.of(Fixtures.SHANGHAI),
            Optional.empty())),
        npe("tenant", () -> CaseQuery.all(null, 10)),
        npe("type", () -> Lifecycles.of(null)),
        npe("action", () -> Lifecycles.commandFor(null)),
        npe("caseType", () -> EnumValues.parse(CaseType.class, null, "caseType")));
  }

  @ParameterizedTest(name = "null {0}")
  @MethodSource("nullFields")
  void nullIsRefusedWithTheFieldNamed(String field, ThrowingCallable call) {
    assertThatNullPointerException().isThrownBy(call).withMessage(field);
  }

  // ------------------------------------------------------------------ money

  @Test
  void negativeMoney_isRefused() {
    assertThatExceptionOfType(NegativeMoneyException.class).isThrownBy(() -> Money.of(-1, "CNY"))
        .withMessage("money cannot be negative: -1 minor units of CNY");
    assertThatExceptionOfType(NegativeMoneyException.class).isThrownBy(() -> Money.of(-12_900, Currency.getInstance("CNY")));
    assertThatExceptionOfType(NegativeMoneyException.class).isThrownBy(() -> CNY_1.minus(Money.of(101, "CNY")));
  }

  @Test
  void linesInMixedCurrencies_areRefused() {
    List<OrderLine> mixed = List.of(Fixtures.line("l1", 12_900), OrderLine.of("l2", "sku-2", 1, Money.of(500, "USD")));
    assertThatExceptionOfType(CurrencyMismatchException.class)
        .isThrownBy(() -> CaseCommand.Open.of(OrderId.of("o-1"), Fixtures.BUYER, CaseType.REFUND_ONLY,
            Reason.NOT_RECEIVED, Channel.WEB, mixed, "", List.of()))
        .withMessageContainingAll("CNY", "USD");
    assertThatExceptionOfType(CurrencyMismatchException.class)
        .isThrownBy(() -> new CaseCommand.Open(OrderId.of("o-1"), Fixtures.BUYER, CaseType.REFUND_ONLY,
            Reason.NOT_RECEIVED, Channel.WEB, mixed, Money.of(100, "CNY"), "", List.of()));
  }

  @Test
  void refundInAnotherCurrencyThanTheLines_isRefused() {
    assertThatExceptionOfType(CurrencyMismatchException.class)
        .isThrownBy(() -> new CaseCommand.Open(OrderId.of("o-1"), Fixtures.BUYER, CaseType.REFUND_ONLY,
            Reason.NOT_RECEIVED, Channel.WEB, List.of(LINE), Money.of(100, "USD"), "", List.of()))
        .withMessageContainingAll("CNY", "USD");
  }

  @Test
  void refundAboveWhatWasPaid_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CaseCommand.Open(OrderId.of("o-1"), Fixtures.BUYER, CaseType.REFUND_ONLY,
            Reason.NOT_RECEIVED, Channel.WEB, List.of(LINE, Fixtures.line("l2", 3_100)), Money.of(16_001, "CNY"),
            "", List.of()))
        .withMessage("requestedRefund CNY 160.01 exceeds the amount paid for the lines, CNY 160.00");
    // Exactly what was paid is fine.
    assertThat(new CaseCommand.Open(OrderId.of("o-1"), Fixtures.BUYER, CaseType.REFUND_ONLY, Reason.NOT_RECEIVED,
        Channel.WEB, List.of(LINE), Money.of(12_900, "CNY"), "", List.of()).requestedRefund())
        .isEqualTo(Money.of(12_900, "CNY"));
  }

  @Test
  void openWithoutLinesOrWithARepeatedLine_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaseCommand.Open.of(OrderId.of("o-1"), Fixtures.BUYER, CaseType.REFUND_ONLY,
            Reason.NOT_RECEIVED, Channel.WEB, List.of(), "", List.of()))
        .withMessageContaining("lines");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaseCommand.Open.of(OrderId.of("o-1"), Fixtures.BUYER, CaseType.REFUND_ONLY,
            Reason.NOT_RECEIVED, Channel.WEB, List.of(LINE, LINE), "", List.of()))
        .withMessageContaining("lineId");
  }

  @Test
  void otherMalformedValues_areRefusedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CaseCommand.RulePartialRefund(Money.of(0, "CNY"), "x"))
        .withMessageContaining("amount");
    assertThatIllegalArgumentException().isThrownBy(() -> new CaseCommand.Reject("  ", List.of()))
        .withMessageStartingWith("reason");
    assertThatIllegalArgumentException().isThrownBy(() -> new CaseCommand.ConfirmRefund(1, ""))
        .withMessageStartingWith("paymentReference");
    assertThatIllegalArgumentException().isThrownBy(() -> new CaseCommand.ClassifyComplex(" "))
        .withMessageStartingWith("reason");
    assertThatIllegalArgumentException().isThrownBy(() -> new CaseCommand.GiveFirstJudgment(""))
        .withMessageStartingWith("statement");
    assertThatIllegalArgumentException().isThrownBy(() -> new CaseCommand.FileComplaint("x".repeat(2001), List.of()))
        .withMessageStartingWith("complaint");
    assertThatIllegalArgumentException().isThrownBy(() -> new CaseCommand.AnswerComplaint("  "))
        .withMessageStartingWith("answer");
    assertThatIllegalArgumentException().isThrownBy(() -> SlaPolicy.builder().maxComplaints(-1))
        .withMessageStartingWith("maxComplaints");
    assertThatIllegalArgumentException().isThrownBy(() -> OrderLine.of("l1", "sku", 0, CNY_1))
        .withMessageContaining("quantity");
    assertThatIllegalArgumentException().isThrownBy(() -> new Rating(6, ""))
        .withMessageContaining("stars");
    assertThatIllegalArgumentException().isThrownBy(() -> TenantId.of(" shop"))
        .withMessageStartingWith("tenantId");
    assertThatIllegalArgumentException().isThrownBy(() -> new CaseCommand.AddEvidence(List.of()))
        .withMessageContaining("evidence");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvidenceRef.of(EvidenceKind.PHOTO, "relative/1.jpg", "image/jpeg", PHOTO.sha256()))
        .withMessageStartingWith("uri");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SlaRule.of(SlaLimit.hours(24), DefaultAction.APPROVE, Duration.ofHours(1), Duration.ofHours(6)))
        .withMessageStartingWith("remindBefore");
    assertThatIllegalArgumentException().isThrownBy(() -> SlaLimit.hours(0)).withMessageStartingWith("amount");
  }

  // ------------------------------------------------------------------ enum names

  @ParameterizedTest(name = "{0} = ''{1}''")
  @CsvSource({
      "caseType, REFUND, '[REFUND_ONLY, RETURN_AND_REFUND, EXCHANGE, REPAIR]'",
      "caseType, refund_only, '[REFUND_ONLY, RETURN_AND_REFUND, EXCHANGE, REPAIR]'",
      "channel, EMAIL, '[WEB, APP, CUSTOMER_SERVICE, PHONE, CHAT]'",
      "channel, '', '[WEB, APP, CUSTOMER_SERVICE, PHONE, CHAT]'"})
  void unknownEnumName_messageNamesFieldAndAllowedValues(String field, String name, String allowed) {
    Class<? extends Enum<?>> type = field.equals("caseType") ? CaseType.class : Channel.class;
    assertThatIllegalArgumentException().isThrownBy(() -> parse(type, name, field))
        .withMessage(field + " was '" + name + "', expected one of " + allowed);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse(Class type, String name, String field) {
    return EnumValues.parse(type, name, field);
  }

  @Test
  void knownEnumNames_parseExactly() {
    assertThat(EnumValues.parse(CaseType.class, "RETURN_AND_REFUND", "caseType")).isEqualTo(CaseType.RETURN_AND_REFUND);
    assertThat(EnumValues.parse(DeadlineKind.class, "PLATFORM_RULING", "kind")).isEqualTo(DeadlineKind.PLATFORM_RULING);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EnumValues.parse(DefaultAction.class, "AUTO_APPROVE", "defaultAction"))
        .withMessageStartingWith("defaultAction was 'AUTO_APPROVE', expected one of [APPROVE, ");
  }

  // ------------------------------------------------------------------ impossible policies

  @Test
  void slaPolicyWithADefaultActionImpossibleInItsState_namesTypeStateKindAndAction() {
    assertThatExceptionOfType(InvalidSlaPolicyException.class)
        .isThrownBy(() -> SlaPolicy.seedBuilder()
            .rule(DeadlineKind.INSPECTION, SlaRule.of(SlaLimit.workingDays(3), DefaultAction.APPROVE))
            .build())
        .withMessageContainingAll("APPROVE", "INSPECTION", "INSPECTING", "RETURN_AND_REFUND", "SYSTEM");
    assertThatExceptionOfType(InvalidSlaPolicyException.class)
        .isThrownBy(() -> SlaPolicy.seedBuilder()
            .rule(DeadlineKind.REFUND_SETTLEMENT, SlaRule.of(SlaLimit.calendarDays(3), DefaultAction.CLOSE_ABANDONED))
            .build())
        .withMessageContainingAll("CLOSE_ABANDONED", "REFUND_SETTLEMENT", "REFUND_PENDING", "REFUND_ONLY");
  }

  @Test
  void slaPolicyThatAlertsOnAClockWaitingOnTheBuyer_isRefused_anAlertCannotMakeTheBuyerAct() {
    assertThatExceptionOfType(InvalidSlaPolicyException.class)
        .isThrownBy(() -> SlaPolicy.seedBuilder()
            .rule(DeadlineKind.BUYER_SHIPS_RETURN, SlaRule.of(SlaLimit.calendarDays(7), DefaultAction.RAISE_ALERT))
            .build())
        .withMessageContainingAll("RAISE_ALERT", "BUYER_SHIPS_RETURN", "BUYER", "AWAITING_RETURN_SHIPMENT");
    // Clocks that wait on the merchant may still alert, as the seed's do.
    SlaRule alertOnMerchant = SlaRule.of(SlaLimit.hours(48), DefaultAction.RAISE_ALERT);
    assertThat(SlaPolicy.seedBuilder().rule(DeadlineKind.REPAIR_PLAN, alertOnMerchant).build()
        .rule(CaseType.REPAIR, DeadlineKind.REPAIR_PLAN)).contains(alertOnMerchant);
  }

  @Test
  void refundWithoutReturnOnMissingAddress_isImpossibleForExchange_unlessOverriddenPerType() {
    SlaRule refundInstead = SlaRule.of(SlaLimit.hours(24), DefaultAction.REFUND_WITHOUT_RETURN);
    assertThatExceptionOfType(InvalidSlaPolicyException.class)
        .isThrownBy(() -> SlaPolicy.seedBuilder().rule(DeadlineKind.RETURN_ADDRESS, refundInstead).build())
        .withMessageContainingAll("REFUND_WITHOUT_RETURN", "RETURN_ADDRESS", "AWAITING_RETURN_ADDRESS", "EXCHANGE");

    SlaPolicy perType = SlaPolicy.seedBuilder()
        .rule(CaseType.RETURN_AND_REFUND, DeadlineKind.RETURN_ADDRESS, refundInstead)
        .build();
    assertThat(perType.rule(CaseType.RETURN_AND_REFUND, DeadlineKind.RETURN_ADDRESS)).contains(refundInstead);
    assertThat(perType.rule(CaseType.EXCHANGE, DeadlineKind.RETURN_ADDRESS).map(SlaRule::defaultAction))
        .contains(DefaultAction.USE_DEFAULT_RETURN_ADDRESS);
  }

  @Test
  void seedDefaultsAreValidAndUseEndOfDay() {
    SlaPolicy seed = SlaPolicy.seedDefaults();
    assertThat(seed.dayConvention()).isEqualTo(DayConvention.END_OF_DAY);
    assertThat(seed).isEqualTo(SlaPolicy.seedBuilder().build());
    assertThat(seed.rule(CaseType.REPAIR, DeadlineKind.MERCHANT_RESPONSE).orElseThrow().limit())
        .isEqualTo(SlaLimit.hours(24));
  }

  @Test
  void deciderOpen_refusesACommandThatIsNotOpen() {
    DecisionContext ctx = new DecisionContext(Instant.EPOCH, SlaPolicy.seedDefaults(),
        WeekendsOnlyCalendar.of(Fixtures.SHANGHAI), Optional.of(Fixtures.WAREHOUSE));
    CommandEnvelope notOpen = CommandEnvelope.to(Fixtures.SHOP, CASE, Actor.MERCHANT, Fixtures.MERCHANT_STAFF, KEY,
        new CaseCommand.Approve());
    assertThatIllegalArgumentException().isThrownBy(() -> CaseDecider.open(CASE, notOpen, ctx))
        .withMessageContaining("APPROVE");
  }

  @Test
  void envelopeShape_isChecked() {
    CaseCommand.Open open = Fixtures.openRequest(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CommandEnvelope(Fixtures.SHOP, Optional.of(CASE), Actor.BUYER, Fixtures.BUYER, KEY, open,
            Optional.empty(), OptionalLong.empty()))
        .withMessageContaining("caseId");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CommandEnvelope(Fixtures.SHOP, Optional.empty(), Actor.MERCHANT, Fixtures.MERCHANT_STAFF,
            KEY, new CaseCommand.Approve(), Optional.empty(), OptionalLong.empty()))
        .withMessageContaining("caseId");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CommandEnvelope(Fixtures.SHOP, Optional.of(CASE), Actor.MERCHANT, Fixtures.MERCHANT_STAFF,
            KEY, new CaseCommand.Approve(), Optional.of(DeadlineId.of("case-1/1/MERCHANT_RESPONSE")),
            OptionalLong.empty()))
        .withMessageContaining("SYSTEM");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CommandEnvelope.to(Fixtures.SHOP, CASE, Actor.MERCHANT, Fixtures.MERCHANT_STAFF, KEY,
            new CaseCommand.Approve()).expectingVersion(0))
        .withMessageContaining("expectedVersion must be at least 1, but was 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER, KEY, open).expectingVersion(1))
        .withMessageContaining("not for opening");
  }
}
