package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.casefile.OrderId;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseDecider;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.DeadlineId;
import org.aftersales.casefile.Decision;
import org.aftersales.casefile.DecisionContext;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.InvalidSlaPolicyException;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.Rejection;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.casefile.Shipment;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.money.Money;
import org.aftersales.store.CaseCommit;
import org.aftersales.store.IdempotencyRecord;
import org.aftersales.store.StaleVersionException;
import org.aftersales.store.memory.InMemoryAfterSalesStore;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.InterleavingStore;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.SeedCaseDriver;
import org.aftersales.testing.SeedCaseDriver.WriteSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the service is refused as a value with a stable code and rule, and writes nothing:
 * not the case, not its history, no timers, no outbox messages, no idempotency record.
 */
class BadInputExamplesTest {

  private static Rejection rejection(CommandOutcome outcome) {
    assertThat(outcome).isInstanceOf(CommandOutcome.Rejected.class);
    return ((CommandOutcome.Rejected) outcome).rejection();
  }

  /** Sends an envelope through the service and checks that the refusal wrote nothing. */
  private static Rejection refusedEnvelope(Harness h, AfterSalesCase c, CommandEnvelope envelope) {
    WriteSnapshot before = WriteSnapshot.of(h, c);
    Optional<IdempotencyRecord> recordBefore = h.store.recorded(envelope.tenant(), envelope.idempotencyKey());
    Rejection r = rejection(h.service.handle(envelope));
    before.assertNothingWritten();
    assertThat(h.store.recorded(envelope.tenant(), envelope.idempotencyKey())).as("idempotency record")
        .isEqualTo(recordBefore);
    return r;
  }

  // ------------------------------------------------------------------ actor, tenant, party

  @Test
  void wrongActor_isRefused_ACTOR_NOT_ALLOWED() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    Rejection r = d.refused(Actor.BUYER, new CaseCommand.Approve());
    assertThat(r.code()).isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
    assertThat(r.rule()).isEqualTo("lifecycle:RETURN_AND_REFUND:REQUESTED:APPROVE");
    assertThat(r.message()).contains("BUYER may not send APPROVE in state REQUESTED");

