package org.aftersales.policy.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.Ruling;
import org.aftersales.casefile.Shipment;
import org.aftersales.casefile.TenantId;
import org.aftersales.money.Money;

/** Builds case histories as the core records them, one event per version, in sentences. */
final class Histories {

  static final TenantId SHOP = TenantId.of("shop-1");
  static final PartyId ALICE = PartyId.of("alice");
  static final PartyId BOB = PartyId.of("bob");
  static final Money PAID = Money.parse("CNY 80.00");

  private final CaseId caseId;
  private final TenantId tenant;
  private final List<RecordedEvent> events = new ArrayList<>();

  private Histories(CaseId caseId, TenantId tenant) {
    this.caseId = caseId;
    this.tenant = tenant;
  }

  /** Opens a case of a buyer at a moment. */
  static Histories opened(String caseId, TenantId tenant, PartyId buyer, CaseType type, Reason reason, Instant at) {
    Histories h = new Histories(CaseId.of(caseId), tenant);
    Money asked = type.refundsMoney() ? PAID : Money.zero(PAID.currency());
    h.add(at, new CaseEvent.CaseOpened(h.caseId, tenant, OrderId.of("order-" + caseId), buyer, type, reason,
        Channel.APP, List.of(new OrderLine("line-1", "sku-1", 1, PAID)), asked, "", List.of()));
    return h;
  }

  Histories add(Instant at, CaseEvent event) {
    events.add(new RecordedEvent(caseId, tenant, events.size() + 1, 0, at, Actor.SYSTEM, PartyId.of("system"), event));
    return this;
  }

  Histories shipped(Instant at) {
    return add(at, new CaseEvent.ReturnShipped(new Shipment("SF", "SF-" + caseId.value())));
  }

  Histories instantRefund(Instant at) {
    return add(at, new CaseEvent.InstantRefundGranted("shop.instant", PAID));
  }

  Histories refunded(Instant at) {
    return add(at, new CaseEvent.RefundConfirmed(PAID, 1, "pay-" + caseId.value()));
  }

  Histories inspectionFailed(Instant at) {
    return add(at, new CaseEvent.InspectionFailed("used", List.of()));
  }

  /** The buyer escalates and the platform rules for the merchant: a dispute the buyer lost. */
  Histories ruledForMerchant(Instant at) {
    return escalated(at).closedForMerchant(at);
  }

  Histories escalated(Instant at) {
    return add(at, new CaseEvent.Escalated(Actor.BUYER, "I disagree", List.of()));
  }

  /** A ruling for the merchant without a dispute open: the platform closes a refusal with nothing to send back. */
  Histories closedForMerchant(Instant at) {
    return add(at, new CaseEvent.Ruled(Ruling.FOR_MERCHANT, Optional.empty(), "", false));
  }

  List<RecordedEvent> events() {
    return List.copyOf(events);
  }
}
