package org.aftersales.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.money.Money;

/**
 * Folds events into a case: {@code apply} is the only way a case changes, and replaying a case's
 * events from nothing rebuilds it exactly. Pure and stateless.
 */
public final class CaseEvolver {

  private CaseEvolver() {}

  /**
   * Rebuilds a case from its whole history.
   *
   * @param history the case's events in order, starting with {@link CaseEvent.CaseOpened}
   * @throws NullPointerException if history is null
   * @throws IllegalArgumentException if history is empty or does not start with the opening event
   */
  public static AfterSalesCase replay(List<RecordedEvent> history) {
    Objects.requireNonNull(history, "history");
    if (history.isEmpty()) {
      throw new IllegalArgumentException("history must hold at least the CaseOpened event");
    }
    AfterSalesCase state = null;
    for (RecordedEvent event : history) {
      state = apply(state, event);
    }
    return state;
  }

  /**
   * Returns the case after one more event.
   *
   * @param current the case so far, or null before its first event
   * @param recorded the next event
   * @throws NullPointerException if recorded is null
   * @throws IllegalArgumentException if the first event is not {@link CaseEvent.CaseOpened}, a later
   *     one is, or the event belongs to another case
   */
  public static AfterSalesCase apply(AfterSalesCase current, RecordedEvent recorded) {
    Objects.requireNonNull(recorded, "recorded");
    if (current == null) {
      if (recorded.event() instanceof CaseEvent.CaseOpened opened) {
        return opened(opened, recorded);
      }
      throw new IllegalArgumentException("a case's history must start with CaseOpened, not " + recorded.event());
    }
    if (!current.id().equals(recorded.caseId())) {
      throw new IllegalArgumentException("event of case " + recorded.caseId() + " applied to case " + current.id());
    }
    Draft draft = new Draft(current);
    draft.evolve(recorded.event(), recorded.occurredAt());
    draft.updatedAt = recorded.occurredAt();
    draft.version = recorded.version();
    return draft.build();
  }

