package org.aftersales.casefile;

import java.util.List;
import java.util.Optional;
import org.aftersales.money.Money;

/** The fact events an accepted command records, before the state change and deadlines that follow it. */
final class Facts {

  private Facts() {}

  /**
   * Returns the fact events of a command.
   *
   * @param c the case as the events so far left it
   * @param cited the deadline the envelope cites, as it was before the command
   */
  static List<CaseEvent> of(AfterSalesCase c, CommandEnvelope envelope, Optional<Deadline> cited, Transition transition,
      DecisionContext context, CaseDecider.Events events) {
    CaseCommand command = envelope.command();
    // Deemed: the system assumed it because a deadline passed, not because a party or a callback said so.
    boolean deemed = envelope.deadline().isPresent();
    List<Evidence> evidence = events.stamp(command.evidence());
    return switch (command.type()) {
      case OPEN -> throw new IllegalArgumentException("OPEN is decided by CaseDecider.open");
      case APPROVE -> List.of(new CaseEvent.RequestApproved(deemed));
      case REJECT -> List.of(new CaseEvent.RequestRejected(((CaseCommand.Reject) command).reason(), evidence));
      case MODIFY_REQUEST -> {
        CaseCommand.ModifyRequest change = (CaseCommand.ModifyRequest) command;
        yield List.of(new CaseEvent.RequestModified(change.reason(), change.requestedRefund(), change.description(),
            evidence));
      }
      case OFFER_PARTIAL_REFUND -> {
        CaseCommand.OfferPartialRefund offer = (CaseCommand.OfferPartialRefund) command;
        yield List.of(new CaseEvent.PartialRefundOffered(offer.amount(), offer.note()));
      }
      case ACCEPT_OFFER -> List.of(new CaseEvent.OfferAccepted(c.offeredRefund().orElseThrow()));
      case DECLINE_OFFER -> List.of(new CaseEvent.OfferDeclined(deemed));
      case REQUEST_INFO -> List.of(new CaseEvent.InfoRequested(((CaseCommand.RequestInfo) command).question()));
      case SUPPLY_INFO -> List.of(new CaseEvent.InfoSupplied(((CaseCommand.SupplyInfo) command).answer(), evidence));
      case PROVIDE_RETURN_ADDRESS ->
          List.of(new CaseEvent.ReturnAddressProvided(((CaseCommand.ProvideReturnAddress) command).address(), false));
      case USE_DEFAULT_RETURN_ADDRESS ->
          List.of(new CaseEvent.ReturnAddressProvided(context.defaultReturnAddress().orElseThrow(), true));
      case REFUND_WITHOUT_RETURN -> List.of(new CaseEvent.ReturnWaived());
      case SHIP_RETURN -> List.of(new CaseEvent.ReturnShipped(((CaseCommand.ShipReturn) command).shipment()));
      case REPORT_RETURN_DELIVERED -> List.of(new CaseEvent.ReturnDelivered());
      case CONFIRM_RECEIPT -> List.of(new CaseEvent.ReceiptConfirmed(deemed));
      case REFUSE_RECEIPT -> List.of(new CaseEvent.ReceiptRefused(((CaseCommand.RefuseReceipt) command).reason(), evidence));
      case PASS_INSPECTION -> List.of(new CaseEvent.InspectionPassed(deemed, evidence));
      case FAIL_INSPECTION ->
          List.of(new CaseEvent.InspectionFailed(((CaseCommand.FailInspection) command).reason(), evidence));
      case CONFIRM_REFUND -> {
        CaseCommand.ConfirmRefund confirm = (CaseCommand.ConfirmRefund) command;
        yield List.of(new CaseEvent.RefundConfirmed(c.refundDue(), confirm.attempt(), confirm.paymentReference()));
      }
      case REPORT_REFUND_FAILURE -> {
        CaseCommand.ReportRefundFailure failure = (CaseCommand.ReportRefundFailure) command;
        yield List.of(new CaseEvent.RefundFailed(failure.attempt(), failure.failure()));
      }
      // Entering REFUND_PENDING requests the next attempt; an instant refund's retry beside the goods does here.
      case RETRY_REFUND -> transition.changesState() ? List.of()
          : List.of(new CaseEvent.RefundRequested(c.refundDue(), c.refundAttempts() + 1));
      case REFUND_INSTEAD -> List.of(new CaseEvent.RefundInsteadAgreed(c.amountPaid()));
      case SHIP_REPLACEMENT ->
          List.of(new CaseEvent.GoodsShippedToBuyer(((CaseCommand.ShipReplacement) command).shipment(), evidence));
      case SHIP_GOODS_BACK -> List.of(new CaseEvent.GoodsSentBack(((CaseCommand.ShipGoodsBack) command).shipment()));
      case SHIP_REPAIRED_ITEM ->
          List.of(new CaseEvent.GoodsShippedToBuyer(((CaseCommand.ShipRepairedItem) command).shipment(), evidence));
      case PROPOSE_REPAIR_PLAN -> List.of(new CaseEvent.RepairPlanProposed(((CaseCommand.ProposeRepairPlan) command).plan()));
      case ACCEPT_REPAIR_PLAN -> List.of(new CaseEvent.RepairPlanAccepted());
      case DECLINE_REPAIR_PLAN -> List.of(new CaseEvent.RepairPlanDeclined(deemed));
      case REPORT_OUTBOUND_DELIVERED -> List.of(new CaseEvent.OutboundDelivered(deemed));
      case CONFIRM_DELIVERY -> List.of(new CaseEvent.DeliveryConfirmed(deemed));
      case WITHDRAW -> List.of(new CaseEvent.Withdrawn(((CaseCommand.Withdraw) command).reason()));
      case ESCALATE ->
          List.of(new CaseEvent.Escalated(envelope.actor(), ((CaseCommand.Escalate) command).statement(), evidence));
      case RULE_FOR_BUYER -> {
        CaseEvent ruled = new CaseEvent.Ruled(Ruling.FOR_BUYER, refundOfRulingForBuyer(c, transition),
            ((CaseCommand.RuleForBuyer) command).statement(), deemed);
        // An objection to a repair plan, upheld: the buyer gets the repair without paying for it.
        yield c.state() == CaseState.ARBITRATING_PLAN ? List.of(ruled, new CaseEvent.RepairFeeWaived()) : List.of(ruled);
      }
      case RULE_FOR_MERCHANT -> List.of(new CaseEvent.Ruled(
          Ruling.FOR_MERCHANT, Optional.empty(), ((CaseCommand.RuleForMerchant) command).statement(), false));
      case RULE_PARTIAL_REFUND -> {
        CaseCommand.RulePartialRefund ruling = (CaseCommand.RulePartialRefund) command;
        yield List.of(new CaseEvent.Ruled(Ruling.PARTIAL_REFUND, Optional.of(ruling.amount()), ruling.statement(), false));
      }
      case CLASSIFY_COMPLEX ->
          List.of(new CaseEvent.DisputeClassifiedComplex(((CaseCommand.ClassifyComplex) command).reason()));
      case GIVE_FIRST_JUDGMENT ->
          List.of(new CaseEvent.FirstJudgmentGiven(((CaseCommand.GiveFirstJudgment) command).statement()));
      case FILE_COMPLAINT ->
          List.of(new CaseEvent.ComplaintFiled(((CaseCommand.FileComplaint) command).complaint(), evidence));
      case ANSWER_COMPLAINT -> List.of(new CaseEvent.ComplaintAnswered(((CaseCommand.AnswerComplaint) command).answer()));
      case ACCEPT_DECISION -> List.of(new CaseEvent.OutcomeAccepted(deemed));
      case CLOSE_ABANDONED -> List.of(new CaseEvent.Abandoned());
      case ADD_EVIDENCE -> List.of(new CaseEvent.EvidenceAdded(evidence));
      case RATE -> List.of(new CaseEvent.Rated(((CaseCommand.Rate) command).rating()));
      case SEND_REMINDER -> {
        CaseCommand.SendReminder reminder = (CaseCommand.SendReminder) command;
        Deadline deadline = c.deadline(reminder.deadline()).orElseThrow();
        yield List.of(new CaseEvent.ReminderSent(deadline.id(), deadline.kind(), awaiting(c, deadline.kind()),
            reminder.before(), deadline.dueAt()));
      }
      case RAISE_ALERT -> {
        Deadline overdue = cited.orElseThrow();
        yield List.of(new CaseEvent.AlertRaised(overdue.kind(), awaiting(c, overdue.kind())));
      }
      case RECOMPUTE_DEADLINES -> throw new IllegalArgumentException("RECOMPUTE_DEADLINES has no table row");
    };
  }

  /**
   * A ruling for the buyer that leads to a refund in a case that asked for none (a disputed
   * replacement or repair) refunds what was paid; otherwise the request's own refund stands.
   */
  private static Optional<Money> refundOfRulingForBuyer(AfterSalesCase c, Transition transition) {
    boolean refunds = transition.to().map(CaseState.REFUND_PENDING::equals).orElse(false) && !transition.completesEarly(c);
    return refunds && c.refundDue().isZero() ? Optional.of(c.amountPaid()) : Optional.empty();
  }

  /** Whom a deadline waits on: a side clock's party, else the state's (the platform once nobody else is left). */
  private static Actor awaiting(AfterSalesCase c, org.aftersales.deadline.DeadlineKind kind) {
    LifecycleTable table = Lifecycles.of(c.type());
    return table.sideClocks().containsKey(kind) || c.awaiting().isPresent()
        ? table.awaiting(c.state(), kind)
        : Actor.PLATFORM;
  }

}
