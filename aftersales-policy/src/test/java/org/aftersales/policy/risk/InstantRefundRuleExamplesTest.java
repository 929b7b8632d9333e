package org.aftersales.policy.risk;

import static org.aftersales.policy.risk.Histories.ALICE;
import static org.aftersales.policy.risk.Histories.SHOP;
import static org.aftersales.policy.testing.Clocks.SHANGHAI_WEEKDAYS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CommandOutcome;
import org.aftersales.application.TenantPolicies;
import org.aftersales.application.TenantPolicy;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.EvidenceRef;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.Shipment;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.money.Money;
import org.aftersales.policy.source.RuleRef;
import org.aftersales.store.memory.InMemoryAfterSalesStore;
import org.junit.jupiter.api.Test;

/**
 * The instant-refund rule (极速退款) end to end, for the seed line "small no-reason returns from trusted
 * buyers may be refunded automatically": the policy's rule, fed by the risk projection, is the core's
 * port; a covered return is refunded when it ships, and its failed inspection then counts against the
 * buyer, who loses instant refunds while the flag lasts.
 */
class InstantRefundRuleExamplesTest {

  private static final RuleRef INSTANT = RuleRef.of("shop.instant-refund",
      "seed: small no-reason returns from trusted buyers may be refunded automatically");
  private static final RuleRef FAILED = RuleRef.of("shop.risk.failed-after-instant", "seed: instant refunds");
  private static final RiskTerms TERMS = new RiskTerms(Duration.ofDays(90),
      List.of(RiskRule.count(FAILED, RiskMeasure.FAILED_INSPECTIONS_AFTER_INSTANT_REFUND, 1, Duration.ofDays(180))),
      OptionalInt.empty(),
      Optional.of(new InstantRefundRule(INSTANT, Set.of(Reason.CHANGED_MIND), Money.parse("CNY 200.00"), 3)));
  private static final PartyId MERCHANT = PartyId.of("staff-1");

  private final Instant start = Instant.parse("2026-03-02T02:00:00Z");
  private final InMemoryBuyerRiskStore riskStore = new InMemoryBuyerRiskStore();
  private final BuyerRiskProjection projection = new BuyerRiskProjection(riskStore);
  private final InMemoryCompletedOrders orders = new InMemoryCompletedOrders();
  private final BuyerRisk risk = new BuyerRisk(TERMS, riskStore, orders, Clock.fixed(start, ZoneOffset.UTC));
  private final AtomicLong ids = new AtomicLong();
  private final List<RecordedEvent> history = new ArrayList<>();
  private final AfterSalesService service = new AfterSalesService(new InMemoryAfterSalesStore(),
      TenantPolicies.same(new TenantPolicy(SlaPolicy.seedDefaults(), SHANGHAI_WEEKDAYS,
          Optional.of(new ReturnAddress("Warehouse 1", "021-5555", "Shanghai")))
          .withInstantRefunds(RiskInstantRefunds.of(risk))),
      () -> CaseId.of("case-" + ids.incrementAndGet()), Clock.fixed(start, ZoneOffset.UTC));

  private void completedOrders(int n) {
    for (int i = 0; i < n; i++) {
      orders.completed(SHOP, ALICE, OrderId.of("done-" + i));
    }
  }

  /** Sends a command that must be accepted and feeds its events to the projection, as the outbox would. */
  private AfterSalesCase send(CommandEnvelope envelope) {
    CommandOutcome outcome = service.handle(envelope);
    assertThat(outcome).as("%s", envelope.command()).isInstanceOf(CommandOutcome.Accepted.class);
    CommandOutcome.Accepted accepted = (CommandOutcome.Accepted) outcome;
    projection.applyAll(accepted.events());
    history.addAll(accepted.events());
    return accepted.after();
  }

  private AfterSalesCase shippedReturn(String order, Reason reason, String paid) {
    AfterSalesCase c = send(CommandEnvelope.open(SHOP, Actor.BUYER, ALICE, key(), CaseCommand.Open.of(OrderId.of(order),
        ALICE, CaseType.RETURN_AND_REFUND, reason, Channel.APP, List.of(new OrderLine("l1", "mug", 1, Money.parse(paid))),
        "", List.of())));
    send(CommandEnvelope.to(SHOP, c.id(), Actor.MERCHANT, MERCHANT, key(), new CaseCommand.Approve()));
    send(CommandEnvelope.to(SHOP, c.id(), Actor.MERCHANT, MERCHANT, key(),
        new CaseCommand.ProvideReturnAddress(new ReturnAddress("Warehouse 1", "021-5555", "Shanghai"))));
    return send(CommandEnvelope.to(SHOP, c.id(), Actor.BUYER, ALICE, key(),
        new CaseCommand.ShipReturn(new Shipment("SF", "SF-" + order))));
  }