    d.approve().provideAddress();
    assertThat(d.refused(Actor.MERCHANT, new CaseCommand.ShipReturn(new Shipment("SF", "1"))).code())
        .isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
    d.shipReturn().confirmReceipt().passInspection();
    assertThat(d.refused(Actor.MERCHANT, new CaseCommand.ConfirmRefund(1, "pay-1")).code())
        .isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
    assertThat(d.refused(Actor.BUYER, new CaseCommand.ConfirmRefund(1, "pay-1")).code())
        .isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
  }

  @Test
  void systemOrMerchantMayNotOpenACase() {
    Harness h = new Harness();
    for (Actor actor : List.of(Actor.SYSTEM, Actor.MERCHANT)) {
      CommandEnvelope envelope = CommandEnvelope.open(Fixtures.SHOP, actor, Fixtures.MERCHANT_STAFF, h.nextKey(),
          Fixtures.openRequest(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED));
      Rejection r = refusedEnvelope(h, null, envelope);
      assertThat(r.code()).isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
      assertThat(r.rule()).isEqualTo("lifecycle:REFUND_ONLY:OPEN");
    }
    assertThat(h.store.pending(1000)).isEmpty();
  }

  @Test
  void wrongTenant_throughTheService_isCASE_NOT_FOUND() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    CommandEnvelope other = CommandEnvelope.to(Fixtures.OTHER_SHOP, d.c().id(), Actor.MERCHANT,
        Fixtures.MERCHANT_STAFF, d.h.nextKey(), new CaseCommand.Approve());
    Rejection r = refusedEnvelope(d.h, d.c(), other);
    assertThat(r.code()).isEqualTo(RejectionCode.CASE_NOT_FOUND);
    assertThat(r.rule()).isEqualTo("tenant");
    assertThat(r.message()).contains(Fixtures.OTHER_SHOP.value(), d.c().id().value());
    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
  }

  @Test
  void wrongTenant_decidedDirectly_isWRONG_TENANT() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    DecisionContext ctx = new DecisionContext(d.h.clock.instant(), SlaPolicy.seedDefaults(),
        WeekendsOnlyCalendar.of(Fixtures.SHANGHAI), Optional.of(Fixtures.WAREHOUSE));
    CommandEnvelope other = CommandEnvelope.to(Fixtures.OTHER_SHOP, d.c().id(), Actor.MERCHANT,
        Fixtures.MERCHANT_STAFF, IdempotencyKey.of("k"), new CaseCommand.Approve());
    Decision decision = CaseDecider.decide(d.c(), other, ctx);
    assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, rejected -> {
      assertThat(rejected.rejection().code()).isEqualTo(RejectionCode.WRONG_TENANT);
      assertThat(rejected.rejection().rule()).isEqualTo("tenant");
    });
  }

  @Test
  void wrongBuyer_isRefused_WRONG_PARTY() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    CommandEnvelope otherBuyer = CommandEnvelope.to(Fixtures.SHOP, d.c().id(), Actor.BUYER, Fixtures.OTHER_BUYER,
        d.h.nextKey(), new CaseCommand.Withdraw(""));
    Rejection r = refusedEnvelope(d.h, d.c(), otherBuyer);
    assertThat(r.code()).isEqualTo(RejectionCode.WRONG_PARTY);
    assertThat(r.rule()).isEqualTo("party:buyer");
    assertThat(r.message()).contains(Fixtures.OTHER_BUYER.value());
  }

  @Test
  void buyerOpeningForAnotherBuyer_isRefused_WRONG_PARTY_butAPlatformAgentMayOpenForTheBuyer() {
    Harness h = new Harness();
    CommandEnvelope forOther = CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.OTHER_BUYER, h.nextKey(),
        Fixtures.openRequest(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED));
    assertThat(refusedEnvelope(h, null, forOther).code()).isEqualTo(RejectionCode.WRONG_PARTY);

    CommandEnvelope byAgent = CommandEnvelope.open(Fixtures.SHOP, Actor.PLATFORM, Fixtures.PLATFORM_AGENT, h.nextKey(),
        Fixtures.openRequest(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED));
    assertThat(h.service.handle(byAgent).isAccepted()).isTrue();
  }

  // ------------------------------------------------------------------ store concurrency

  @Test
  void aCommandFromAScreenShowingAnOlderVersion_isRefusedAsStale_andWritesNothing() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    long seen = d.current().version();
    d.by(Actor.BUYER, new CaseCommand.AddEvidence(List.of(SeedCaseDriver.photo("second-angle"))));
    SeedCaseDriver.WriteSnapshot before = d.snapshot();

    CommandOutcome outcome = d.h.service.handle(CommandEnvelope.to(Fixtures.SHOP, d.c().id(), Actor.MERCHANT,
        Fixtures.MERCHANT_STAFF, IdempotencyKey.of("approve-from-old-screen"), new CaseCommand.Approve())
        .expectingVersion(seen));

    assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Rejected.class, r -> {
      assertThat(r.rejection().code()).isEqualTo(RejectionCode.STALE_VERSION);
      assertThat(r.rejection().message()).contains("is at version " + (seen + 1), "version " + seen + " the sender saw");
    });
    before.assertNothingWritten();
    assertThat(d.h.service.handle(CommandEnvelope.to(Fixtures.SHOP, d.c().id(), Actor.MERCHANT,
        Fixtures.MERCHANT_STAFF, IdempotencyKey.of("approve-after-reload"), new CaseCommand.Approve())
        .expectingVersion(seen + 1)).isAccepted()).as("after reloading").isTrue();
  }

  @Test
  void staleVersion_commitThrowsAndWritesNothing() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    AfterSalesCase v1 = d.c();
    d.approve(); // the store is now at version 2
    assertThat(d.current().version()).isEqualTo(2);

    // A command decided on the stale version 1 tries to commit version 2 again.
    DecisionContext ctx = new DecisionContext(d.h.clock.instant(), SlaPolicy.seedDefaults(),
        WeekendsOnlyCalendar.of(Fixtures.SHANGHAI), Optional.of(Fixtures.WAREHOUSE));
    CommandEnvelope reject = CommandEnvelope.to(Fixtures.SHOP, v1.id(), Actor.MERCHANT, Fixtures.MERCHANT_STAFF,
        IdempotencyKey.of("stale-1"), new CaseCommand.Reject("late", List.of()));
    Decision.Accepted decided = (Decision.Accepted) CaseDecider.decide(v1, reject, ctx);
    CaseCommit stale = CaseCommit.between(v1, decided.after(), decided.events(),
        new IdempotencyRecord(reject, v1.id(), decided.after().version()));
    assertThat(stale.expectedVersion()).isEqualTo(1);

    WriteSnapshot before = d.snapshot();
    InMemoryAfterSalesStore store = d.h.store;
    assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> store.commit(stale))
        .satisfies(e -> {
          assertThat(e.caseId()).isEqualTo(v1.id());
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        })
        .withMessageContaining("version 2");
    before.assertNothingWritten();
    assertThat(store.recorded(Fixtures.SHOP, IdempotencyKey.of("stale-1"))).isEmpty();
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
  }

  @Test
  void newCaseWithAnExistingId_commitThrowsStaleVersion() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    DecisionContext ctx = new DecisionContext(d.h.clock.instant(), SlaPolicy.seedDefaults(),
        WeekendsOnlyCalendar.of(Fixtures.SHANGHAI), Optional.of(Fixtures.WAREHOUSE));
    CommandEnvelope open = CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER, IdempotencyKey.of("dup"),
        Fixtures.openRequest(CaseType.EXCHANGE, Reason.WRONG_ITEM));
    Decision.Accepted decided = (Decision.Accepted) CaseDecider.open(d.c().id(), open, ctx);
    WriteSnapshot before = d.snapshot();
    assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> d.h.store.commit(
        CaseCommit.between(null, decided.after(), decided.events(), new IdempotencyRecord(open, d.c().id(), 1))));
    before.assertNothingWritten();
    assertThat(d.current().type()).isEqualTo(CaseType.REFUND_ONLY);
  }

  // ------------------------------------------------------------------ idempotency

  @Test
  void sameKeySameCommand_returnsTheFirstOutcomeAndWritesNothing() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    CommandEnvelope approve = CommandEnvelope.to(Fixtures.SHOP, d.c().id(), Actor.MERCHANT, Fixtures.MERCHANT_STAFF,
        IdempotencyKey.of("approve-once"), new CaseCommand.Approve());
    CommandOutcome first = d.h.service.handle(approve);
    assertThat(first.isAccepted()).isTrue();
    d.by(Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "pay-1")); // the case moves on

    WriteSnapshot before = d.snapshot();
    d.h.clock.advance(Duration.ofHours(1));
    CommandOutcome again = d.h.service.handle(approve);
    assertThat(again).isEqualTo(first);
    before.assertNothingWritten();
  }

  @Test
  void sameKeyAnotherCommand_isRefused_IDEMPOTENCY_KEY_REUSED() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    IdempotencyKey key = IdempotencyKey.of("merchant-answer-1");
    assertThat(d.h.service.handle(CommandEnvelope.to(Fixtures.SHOP, d.c().id(), Actor.MERCHANT,
        Fixtures.MERCHANT_STAFF, key, new CaseCommand.RequestInfo("Which parcel?"))).isAccepted()).isTrue();
    d.by(Actor.BUYER, new CaseCommand.SupplyInfo("The blue one", List.of()));

    CommandEnvelope other = CommandEnvelope.to(Fixtures.SHOP, d.c().id(), Actor.MERCHANT, Fixtures.MERCHANT_STAFF, key,
        new CaseCommand.Approve());
    WriteSnapshot before = d.snapshot();
    Rejection r = rejection(d.h.service.handle(other));
    before.assertNothingWritten();
    assertThat(r.code()).isEqualTo(RejectionCode.IDEMPOTENCY_KEY_REUSED);
    assertThat(r.rule()).isEqualTo("idempotency");
    assertThat(r.message()).contains("merchant-answer-1");

    // Same key from another case is a different command too.
    SeedCaseDriver second = SeedCaseDriver.open(d.h, CaseType.REFUND_ONLY, Reason.NOT_RECEIVED);
    CommandEnvelope otherCase = CommandEnvelope.to(Fixtures.SHOP, second.c().id(), Actor.MERCHANT,
        Fixtures.MERCHANT_STAFF, key, new CaseCommand.RequestInfo("Which parcel?"));
    assertThat(refusedEnvelope(d.h, second.c(), otherCase).code()).isEqualTo(RejectionCode.IDEMPOTENCY_KEY_REUSED);
  }

  @Test
  void keysAreScopedByTenant() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    IdempotencyKey key = IdempotencyKey.of("open-1");
    CommandOutcome otherShop = d.h.service.handle(CommandEnvelope.open(Fixtures.OTHER_SHOP, Actor.BUYER,
        Fixtures.BUYER, key, Fixtures.openRequest(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED)));
    CommandOutcome shop = d.h.service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER,
        Fixtures.BUYER, key, Fixtures.openRequest(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED)));
    assertThat(otherShop.isAccepted()).isTrue();
    assertThat(shop.isAccepted()).isTrue();
    assertThat(((CommandOutcome.Accepted) shop).after().id())
        .isNotEqualTo(((CommandOutcome.Accepted) otherShop).after().id());
  }

  @Test
  void aRefusedCommandLeavesNoIdempotencyRecord_soItsKeyStaysFree() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    IdempotencyKey key = IdempotencyKey.of("try-1");
    CommandEnvelope refused = CommandEnvelope.to(Fixtures.SHOP, d.c().id(), Actor.BUYER, Fixtures.BUYER, key,
        new CaseCommand.Approve());
    assertThat(refusedEnvelope(d.h, d.c(), refused).code()).isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
    assertThat(d.h.service.handle(CommandEnvelope.to(Fixtures.SHOP, d.c().id(), Actor.MERCHANT,
        Fixtures.MERCHANT_STAFF, key, new CaseCommand.Approve())).isAccepted()).isTrue();
  }

  // ------------------------------------------------------------------ guards

  @Test
  void refusalOrEscalationWithoutEvidence_isRefused_EVIDENCE_REQUIRED() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND).approve().provideAddress().shipReturn();
    Rejection refuse = d.refused(Actor.MERCHANT, new CaseCommand.RefuseReceipt("empty", List.of()));
    assertThat(refuse.code()).isEqualTo(RejectionCode.GUARD_FAILED);
    assertThat(refuse.rule()).isEqualTo("guard:EVIDENCE_REQUIRED");
    assertThat(refuse.message()).isEqualTo("REFUSE_RECEIPT needs at least one piece of evidence");

    d.confirmReceipt();
    Rejection fail = d.refused(Actor.MERCHANT, new CaseCommand.FailInspection("damaged", List.of()));
    assertThat(fail.rule()).isEqualTo("guard:EVIDENCE_REQUIRED");

    d.failInspection();
    for (Actor party : List.of(Actor.BUYER, Actor.MERCHANT)) {
      Rejection escalate = d.refused(party, new CaseCommand.Escalate("unfair", List.of()));
      assertThat(escalate.code()).isEqualTo(RejectionCode.GUARD_FAILED);
      assertThat(escalate.rule()).isEqualTo("guard:EVIDENCE_REQUIRED");
      assertThat(escalate.message()).contains("ESCALATE");
    }

    SeedCaseDriver rejected = SeedCaseDriver.open(CaseType.REFUND_ONLY).reject();
    assertThat(rejected.refused(Actor.BUYER, new CaseCommand.Escalate("unfair", List.of())).rule())
        .isEqualTo("guard:EVIDENCE_REQUIRED");
  }

  @Test
  void partialRefundAbovePaidOrInAnotherCurrency_isRefused_WITHIN_AMOUNT_PAID() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY).reject().escalate(Actor.BUYER);
    Rejection above = d.refused(Actor.PLATFORM, new CaseCommand.RulePartialRefund(Money.of(16_001, "CNY"), "all+1"));
    assertThat(above.code()).isEqualTo(RejectionCode.GUARD_FAILED);
    assertThat(above.rule()).isEqualTo("guard:WITHIN_AMOUNT_PAID");
    assertThat(above.message()).contains("CNY 160.01", "CNY 160.00");

    Rejection usd = d.refused(Actor.PLATFORM, new CaseCommand.RulePartialRefund(Money.of(100, "USD"), "dollars"));
    assertThat(usd.rule()).isEqualTo("guard:WITHIN_AMOUNT_PAID");
    assertThat(usd.message()).contains("USD", "CNY");
  }

  @Test
  void commandOfAnotherCaseType_isRefused_NOT_ALLOWED_FOR_CASE_TYPE() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    Rejection r = d.refused(Actor.MERCHANT, new CaseCommand.ShipReplacement(new Shipment("SF", "1")));
    assertThat(r.code()).isEqualTo(RejectionCode.NOT_ALLOWED_FOR_CASE_TYPE);
    assertThat(r.rule()).isEqualTo("lifecycle:REFUND_ONLY:REQUESTED:SHIP_REPLACEMENT");
  }

  @Test
  void unknownCase_isCASE_NOT_FOUND() {
    Harness h = new Harness();
    CommandEnvelope envelope = CommandEnvelope.to(Fixtures.SHOP, CaseId.of("no-such-case"), Actor.MERCHANT,
        Fixtures.MERCHANT_STAFF, h.nextKey(), new CaseCommand.Approve());
    assertThat(refusedEnvelope(h, null, envelope).code()).isEqualTo(RejectionCode.CASE_NOT_FOUND);
  }

  // ------------------------------------------------------------------ deadlines cited by the system

  @Test
  void systemCitingADeadlineNotYetDue_isRefused_DEADLINE_NOT_DUE() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    Deadline response = d.deadline(DeadlineKind.MERCHANT_RESPONSE);
    d.at(response.dueAt().minusSeconds(1));

    CommandEnvelope early = CommandEnvelope.fromDeadline(Fixtures.SHOP, d.c().id(), response.id(),
        IdempotencyKey.of("deadline:" + response.id()), new CaseCommand.Approve());
    Rejection r = refusedEnvelope(d.h, d.c(), early);
    assertThat(r.code()).isEqualTo(RejectionCode.DEADLINE_NOT_DUE);
    assertThat(r.rule()).isEqualTo("deadline:cited");
    assertThat(r.message()).contains(response.id().value(), response.dueAt().toString());

    CommandEnvelope earlyReminder = CommandEnvelope.fromDeadline(Fixtures.SHOP, d.c().id(), response.id(),
        IdempotencyKey.of("early-reminder"), new CaseCommand.SendReminder(response.id(), Duration.ofHours(24)));
    assertThat(refusedEnvelope(d.h, d.c(), earlyReminder).code())
        .as("no 24 h reminder is pending on the merchant response").isEqualTo(RejectionCode.DEADLINE_NOT_RUNNING);

    CommandEnvelope unknown = CommandEnvelope.fromDeadline(Fixtures.SHOP, d.c().id(),
        DeadlineId.of(d.c().id() + "/9/MERCHANT_RESPONSE"), IdempotencyKey.of("unknown"), new CaseCommand.Approve());
    assertThat(refusedEnvelope(d.h, d.c(), unknown).code()).isEqualTo(RejectionCode.DEADLINE_NOT_RUNNING);

    CommandEnvelope uncitedAlert = CommandEnvelope.to(Fixtures.SHOP, d.c().id(), Actor.SYSTEM,
        CommandEnvelope.SYSTEM_PARTY, IdempotencyKey.of("alert"), new CaseCommand.RaiseAlert());
    // RAISE_ALERT is a row of every open state, but only as a deadline's default action.
    assertThat(refusedEnvelope(d.h, d.c(), uncitedAlert).code()).isEqualTo(RejectionCode.DEADLINE_NOT_CITED);

    // At the limit the same command is accepted, once.
    d.at(response.dueAt());
    assertThat(d.h.service.handle(early).isAccepted()).isTrue();
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
  }

  @Test
  void systemCitingADueDeadlineWithTheWrongCommand_isRefused_DEADLINE_NOT_DUE() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY).approve();
    Deadline settlement = d.deadline(DeadlineKind.REFUND_SETTLEMENT);
    d.at(settlement.dueAt());
    // The settlement deadline defaults to RAISE_ALERT, not to confirming the refund.
    CommandEnvelope wrong = CommandEnvelope.fromDeadline(Fixtures.SHOP, d.c().id(), settlement.id(),
        IdempotencyKey.of("wrong"), new CaseCommand.ConfirmRefund(1, "pay-x"));
    Rejection r = refusedEnvelope(d.h, d.c(), wrong);
    assertThat(r.code()).isEqualTo(RejectionCode.DEADLINE_NOT_DUE);
    assertThat(r.message()).contains("RAISE_ALERT", "CONFIRM_REFUND");

    CommandEnvelope uncited = CommandEnvelope.to(Fixtures.SHOP, d.c().id(), Actor.SYSTEM, CommandEnvelope.SYSTEM_PARTY,
        IdempotencyKey.of("uncited"), new CaseCommand.RaiseAlert());
    Rejection r2 = refusedEnvelope(d.h, d.c(), uncited);
    assertThat(r2.code()).isEqualTo(RejectionCode.DEADLINE_NOT_CITED);
    assertThat(r2.message()).contains("citing the deadline");
  }

  // ------------------------------------------------------------------ policies

  @Test
  void slaPolicyWithAnImpossibleDefaultAction_cannotBeBuilt() {
    assertThatExceptionOfType(InvalidSlaPolicyException.class)
        .isThrownBy(() -> SlaPolicy.seedBuilder()
            .rule(DeadlineKind.PLATFORM_RULING, SlaRule.of(SlaLimit.workingDays(5), DefaultAction.CONFIRM_DELIVERY))
            .build())
        .withMessageContainingAll("CONFIRM_DELIVERY", "PLATFORM_RULING", "ARBITRATING_REJECTION", "REFUND_ONLY");
  }

  @Test
  void tenantPolicyWithoutDefaultReturnAddress_isRefusedWhenTheReturnAddressDefaultsToIt() {
    WeekendsOnlyCalendar calendar = WeekendsOnlyCalendar.of(Fixtures.SHANGHAI);
    assertThatExceptionOfType(InvalidSlaPolicyException.class)
        .isThrownBy(() -> new TenantPolicy(SlaPolicy.seedDefaults(), calendar, Optional.empty()))
        .withMessageContainingAll("RETURN_ADDRESS", "USE_DEFAULT_RETURN_ADDRESS", "defaultReturnAddress");

    // Only one case type defaulting to it is enough to need the address.
    SlaPolicy onlyExchange = SlaPolicy.seedBuilder()
        .noLimit(DeadlineKind.RETURN_ADDRESS)
        .rule(CaseType.EXCHANGE, DeadlineKind.RETURN_ADDRESS,
            SlaRule.of(SlaLimit.hours(24), DefaultAction.USE_DEFAULT_RETURN_ADDRESS))
        .build();
    assertThatExceptionOfType(InvalidSlaPolicyException.class)
        .isThrownBy(() -> new TenantPolicy(onlyExchange, calendar, Optional.empty()))
        .withMessageContaining("EXCHANGE");

    // Without that default the address is optional, and the system cannot give one.
    TenantPolicy noAddress = new TenantPolicy(SlaPolicy.seedBuilder().noLimit(DeadlineKind.RETURN_ADDRESS).build(),
        calendar, Optional.empty());
    SeedCaseDriver d = SeedCaseDriver.open(new Harness(noAddress), CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND)
        .approve();
    assertThat(d.current().deadline(DeadlineKind.RETURN_ADDRESS)).isEmpty();
    Rejection r = d.refused(Actor.PLATFORM, new CaseCommand.UseDefaultReturnAddress());
    assertThat(r.code()).isEqualTo(RejectionCode.GUARD_FAILED);
    assertThat(r.rule()).isEqualTo("guard:DEFAULT_RETURN_ADDRESS_CONFIGURED");
  }

  @Test
  void unknownTenant_throwsAndWritesNothing() {
    InMemoryAfterSalesStore store = new InMemoryAfterSalesStore();
    TenantPolicy policy = Fixtures.seedPolicy();
    AfterSalesService service = new AfterSalesService(store, tenant -> {
      if (tenant.equals(Fixtures.SHOP)) {
        return policy;
      }
      throw new UnknownTenantException(tenant);
    }, Fixtures.sequentialIds(), new org.aftersales.testing.MutableClock(Fixtures.WED_2025_03_05_10_00));
    assertThatExceptionOfType(UnknownTenantException.class)
        .isThrownBy(() -> service.handle(CommandEnvelope.open(Fixtures.OTHER_SHOP, Actor.BUYER, Fixtures.BUYER,
            IdempotencyKey.of("k"), Fixtures.openRequest(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED))))
        .withMessageContaining(Fixtures.OTHER_SHOP.value());
    assertThat(store.pending(10)).isEmpty();
    assertThat(store.scheduledTimers()).isZero();
  }

  // ------------------------------------------------------------------ identifiers at their limits

  /** A service on the harness's store and clock whose only case id is {@code id}. */
  private static AfterSalesService serviceWithCaseId(Harness h, String id) {
    return new AfterSalesService(h.store, TenantPolicies.same(Fixtures.seedPolicy()), () -> CaseId.of(id), h.clock);
  }

  @Test
  void longestValidCaseId_opensAndItsRemindersAndDefaultActionsAreSwept() {
    // Deadline ids, timer ids and the sweeper's idempotency keys are built from the case id: the
    // longest case id must leave room for all of them.
    Harness h = new Harness();
    AfterSalesService service = serviceWithCaseId(h, "c".repeat(64));
    CommandOutcome opened = service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER,
        h.nextKey(), Fixtures.openRequest(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED)));
    assertThat(opened.isAccepted()).isTrue();
    DeadlineSweeper sweeper = DeadlineSweeper.of(h.store, service, h.clock, "sweeper-long");

    h.clock.advance(Duration.ofHours(18));
    assertThat(sweeper.sweepAllDue().applied()).as("the 6 h reminder").isEqualTo(1);
    h.clock.advance(Duration.ofHours(6));
    assertThat(sweeper.sweepAllDue().applied()).as("the approval").isEqualTo(1);
    AfterSalesCase c = ((CommandOutcome.Accepted) opened).after();
    assertThat(service.find(Fixtures.SHOP, c.id()).orElseThrow().state()).isEqualTo(CaseState.REFUND_PENDING);
  }

  @Test
  void caseIdLongerThan64Characters_isAnIllegalArgumentNamingTheField() {
    assertThatThrownBy(() -> CaseId.of("c".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("caseId must be 1 to 64");
  }

  @Test
  void aTimerThatFails_doesNotStopTheRestOfItsBatch_andIsRetriedAfterTheDelay() {
    Harness h = new Harness();
    InterleavingStore faulty = new InterleavingStore(h.store);
    java.util.Iterator<CaseId> ids = List.of(CaseId.of("broken-case"), CaseId.of("zz-case")).iterator();
    AfterSalesService service = new AfterSalesService(faulty, TenantPolicies.same(Fixtures.seedPolicy()), ids::next,
        h.clock);
    for (int i = 0; i < 2; i++) {
      assertThat(service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER, h.nextKey(),
          Fixtures.openRequest(OrderId.of("order-" + i), CaseType.REFUND_ONLY, Reason.NOT_RECEIVED))).isAccepted())
          .isTrue();
    }
    DeadlineSweeper sweeper = DeadlineSweeper.of(faulty, service, h.clock, "sweeper-mixed");
    java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
    faulty.hook(point -> {
      if (point == InterleavingStore.Point.LOADED && failed.compareAndSet(false, true)) {
        throw new IllegalStateException("connection reset while loading the first case of the batch");
      }
    });

    h.clock.advance(Duration.ofHours(18));
    SweepResult first = sweeper.sweepAllDue();

    assertThat(first).isEqualTo(new SweepResult(2, 1, 0, 1));
    assertThat(service.timeline(Fixtures.SHOP, CaseId.of("zz-case")))
        .as("the second case's 6 h reminder went out despite the first one's fault")
        .anyMatch(e -> e.type().equals("ReminderSent"));
    assertThat(service.timeline(Fixtures.SHOP, CaseId.of("broken-case"))).noneMatch(e -> e.type().equals("ReminderSent"));

    h.clock.advance(Duration.ofSeconds(59));
    assertThat(sweeper.sweepAllDue().claimed()).as("not before the retry delay").isZero();
    h.clock.advance(Duration.ofSeconds(1));
    assertThat(sweeper.sweepAllDue().applied()).isEqualTo(1);
    assertThat(service.timeline(Fixtures.SHOP, CaseId.of("broken-case"))).anyMatch(e -> e.type().equals("ReminderSent"));
  }

  @Test
  void aTimerThatKeepsFailing_waitsLongerEachTime_upToAnHour() {
    Harness h = new Harness();
    InterleavingStore faulty = new InterleavingStore(h.store);
    AfterSalesService service = new AfterSalesService(faulty, TenantPolicies.same(Fixtures.seedPolicy()),
        Fixtures.sequentialIds(), h.clock);
    assertThat(service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER, h.nextKey(),
        Fixtures.openRequest(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED))).isAccepted()).isTrue();
    DeadlineSweeper sweeper = DeadlineSweeper.of(faulty, service, h.clock, "sweeper-persistent");
    faulty.hook(point -> {
      if (point == InterleavingStore.Point.LOADED) {
        throw new IllegalStateException("the case's row is corrupt");
      }
    });
    Instant remindAt = h.clock.instant().plus(Duration.ofHours(18));
    h.clock.set(remindAt);

    List<Duration> waits = new java.util.ArrayList<>();
    Instant last = remindAt;
    for (int attempt = 0; attempt < 10; attempt++) {
      assertThat(sweeper.sweepOnce().refused()).isEqualTo(1);
      Instant next = nextClaimableAfter(h, last);
      waits.add(Duration.between(h.clock.instant(), next));
      h.clock.set(next);
      last = next;
    }

    // Ten attempts fit before the deadline itself falls due, 6 h after its reminder.
    assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(2),
        Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32),
        Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1));
  }

  /** The first moment after {@code from} at which a claim finds the timer again, to the minute. */
  private static Instant nextClaimableAfter(Harness h, Instant from) {
    for (Instant t = from.plus(Duration.ofMinutes(1)); ; t = t.plus(Duration.ofMinutes(1))) {
      List<org.aftersales.store.DueTimer> found = h.store.claimDue(t, 10, "probe", Duration.ofNanos(1));
      if (!found.isEmpty()) {
        Instant claimableAt = t;
        found.forEach(timer -> h.store.release(timer.id(), "probe", claimableAt));
        return t;
      }
    }
  }
}
