package org.aftersales.policy.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.DeadlineId;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.TenantId;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.money.Money;

/** Writes one case's recorded events as the core would record them: one version per step, in order. */
final class CaseScript {

  private final CaseId caseId;
  private final TenantId tenant;
  private final List<RecordedEvent> events = new ArrayList<>();
  private long version;

  private CaseScript(CaseId caseId, TenantId tenant) {
    this.caseId = caseId;
    this.tenant = tenant;
  }

  /** Opens a case: CaseOpened and the merchant's response deadline {@code <case>-respond}. */
  static CaseScript open(TenantId tenant, String id, CaseType type, Reason reason, Instant at, OrderLine... lines) {
    CaseScript script = new CaseScript(CaseId.of(id), tenant);
    Money asked = Money.zero(lines[0].amountPaid().currency());
    script.step(at, Actor.BUYER,
        new CaseEvent.CaseOpened(CaseId.of(id), tenant, OrderId.of("order-" + id), PartyId.of("buyer-" + id), type, reason,
            Channel.APP, List.of(lines), asked, "", List.of()),
        started(id + "-respond", DeadlineKind.MERCHANT_RESPONSE, Actor.MERCHANT, at));
    return script;
  }

  static OrderLine line(String lineId, String sku, int quantity, String paid) {
    return OrderLine.of(lineId, sku, quantity, Money.parse(paid));
  }

  static CaseEvent.DeadlineStarted started(String id, DeadlineKind kind, Actor awaiting, Instant at) {
    Deadline deadline = new Deadline(DeadlineId.of(id), kind, SlaRule.of(SlaLimit.hours(24), DefaultAction.APPROVE),
        at.plusSeconds(86_400), List.of(), Optional.empty());
    return new CaseEvent.DeadlineStarted(deadline, awaiting);
  }

  static CaseEvent.StateChanged ended(CaseState to, CaseOutcome outcome) {
    return new CaseEvent.StateChanged(CaseState.REQUESTED, to, Optional.of(outcome));
  }

  static CaseEvent.StateChanged moved(CaseState to) {
    return new CaseEvent.StateChanged(CaseState.REQUESTED, to, Optional.empty());
  }

  /** Records one accepted command: a new version with these events. */
  CaseScript step(Instant at, Actor actor, CaseEvent... happened) {
    version++;
    PartyId who = PartyId.of(actor.name().toLowerCase(java.util.Locale.ROOT));
    for (int i = 0; i < happened.length; i++) {
      events.add(new RecordedEvent(caseId, tenant, version, i, at, actor, who, happened[i]));
    }
    return this;
  }

  List<RecordedEvent> events() {
    return List.copyOf(events);
  }

  OrderId orderId() {
    return OrderId.of("order-" + caseId.value());
  }
}