  /** The payment provider confirms the instant refund, then the merchant confirms receipt of the goods. */
  private AfterSalesCase refundedAndReceived(AfterSalesCase shipped) {
    send(CommandEnvelope.to(SHOP, shipped.id(), Actor.SYSTEM, CommandEnvelope.SYSTEM_PARTY, key(),
        new CaseCommand.ConfirmRefund(1, "pay-" + shipped.id().value())));
    return send(CommandEnvelope.to(SHOP, shipped.id(), Actor.MERCHANT, MERCHANT, key(), new CaseCommand.ConfirmReceipt()));
  }

  private IdempotencyKey key() {
    return IdempotencyKey.of("k-" + ids.incrementAndGet());
  }

  private List<CaseEvent> eventsOf(AfterSalesCase c) {
    return history.stream().filter(e -> e.caseId().equals(c.id())).map(RecordedEvent::event).toList();
  }

  @Test
  void seedInstantRefund_smallNoReasonReturnOfAnUnflaggedBuyerWithEnoughOrders_isRefundedWhenItShips() {
    completedOrders(3);
    AfterSalesCase shipped = shippedReturn("o1", Reason.CHANGED_MIND, "CNY 200.00");

    assertThat(shipped.state()).isEqualTo(CaseState.RETURN_IN_TRANSIT);
    assertThat(shipped.instantRefund()).hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo("shop.instant-refund"));
    assertThat(eventsOf(shipped)).contains(new CaseEvent.InstantRefundGranted("shop.instant-refund",
        Money.parse("CNY 200.00")), new CaseEvent.RefundRequested(Money.parse("CNY 200.00"), 1));
  }

  @Test
  void seedInstantRefund_isNotGranted_aboveTheAmount_forAnotherReason_orWithTooFewOrders() {
    completedOrders(3);
    assertThat(shippedReturn("o1", Reason.CHANGED_MIND, "CNY 200.01").instantRefund()).as("above the amount").isEmpty();
    assertThat(shippedReturn("o2", Reason.SIZE_OR_FIT, "CNY 20.00").instantRefund()).as("another reason").isEmpty();
    assertThat(shippedReturn("o3", Reason.CHANGED_MIND, "USD 20.00").instantRefund()).as("another currency").isEmpty();
    AfterSalesCase covered = shippedReturn("o4", Reason.CHANGED_MIND, "CNY 20.00");
    assertThat(covered.instantRefund()).isPresent();
    assertThat(new RiskInstantRefunds(new InstantRefundRule(INSTANT, Set.of(Reason.CHANGED_MIND),
        Money.parse("CNY 200.00"), 4), risk).ruleFor(covered, start)).as("3 completed orders, 4 needed").isEmpty();
  }

  @Test
  void seedInstantRefund_failedInspectionIsRecordedAgainstTheBuyer_whoIsFlaggedAndGetsNoMoreInstantRefunds() {
    completedOrders(3);
    AfterSalesCase first = refundedAndReceived(shippedReturn("o1", Reason.CHANGED_MIND, "CNY 99.00"));
    AfterSalesCase failed = send(CommandEnvelope.to(SHOP, first.id(), Actor.MERCHANT, MERCHANT, key(),
        new CaseCommand.FailInspection("worn, tags off", List.of(new EvidenceRef(EvidenceKind.INSPECTION_REPORT,
            java.net.URI.create("https://files.example/r1.pdf"), "application/pdf", "a".repeat(64))))));
    assertThat(failed.state()).isEqualTo(CaseState.GOODS_REFUSED);
    assertThat(failed.refunded()).as("the money stays with the buyer; recovery is the merchant's claim")
        .isEqualTo(Money.parse("CNY 99.00"));

    BuyerAssessment alice = risk.assess(SHOP, ALICE);
    assertThat(alice.flags()).singleElement().satisfies(flag -> {
      assertThat(flag.rule()).isEqualTo(FAILED);
      assertThat(flag.expiresAt()).isEqualTo(start.plus(Duration.ofDays(180)));
    });
    assertThat(shippedReturn("o2", Reason.CHANGED_MIND, "CNY 20.00").instantRefund()).as("a flagged buyer").isEmpty();
  }

  @Test
  void seedInstantRefund_thePassedInspectionRefundsNothingMore() {
    completedOrders(3);
    AfterSalesCase c = refundedAndReceived(shippedReturn("o1", Reason.CHANGED_MIND, "CNY 99.00"));
    AfterSalesCase done = send(CommandEnvelope.to(SHOP, c.id(), Actor.MERCHANT, MERCHANT, key(),
        new CaseCommand.PassInspection(List.of())));
    assertThat(done.outcome()).contains(CaseOutcome.REFUNDED);
    assertThat(eventsOf(done).stream().filter(CaseEvent.RefundRequested.class::isInstance)).hasSize(1);
    assertThat(risk.assess(SHOP, ALICE).counts()).containsEntry(RiskMeasure.NO_REASON_RETURNS, 1L)
        .containsEntry(RiskMeasure.REFUNDS_WITHOUT_RETURN, 0L);
  }
}
