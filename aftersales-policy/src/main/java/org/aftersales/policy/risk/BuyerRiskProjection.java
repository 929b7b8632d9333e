package org.aftersales.policy.risk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.Ruling;

/**
 * Counts each buyer's risk events from the case events the host already publishes (its outbox):
 * a return shipped (and whether it was a no-reason one), a refund confirmed on goods that never came
 * back, a ruling for the merchant on a dispute escalated to the platform (once per escalation), an
 * inspection failed after an instant refund. Each event is
 * applied in constant time and at most once per event id, so a redelivered event changes nothing;
 * applying a full history to an empty store rebuilds the same state, in any interleaving of cases
 * that keeps each case's own order. Events of a case whose opening was not seen are ignored.
 *
 * <p>Thread-safe if its store is; apply the events of one case in order.
 */
public final class BuyerRiskProjection {

  private final BuyerRiskStore store;

  /**
   * Creates the projection over a store.
   *
   * @throws NullPointerException if store is null
   */
  public BuyerRiskProjection(BuyerRiskStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Applies every event of a history, in order.
   *
   * @throws NullPointerException if history or an element is null
   */
  public void applyAll(List<RecordedEvent> history) {
    Objects.requireNonNull(history, "history").forEach(this::apply);
  }

  /**
   * Applies one case event; a second delivery of the same event id changes nothing.
   *
   * @return whether the event was new
   * @throws NullPointerException if recorded is null
   */
  public boolean apply(RecordedEvent recorded) {
    Objects.requireNonNull(recorded, "recorded");
    if (!store.firstSight(recorded.id())) {
      return false;
    }
    CaseEvent event = recorded.event();
    if (event instanceof CaseEvent.CaseOpened opened) {
      store.putNote(recorded.caseId(), CaseNote.opened(opened.tenant(), opened.buyerId(), opened.caseType(),
          opened.reason()));
      return true;
    }
    store.note(recorded.caseId()).ifPresent(note -> applyToCase(note, recorded, event));
    return true;
  }

  private void applyToCase(CaseNote note, RecordedEvent recorded, CaseEvent event) {
    Instant at = recorded.occurredAt();
    if (event instanceof CaseEvent.RequestModified modified) {
      store.putNote(recorded.caseId(), note.withReason(modified.reason()));
    } else if (event instanceof CaseEvent.ReturnShipped) {
      store.putNote(recorded.caseId(), note.withReturn());
      // Exchanges and repairs send goods back too, but are no return of a purchase.
      if (note.type() == CaseType.RETURN_AND_REFUND) {
        count(note, RiskMeasure.RETURNS, at);
        if (note.reason() == Reason.CHANGED_MIND) {
          count(note, RiskMeasure.NO_REASON_RETURNS, at);
        }
      }
    } else if (event instanceof CaseEvent.InstantRefundGranted) {
      store.putNote(recorded.caseId(), note.withInstantRefund());
    } else if (event instanceof CaseEvent.InspectionFailed && note.instantRefund()) {
      count(note, RiskMeasure.FAILED_INSPECTIONS_AFTER_INSTANT_REFUND, at);
    } else if (event instanceof CaseEvent.RefundConfirmed && !note.refundCounted()) {
      store.putNote(recorded.caseId(), note.withRefundCounted());
      if (!note.returned()) {
        count(note, RiskMeasure.REFUNDS_WITHOUT_RETURN, at);
      }
    } else if (event instanceof CaseEvent.Escalated) {
      store.putNote(recorded.caseId(), note.withDisputeOpen(true));
    } else if (event instanceof CaseEvent.Ruled ruled && note.disputeOpen()) {
      // A ruling without a dispute open (the platform closing a refusal with nothing to send back) lost none.
      store.putNote(recorded.caseId(), note.withDisputeOpen(false));
      if (ruled.ruling() == Ruling.FOR_MERCHANT) {
        count(note, RiskMeasure.DISPUTES_LOST, at);
      }
    }
  }

  private void count(CaseNote note, RiskMeasure measure, Instant at) {
    store.addIncident(note.tenant(), note.buyer(), measure, at);
  }
}