  private static AfterSalesCase opened(CaseEvent.CaseOpened opened, RecordedEvent recorded) {
    Money zero = Money.zero(opened.requestedRefund().currency());
    return new AfterSalesCase(
        opened.caseId(), opened.tenant(), opened.orderId(), opened.buyerId(), opened.caseType(), opened.reason(),
        opened.channel(), opened.lines(), opened.requestedRefund(), opened.description(),
        CaseState.REQUESTED, Optional.empty(), opened.evidence(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 0,
        opened.requestedRefund(), 0, zero, Optional.empty(), Optional.empty(), 0, false, Optional.empty(),
        recorded.occurredAt(), recorded.occurredAt(), recorded.version());
  }

  /**
   * The case's fields, mutable for the length of one {@code apply}. The lists stay the base case's
   * immutable ones unless the event changes them: most events touch neither, and copying both on
   * every event was a third of a decision's time.
   */
  private static final class Draft {
    private final AfterSalesCase base;
    private Reason reason;
    private Money requestedRefund;
    private String description;
    private CaseState state;
    private Optional<CaseOutcome> outcome;
    private List<Evidence> evidence;
    private List<Deadline> deadlines;
    private Optional<ReturnAddress> returnAddress;
    private Optional<Shipment> returnShipment;
    private Optional<Shipment> outboundShipment;
    private Optional<RepairPlan> repairPlan;
    private Optional<Money> offeredRefund;
    private int informationRequests;
    private int partialRefundOffers;
    private Money refundDue;
    private int refundAttempts;
    private Money refunded;
    private Optional<Rating> rating;
    private Optional<PlatformReview> review;
    private int complaints;
    private boolean complaintOpen;
    private Optional<InstantRefund> instantRefund;
    private Instant updatedAt;
    private long version;

    Draft(AfterSalesCase c) {
      base = c;
      reason = c.reason();
      requestedRefund = c.requestedRefund();
      description = c.description();
      state = c.state();
      outcome = c.outcome();
      evidence = c.evidence();
      deadlines = c.deadlines();
      returnAddress = c.returnAddress();
      returnShipment = c.returnShipment();
      outboundShipment = c.outboundShipment();
      repairPlan = c.repairPlan();
      offeredRefund = c.offeredRefund();
      informationRequests = c.informationRequests();
      partialRefundOffers = c.partialRefundOffers();
      refundDue = c.refundDue();
      refundAttempts = c.refundAttempts();
      refunded = c.refunded();
      rating = c.rating();
      review = c.review();
      complaints = c.complaints();
      complaintOpen = c.complaintOpen();
      instantRefund = c.instantRefund();
    }

    /** Java 17 has no pattern switch; events that change no field but evidence fall through. */
    void evolve(CaseEvent event, Instant at) {
      if (!event.evidence().isEmpty()) {
        List<Evidence> more = new ArrayList<>(evidence);
        more.addAll(event.evidence());
        evidence = more;
      }
      if (event instanceof CaseEvent.CaseOpened) {
        throw new IllegalArgumentException("case " + base.id() + " is already open");
      } else if (event instanceof CaseEvent.StateChanged e) {
        state = e.to();
        outcome = e.outcome();
      } else if (event instanceof CaseEvent.RequestModified e) {
        reason = e.reason();
        requestedRefund = e.requestedRefund();
        refundDue = e.requestedRefund();
        description = e.description();
      } else if (event instanceof CaseEvent.DeadlineStarted e) {
        List<Deadline> more = new ArrayList<>(deadlines);
        more.add(e.deadline());
        deadlines = more;
      } else if (event instanceof CaseEvent.DeadlinePaused e) {
        replace(e.deadline(), d -> d.paused(e.remaining(), e.fallbackBasis()));
      } else if (event instanceof CaseEvent.DeadlineResumed e) {
        replace(e.deadline(), d -> d.resumed(e.dueAt(), e.pendingReminders(), e.fallbackBasis()));
      } else if (event instanceof CaseEvent.DeadlineRecomputed e) {
        replace(e.deadline(), d -> e.pausedRemaining()
            .map(left -> d.paused(left, e.fallbackBasis()))
            .orElseGet(() -> d.resumed(e.dueAt(), e.pendingReminders(), e.fallbackBasis())));
      } else if (event instanceof CaseEvent.DeadlineCancelled e) {
        remove(e.deadline());
      } else if (event instanceof CaseEvent.DeadlineExpired e) {
        remove(e.deadline());
      } else if (event instanceof CaseEvent.ReminderSent e) {
        replace(e.deadline(), d -> d.withoutReminder(e.before()));
      } else if (event instanceof CaseEvent.ReturnAddressProvided e) {
        returnAddress = Optional.of(e.address());
      } else if (event instanceof CaseEvent.ReturnShipped e) {
        returnShipment = Optional.of(e.shipment());
      } else if (event instanceof CaseEvent.InfoRequested) {
        informationRequests++;
      } else if (event instanceof CaseEvent.PartialRefundOffered e) {
        offeredRefund = Optional.of(e.amount());
        partialRefundOffers++;
      } else if (event instanceof CaseEvent.OfferAccepted e) {
        offeredRefund = Optional.empty();
        refundDue = e.amount();
      } else if (event instanceof CaseEvent.OfferDeclined) {
        offeredRefund = Optional.empty();
      } else if (event instanceof CaseEvent.InstantRefundGranted e) {
        instantRefund = Optional.of(new InstantRefund(e.rule(), InstantRefund.Status.IN_FLIGHT));
      } else if (event instanceof CaseEvent.RefundRequested e) {
        refundDue = e.amount();
        refundAttempts = e.attempt();
        instantRefund = instantRefund.map(r -> r.with(InstantRefund.Status.IN_FLIGHT));
      } else if (event instanceof CaseEvent.RefundFailed) {
        instantRefund = instantRefund.map(r -> r.with(InstantRefund.Status.FAILED));
      } else if (event instanceof CaseEvent.RefundInsteadAgreed e) {
        refundDue = e.amount();
      } else if (event instanceof CaseEvent.RefundConfirmed e) {
        refunded = e.amount();
        instantRefund = instantRefund.map(r -> r.with(InstantRefund.Status.CONFIRMED));
      } else if (event instanceof CaseEvent.GoodsShippedToBuyer e) {
        outboundShipment = Optional.of(e.shipment());
      } else if (event instanceof CaseEvent.GoodsSentBack e) {
        outboundShipment = Optional.of(e.shipment());
      } else if (event instanceof CaseEvent.RepairPlanProposed e) {
        repairPlan = Optional.of(e.plan());
      } else if (event instanceof CaseEvent.RepairFeeWaived) {
        repairPlan = repairPlan.map(plan -> new RepairPlan(plan.description(), Money.zero(plan.fee().currency())));
      } else if (event instanceof CaseEvent.Ruled e) {
        e.refund().ifPresent(amount -> refundDue = amount);
      } else if (event instanceof CaseEvent.Rated e) {
        rating = Optional.of(e.rating());
      } else if (event instanceof CaseEvent.Escalated) {
        review = Optional.of(PlatformReview.startedAt(at));
      } else if (event instanceof CaseEvent.DisputeClassifiedComplex) {
        review = review.map(PlatformReview::classifiedComplex);
      } else if (event instanceof CaseEvent.FirstJudgmentGiven) {
        review = review.map(PlatformReview::judged);
      } else if (event instanceof CaseEvent.ComplaintFiled) {
        complaints++;
        complaintOpen = true;
      } else if (event instanceof CaseEvent.ComplaintAnswered) {
        complaintOpen = false;
      }
    }

    private void replace(DeadlineId id, java.util.function.UnaryOperator<Deadline> change) {
      int at = indexOf(id);
      List<Deadline> changed = new ArrayList<>(deadlines);
      changed.set(at, change.apply(deadlines.get(at)));
      deadlines = changed;
    }

    private void remove(DeadlineId id) {
      int at = indexOf(id);
      List<Deadline> fewer = new ArrayList<>(deadlines);
      fewer.remove(at);
      deadlines = fewer;
    }

    private int indexOf(DeadlineId id) {
      for (int i = 0; i < deadlines.size(); i++) {
        if (deadlines.get(i).id().equals(id)) {
          return i;
        }
      }
      throw new IllegalArgumentException("case " + base.id() + " has no deadline " + id);
    }

    AfterSalesCase build() {
      return new AfterSalesCase(
          base.id(), base.tenant(), base.orderId(), base.buyerId(), base.type(), reason, base.channel(),
          base.lines(), requestedRefund, description, state, outcome, evidence, deadlines,
          returnAddress, returnShipment, outboundShipment, repairPlan, offeredRefund,
          informationRequests, partialRefundOffers, refundDue, refundAttempts, refunded, rating,
          review, complaints, complaintOpen, instantRefund, base.openedAt(), updatedAt, version);
    }
  }
}
