package org.aftersales.casefile;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.FallbackBasis;
import org.aftersales.money.Money;

/**
 * A fact that happened to a case. A case is the left fold of its events by {@link CaseEvolver};
 * every event also goes to the outbox for the host to deliver.
 */
public sealed interface CaseEvent {

  /**
   * Returns one line for a person reading the case's timeline, with times as local times in {@code zone}.
   *
   * @param zone the zone the reader thinks in, usually the tenant calendar's
   */
  String describe(ZoneId zone);

  /** Returns the evidence the event recorded; events without an evidence field record none. */
  default List<Evidence> evidence() {
    return List.of();
  }

  /**
   * The case was opened with everything the buyer sent. The event keeps its own copy of the request's
   * fields and checks only that they are present: the rules for opening a case may tighten over time,
   * and a history recorded under older rules must still replay.
   */
  record CaseOpened(
      CaseId caseId,
      TenantId tenant,
      OrderId orderId,
      PartyId buyerId,
      CaseType caseType,
      Reason reason,
      Channel channel,
      List<OrderLine> lines,
      Money requestedRefund,
      String description,
      List<Evidence> evidence) implements CaseEvent {
    /** Checks nothing is null and copies the lists. */
    public CaseOpened {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(orderId, "orderId");
      Objects.requireNonNull(buyerId, "buyerId");
      Objects.requireNonNull(caseType, "caseType");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(channel, "channel");
      lines = List.copyOf(lines);
      Objects.requireNonNull(requestedRefund, "requestedRefund");
      Objects.requireNonNull(description, "description");
      evidence = List.copyOf(evidence);
    }

    @Override
    public String describe(ZoneId zone) {
      return "Case opened: " + caseType + " for " + reason + " on " + lines.size() + " line(s) of order " + orderId
          + " via " + channel + (requestedRefund.isZero() ? "" : ", asking " + requestedRefund);
    }
  }

