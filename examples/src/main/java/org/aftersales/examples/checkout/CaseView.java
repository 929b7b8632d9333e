package org.aftersales.examples.checkout;

import java.time.Instant;
import java.util.List;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RepairPlan;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.Shipment;
import org.aftersales.casefile.TenantId;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.money.Money;

/**
 * A case as the API shows it: what a checkout page or a merchant's to-do list needs, absent values as
 * null. The {@code version} is also the case's {@code ETag}.
 */
record CaseView(
    CaseId id,
    TenantId tenant,
    OrderId orderId,
    PartyId buyerId,
    CaseType type,
    Reason reason,
    Channel channel,
    List<OrderLine> lines,
    Money requestedRefund,
    String description,
    CaseState state,
    CaseOutcome outcome,
    Actor awaiting,
    List<DeadlineView> deadlines,
    ReturnAddress returnAddress,
    Shipment returnShipment,
    Shipment outboundShipment,
    RepairPlan repairPlan,
    Money offeredRefund,
    Money refundDue,
    int refundAttempts,
    Money refunded,
    int evidence,
    Instant openedAt,
    Instant updatedAt,
    long version) {

  /**
   * A deadline running or paused on the case.
   *
   * @param kind the step it limits
   * @param dueAt when its default action becomes due; null while paused
   * @param whenMissed the default action
   * @param estimated whether a fallback calendar estimated {@code dueAt}
   */
  record DeadlineView(DeadlineKind kind, Instant dueAt, DefaultAction whenMissed, boolean estimated) {

    static DeadlineView of(Deadline deadline) {
      return new DeadlineView(deadline.kind(), deadline.isPaused() ? null : deadline.dueAt(),
          deadline.rule().defaultAction(), deadline.isEstimated());
    }
  }

  static CaseView of(AfterSalesCase c) {
    return new CaseView(c.id(), c.tenant(), c.orderId(), c.buyerId(), c.type(), c.reason(), c.channel(), c.lines(),
        c.requestedRefund(), c.description(), c.state(), c.outcome().orElse(null), c.awaiting().orElse(null),
        c.deadlines().stream().map(DeadlineView::of).toList(), c.returnAddress().orElse(null),
        c.returnShipment().orElse(null), c.outboundShipment().orElse(null), c.repairPlan().orElse(null),
        c.offeredRefund().orElse(null), c.refundDue(), c.refundAttempts(), c.refunded(), c.evidence().size(),
        c.openedAt(), c.updatedAt(), c.version());
  }
}
