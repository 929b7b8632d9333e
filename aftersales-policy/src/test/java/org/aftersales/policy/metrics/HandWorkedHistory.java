package org.aftersales.policy.metrics;

import static org.aftersales.policy.metrics.CaseScript.ended;
import static org.aftersales.policy.metrics.CaseScript.line;
import static org.aftersales.policy.metrics.CaseScript.moved;
import static org.aftersales.policy.metrics.CaseScript.started;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.application.TenantPolicies;
import org.aftersales.application.TenantPolicy;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.DeadlineId;
import org.aftersales.casefile.Rating;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.Ruling;
import org.aftersales.casefile.Shipment;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.casefile.TenantId;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.money.Money;

/**
 * Four cases of one shop in Shanghai, on a calendar whose weekdays are working all day (24 working
 * hours) and whose weekends are off; 2026-03-02 is a Monday. The figures are worked out in
 * {@code MetricsExamplesTest}.
 */
final class HandWorkedHistory {

  static final TenantId SHOP = TenantId.of("shop");
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final TenantPolicies POLICIES =
      TenantPolicies.same(TenantPolicy.of(SlaPolicy.seedDefaults(), WeekendsOnlyCalendar.of(SHANGHAI),
          new ReturnAddress("Returns desk", "+86 21 5555 0000", "1 Warehouse Road, Shanghai")));

  final InMemoryDeliveryLedger ledger = new InMemoryDeliveryLedger();
  final List<RecordedEvent> events = new ArrayList<>();

  static Instant at(String localShanghai) {
    return OffsetDateTime.parse(localShanghai + "+08:00").toInstant();
  }

  HandWorkedHistory() {
    // A: change of mind, 2 mugs received Fri 27 Feb 10:00, opened Sat 28 Feb 10:00.
    CaseScript a = CaseScript.open(SHOP, "a", CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND, at("2026-02-28T10:00:00"),
            line("a1", "MUG", 2, "CNY 100.00"))
        .step(at("2026-03-02T10:00:00"), Actor.MERCHANT, new CaseEvent.RequestApproved(false),
            new CaseEvent.DeadlineCancelled(DeadlineId.of("a-respond"), DeadlineKind.MERCHANT_RESPONSE),
            moved(CaseState.AWAITING_RETURN_SHIPMENT))
        .step(at("2026-03-03T09:00:00"), Actor.BUYER, new CaseEvent.ReturnShipped(new Shipment("SF", "SF1")))
        .step(at("2026-03-04T12:00:00"), Actor.SYSTEM, new CaseEvent.RefundConfirmed(Money.parse("CNY 100.00"), 1, "p-a"),
            ended(CaseState.COMPLETED, CaseOutcome.REFUNDED))
        .step(at("2026-03-05T12:00:00"), Actor.BUYER, new CaseEvent.Rated(new Rating(5, "")));
    // 8 more mugs and 5 lamps received without a case; the mug b1 was received long before.
    ledger.received(SHOP, a.orderId(), "a1", "MUG", 2, at("2026-02-27T10:00:00"), SHANGHAI);
    ledger.deliveredOn(SHOP, "MUG", LocalDate.parse("2026-02-27"), 8);
    ledger.deliveredOn(SHOP, "LAMP", LocalDate.parse("2026-03-02"), 5);

    // B: quality defect on a mug and a lamp, opened Mon 2 Mar 09:00; rejected, escalated, ruled for the buyer.
    CaseScript b = CaseScript.open(SHOP, "b", CaseType.RETURN_AND_REFUND, Reason.QUALITY_DEFECT, at("2026-03-02T09:00:00"),
            line("b1", "MUG", 1, "CNY 50.00"), line("b2", "LAMP", 1, "CNY 200.00"))
        .step(at("2026-03-02T15:00:00"), Actor.MERCHANT, new CaseEvent.RequestRejected("used", List.of()),
            new CaseEvent.DeadlineCancelled(DeadlineId.of("b-respond"), DeadlineKind.MERCHANT_RESPONSE),
            moved(CaseState.REJECTED))
        .step(at("2026-03-03T09:00:00"), Actor.BUYER, new CaseEvent.Escalated(Actor.BUYER, "it was broken", List.of()))
        .step(at("2026-03-05T09:00:00"), Actor.PLATFORM, new CaseEvent.Ruled(Ruling.FOR_BUYER, Optional.empty(), "", false),
            moved(CaseState.AWAITING_RETURN_SHIPMENT))
        .step(at("2026-03-06T09:00:00"), Actor.BUYER, new CaseEvent.ReturnShipped(new Shipment("SF", "SF2")))
        .step(at("2026-03-09T09:00:00"), Actor.SYSTEM, new CaseEvent.RefundConfirmed(Money.parse("CNY 250.00"), 1, "p-b"),
            ended(CaseState.COMPLETED, CaseOutcome.REFUNDED))
        .step(at("2026-03-09T10:00:00"), Actor.BUYER, new CaseEvent.Rated(new Rating(2, "slow")));
    ledger.received(SHOP, b.orderId(), "b1", "MUG", 1, at("2026-02-20T10:00:00"), SHANGHAI);

    // C: a lamp repair opened Tue 3 Mar 10:00; the merchant stays silent twice, the buyer withdraws.
    CaseScript c = CaseScript.open(SHOP, "c", CaseType.REPAIR, Reason.QUALITY_DEFECT, at("2026-03-03T10:00:00"),
            line("c1", "LAMP", 1, "CNY 200.00"))
        .step(at("2026-03-04T10:00:00"), Actor.SYSTEM,
            new CaseEvent.DeadlineExpired(DeadlineId.of("c-respond"), DeadlineKind.MERCHANT_RESPONSE, DefaultAction.APPROVE),
            new CaseEvent.RequestApproved(true), moved(CaseState.AWAITING_REPAIR_PLAN),
            started("c-plan", DeadlineKind.REPAIR_PLAN, Actor.MERCHANT, at("2026-03-04T10:00:00")))
        .step(at("2026-03-06T10:00:00"), Actor.SYSTEM,
            new CaseEvent.DeadlineExpired(DeadlineId.of("c-plan"), DeadlineKind.REPAIR_PLAN, DefaultAction.RAISE_ALERT))
        .step(at("2026-03-06T11:00:00"), Actor.BUYER, new CaseEvent.Withdrawn(""),
            ended(CaseState.CLOSED, CaseOutcome.WITHDRAWN));

    // D: opened Sun 8 Mar, after the range the examples read.
    CaseScript d = CaseScript.open(SHOP, "d", CaseType.EXCHANGE, Reason.SIZE_OR_FIT, at("2026-03-08T10:00:00"),
            line("d1", "MUG", 1, "CNY 50.00"))
        .step(at("2026-03-08T12:00:00"), Actor.MERCHANT, new CaseEvent.InfoRequested("which size?"));

    events.addAll(a.events());
    events.addAll(b.events());
    events.addAll(c.events());
    events.addAll(d.events());
    events.sort(java.util.Comparator.comparing(RecordedEvent::occurredAt));
  }
}