  /** The request was approved; {@code deemed} when the system approved on the merchant's silence. */
  record RequestApproved(boolean deemed) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return deemed ? "Request approved automatically: the merchant did not respond in time" : "Request approved";
    }
  }

  /** The merchant rejected the request. */
  record RequestRejected(String reason, List<Evidence> evidence) implements CaseEvent {
    /** Copies the evidence list. */
    public RequestRejected {
      evidence = List.copyOf(evidence);
    }

    @Override
    public String describe(ZoneId zone) {
      return "Merchant rejected the request: " + reason;
    }
  }

  /** After a rejection the buyer changed the request and applied again. */
  record RequestModified(Reason reason, Money requestedRefund, String description, List<Evidence> evidence)
      implements CaseEvent {
    /** Copies the evidence list. */
    public RequestModified {
      evidence = List.copyOf(evidence);
    }

    @Override
    public String describe(ZoneId zone) {
      return "Buyer changed the request: " + reason + (requestedRefund.isZero() ? "" : ", asking " + requestedRefund)
          + (description.isEmpty() ? "" : ": " + description);
    }
  }

  /** The merchant offered part of the money back instead. */
  record PartialRefundOffered(Money amount, String note) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Merchant offered a refund of " + amount + " instead" + (note.isEmpty() ? "" : ": " + note);
    }
  }

  /** The buyer accepted the merchant's offer. */
  record OfferAccepted(Money amount) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Buyer accepted the offer of " + amount;
    }
  }

  /** The buyer declined the merchant's offer; {@code deemed} when the buyer did not answer in time. */
  record OfferDeclined(boolean deemed) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return deemed ? "Offer deemed declined: the buyer did not answer in time" : "Buyer declined the offer";
    }
  }

  /** The merchant or platform asked the buyer for more information. */
  record InfoRequested(String question) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "More information requested: " + question;
    }
  }

  /** The buyer supplied information. */
  record InfoSupplied(String answer, List<Evidence> evidence) implements CaseEvent {
    /** Copies the evidence list. */
    public InfoSupplied {
      evidence = List.copyOf(evidence);
    }

    @Override
    public String describe(ZoneId zone) {
      return "Buyer supplied information: " + answer;
    }
  }

  /** The return address was given; {@code policyDefault} when it is the policy's default address. */
  record ReturnAddressProvided(ReturnAddress address, boolean policyDefault) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return (policyDefault ? "Default return address given: " : "Return address given: ") + address.address();
    }
  }

  /** The merchant chose, or the policy defaulted, to refund without the goods coming back. */
  record ReturnWaived() implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Refund approved without returning the goods";
    }
  }

  /** The replacement or repair is given up and what was paid is refunded instead. */
  record RefundInsteadAgreed(Money amount) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Replacement or repair given up; " + amount + " to be refunded instead";
    }
  }

  /** The buyer shipped the goods back. */
  record ReturnShipped(Shipment shipment) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Buyer shipped the return with " + shipment.carrier() + ", tracking " + shipment.trackingNumber();
    }
  }

  /** The carrier delivered the return to the merchant. */
  record ReturnDelivered() implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Carrier delivered the return to the merchant";
    }
  }

  /** The merchant received the returned goods; {@code deemed} when the system assumed so after the limit. */
  record ReceiptConfirmed(boolean deemed) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return deemed ? "Return deemed received: the merchant did not confirm in time" : "Merchant confirmed receipt of the return";
    }
  }

  /** The merchant refused the returned parcel. */
  record ReceiptRefused(String reason, List<Evidence> evidence) implements CaseEvent {
    /** Copies the evidence list. */
    public ReceiptRefused {
      evidence = List.copyOf(evidence);
    }

    @Override
    public String describe(ZoneId zone) {
      return "Merchant refused the returned parcel: " + reason;
    }
  }

  /** The inspection passed; {@code deemed} when the system assumed so after the limit. */
  record InspectionPassed(boolean deemed, List<Evidence> evidence) implements CaseEvent {
    /** Copies the evidence list. */
    public InspectionPassed {
      evidence = List.copyOf(evidence);
    }

    @Override
    public String describe(ZoneId zone) {
      return deemed ? "Inspection deemed passed: the merchant did not inspect in time" : "Inspection passed";
    }
  }

  /** The inspection failed. */
  record InspectionFailed(String reason, List<Evidence> evidence) implements CaseEvent {
    /** Copies the evidence list. */
    public InspectionFailed {
      evidence = List.copyOf(evidence);
    }

    @Override
    public String describe(ZoneId zone) {
      return "Inspection failed: " + reason;
    }
  }

  /**
   * The policy refunds the case as soon as the buyer shipped the return, before inspection (极速退款);
   * a {@link RefundRequested} follows in the same version. The goods still go through transit,
   * receipt and inspection, and passing the inspection pays nothing more.
   *
   * @param rule the id of the policy rule that granted it
   * @param amount what is refunded, the request's refund
   */
  record InstantRefundGranted(String rule, Money amount) implements CaseEvent {
    /** Checks nothing is null. */
    public InstantRefundGranted {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String describe(ZoneId zone) {
      return "Instant refund of " + amount + " granted on shipping the return, before inspection (rule " + rule + ")";
    }
  }

  /** A refund was requested from the payment provider, by the original payment route. */
  record RefundRequested(Money amount, int attempt) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Refund of " + amount + " requested by the original payment route (attempt " + attempt + ")";
    }
  }

  /**
   * The payment provider confirmed a refund attempt. When it is not the latest attempt, the host's
   * payment reconciliation must stop the later one: the buyer has been paid.
   */
  record RefundConfirmed(Money amount, int attempt, String paymentReference) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Refund of " + amount + " confirmed (attempt " + attempt + "), reference " + paymentReference;
    }
  }

  /** The payment provider reported the refund attempt in flight failed. */
  record RefundFailed(int attempt, String failure) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Refund attempt " + attempt + " failed: " + failure;
    }
  }

  /** The merchant sent refused goods back to the buyer. */
  record GoodsSentBack(Shipment shipment) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Merchant sent the goods back to the buyer with " + shipment.carrier() + ", tracking "
          + shipment.trackingNumber();
    }
  }

  /** The merchant shipped a replacement or the repaired item. */
  record GoodsShippedToBuyer(Shipment shipment, List<Evidence> evidence) implements CaseEvent {
    /** Copies the evidence list. */
    public GoodsShippedToBuyer {
      evidence = List.copyOf(evidence);
    }

    @Override
    public String describe(ZoneId zone) {
      return "Merchant shipped goods to the buyer with " + shipment.carrier() + ", tracking " + shipment.trackingNumber();
    }
  }

  /** The carrier delivered the replacement or repaired item; {@code deemed} when assumed after the limit. */
  record OutboundDelivered(boolean deemed) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return deemed ? "Goods deemed delivered to the buyer: no delivery report in time" : "Carrier delivered the goods to the buyer";
    }
  }

  /** The buyer confirmed the replacement or repaired item; {@code deemed} after the limit. */
  record DeliveryConfirmed(boolean deemed) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return deemed ? "Delivery deemed confirmed: the buyer did not answer in time" : "Buyer confirmed the goods arrived in order";
    }
  }

  /** The merchant proposed a repair plan and fee. */
  record RepairPlanProposed(RepairPlan plan) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Repair plan proposed (fee " + plan.fee() + "): " + plan.description();
    }
  }

  /** The buyer accepted the repair plan. */
  record RepairPlanAccepted() implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Buyer accepted the repair plan";
    }
  }

  /** The platform ruled the repair free of charge: the plan stands with a zero fee. */
  record RepairFeeWaived() implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Repair fee waived: the repair is free";
    }
  }

  /** The buyer declined the repair plan; {@code deemed} after the limit. */
  record RepairPlanDeclined(boolean deemed) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return deemed ? "Repair plan deemed declined: the buyer did not answer in time" : "Buyer declined the repair plan";
    }
  }

  /** The buyer withdrew the request. */
  record Withdrawn(String reason) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return reason.isEmpty() ? "Buyer withdrew the request" : "Buyer withdrew the request: " + reason;
    }
  }

  /** A party escalated to the platform. */
  record Escalated(Actor by, String statement, List<Evidence> evidence) implements CaseEvent {
    /** Copies the evidence list. */
    public Escalated {
      evidence = List.copyOf(evidence);
    }

    @Override
    public String describe(ZoneId zone) {
      String who = by.name().charAt(0) + by.name().substring(1).toLowerCase(java.util.Locale.ROOT);
      return who + " escalated to the platform: " + statement;
    }
  }

  /** The platform's ruling, which binds the case; {@code deemed} when the platform was late. */
  record Ruled(Ruling ruling, Optional<Money> refund, String statement, boolean deemed) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      String what = switch (ruling) {
        case FOR_BUYER -> "for the buyer";
        case FOR_MERCHANT -> "for the merchant";
        case PARTIAL_REFUND -> "a partial refund of " + refund.orElseThrow();
      };
      return (deemed ? "Platform ruling deemed " : "Platform ruled ") + what + (statement.isEmpty() ? "" : ": " + statement);
    }
  }

  /** The platform classified the dispute as complex; its first judgment falls due later. */
  record DisputeClassifiedComplex(String reason) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Platform classified the dispute as complex: " + reason;
    }
  }

  /** The platform gave its first judgment; the final ruling is still to come. */
  record FirstJudgmentGiven(String statement) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Platform gave its first judgment: " + statement;
    }
  }

  /** The buyer complained about how the case is handled; the platform must answer. */
  record ComplaintFiled(String complaint, List<Evidence> evidence) implements CaseEvent {
    /** Copies the evidence list. */
    public ComplaintFiled {
      evidence = List.copyOf(evidence);
    }

    @Override
    public String describe(ZoneId zone) {
      return "Buyer complained about the handling: " + complaint;
    }
  }

  /** The platform answered the buyer's complaint. */
  record ComplaintAnswered(String answer) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Platform answered the complaint: " + answer;
    }
  }

  /** The buyer accepted the merchant's rejection or refusal; {@code deemed} after the limit. */
  record OutcomeAccepted(boolean deemed) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return deemed ? "Buyer did not contest in time; the merchant's decision stands" : "Buyer accepted the merchant's decision";
    }
  }

  /** The system closed a case the buyer stopped acting on. */
  record Abandoned() implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Closed: the buyer did not act in time";
    }
  }

  /** Evidence was added. */
  record EvidenceAdded(List<Evidence> evidence) implements CaseEvent {
    /** Copies the evidence list. */
    public EvidenceAdded {
      evidence = List.copyOf(evidence);
    }

    @Override
    public String describe(ZoneId zone) {
      return evidence.size() + " piece(s) of evidence added";
    }
  }

  /** The buyer rated the handling. */
  record Rated(Rating rating) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Buyer rated the handling " + rating.stars() + "/5";
    }
  }

  /** The case moved from one state to another; {@code outcome} is present when it ended. */
  record StateChanged(CaseState from, CaseState to, Optional<CaseOutcome> outcome) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Now " + to + outcome.map(o -> " (" + o + ")").orElse("");
    }
  }

  /** A deadline started: with the state the case entered, or beside it on a command (a complaint). */
  record DeadlineStarted(Deadline deadline, Actor awaiting) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Waiting for " + deadline.kind().awaited() + " until " + Wording.at(deadline.dueAt(), zone)
          + " (" + deadline.rule().limit() + (deadline.isEstimated() ? ", estimated without holiday data" : "")
          + "); then " + deadline.rule().defaultAction().consequence();
    }
  }

  /**
   * A deadline's clock paused while the case waits on the other party, with {@code remaining} left;
   * {@code fallbackBasis} is present when that was measured against an estimated due instant.
   */
  record DeadlinePaused(DeadlineId deadline, DeadlineKind kind, Duration remaining,
      Optional<FallbackBasis> fallbackBasis) implements CaseEvent {
    /** Validates the basis. */
    public DeadlinePaused {
      Objects.requireNonNull(fallbackBasis, "fallbackBasis");
    }

    /** A pause whose remainder rests on the calendar's real data. */
    public DeadlinePaused(DeadlineId deadline, DeadlineKind kind, Duration remaining) {
      this(deadline, kind, remaining, Optional.empty());
    }

    @Override
    public String describe(ZoneId zone) {
      return "Clock paused with " + Wording.duration(remaining) + " left for " + kind.awaited()
          + (fallbackBasis.isPresent() ? " (estimated without holiday data)" : "");
    }
  }

  /**
   * A paused deadline's clock resumed, due at {@code dueAt}, keeping only the reminders still ahead
   * (a "6 h left" reminder is dropped when less than 6 h remain).
   */
  record DeadlineResumed(DeadlineId deadline, DeadlineKind kind, Instant dueAt, List<Duration> pendingReminders,
      Optional<FallbackBasis> fallbackBasis) implements CaseEvent {
    /** Copies the reminders. */
    public DeadlineResumed {
      pendingReminders = List.copyOf(pendingReminders);
      Objects.requireNonNull(fallbackBasis, "fallbackBasis");
    }

    /** A resumption whose due instant rests on the calendar's real data. */
    public DeadlineResumed(DeadlineId deadline, DeadlineKind kind, Instant dueAt, List<Duration> pendingReminders) {
      this(deadline, kind, dueAt, pendingReminders, Optional.empty());
    }

    @Override
    public String describe(ZoneId zone) {
      return "Clock resumed: waiting for " + kind.awaited() + " until " + Wording.at(dueAt, zone)
          + (fallbackBasis.isPresent() ? " (estimated without holiday data)" : "");
    }
  }

  /**
   * A deadline's due instant, estimated on a fallback calendar, was counted again on the tenant's
   * calendar once it had the data; {@code fallbackBasis} stays present if the new count still
   * needed the fallback. Reminders whose moment has passed are dropped. For a paused clock, {@code
   * pausedRemaining} holds what it really had left when it paused, and {@code dueAt} and the
   * reminders are those it paused with.
   */
  record DeadlineRecomputed(DeadlineId deadline, DeadlineKind kind, Instant dueAt, List<Duration> pendingReminders,
      Optional<FallbackBasis> fallbackBasis, Optional<Duration> pausedRemaining) implements CaseEvent {
    /** Copies the reminders. */
    public DeadlineRecomputed {
      pendingReminders = List.copyOf(pendingReminders);
      Objects.requireNonNull(fallbackBasis, "fallbackBasis");
      Objects.requireNonNull(pausedRemaining, "pausedRemaining");
    }

    /** A running deadline's recount. */
    public DeadlineRecomputed(DeadlineId deadline, DeadlineKind kind, Instant dueAt, List<Duration> pendingReminders,
        Optional<FallbackBasis> fallbackBasis) {
      this(deadline, kind, dueAt, pendingReminders, fallbackBasis, Optional.empty());
    }

    @Override
    public String describe(ZoneId zone) {
      String estimate = fallbackBasis.isPresent() ? " (still an estimate)" : "";
      return pausedRemaining
          .map(left -> "Time left recounted on the updated calendar: " + Wording.duration(left) + " left for "
              + kind.awaited() + " once the clock resumes" + estimate)
          .orElseGet(() -> "Due date recounted on the updated calendar: waiting for " + kind.awaited() + " until "
              + Wording.at(dueAt, zone) + estimate);
    }
  }

  /** A deadline ended because the case left its state in time. */
  record DeadlineCancelled(DeadlineId deadline, DeadlineKind kind) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "No longer waiting for " + kind.awaited();
    }
  }

  /** A deadline passed and its default action is applied by the same command. */
  record DeadlineExpired(DeadlineId deadline, DeadlineKind kind, DefaultAction action) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Limit reached while waiting for " + kind.awaited();
    }
  }

  /** A reminder went out that a deadline ends soon ("24 h left"). */
  record ReminderSent(DeadlineId deadline, DeadlineKind kind, Actor awaiting, Duration before, Instant dueAt)
      implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Reminder to the " + awaiting.name().toLowerCase(java.util.Locale.ROOT) + ": " + Wording.duration(before)
          + " left for " + kind.awaited();
    }
  }

  /** The refund failed as often as the policy retries on its own; the platform must settle it. */
  record RefundRetriesExhausted(int attempts) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Refund failed " + attempts + " times; automatic retries stopped and the platform must settle it";
    }
  }

  /** An alert for the host's operators: a deadline passed whose default action is only to tell someone. */
  record AlertRaised(DeadlineKind kind, Actor awaiting) implements CaseEvent {
    @Override
    public String describe(ZoneId zone) {
      return "Alert to the platform: overdue, still waiting for " + kind.awaited();
    }
  }
}
