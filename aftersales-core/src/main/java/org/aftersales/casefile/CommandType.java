package org.aftersales.casefile;

/**
 * The kinds of {@link CaseCommand}; the lifecycle tables are keyed by these. Each constant is the
 * type of the {@code CaseCommand} record of the same name in camel case.
 */
public enum CommandType {
  /** See {@link CaseCommand.Open}. */
  OPEN,
  /** See {@link CaseCommand.Approve}. */
  APPROVE,
  /** See {@link CaseCommand.Reject}. */
  REJECT,
  /** See {@link CaseCommand.ModifyRequest}. */
  MODIFY_REQUEST,
  /** See {@link CaseCommand.OfferPartialRefund}. */
  OFFER_PARTIAL_REFUND,
  /** See {@link CaseCommand.AcceptOffer}. */
  ACCEPT_OFFER,
  /** See {@link CaseCommand.DeclineOffer}. */
  DECLINE_OFFER,
  /** See {@link CaseCommand.RequestInfo}. */
  REQUEST_INFO,
  /** See {@link CaseCommand.SupplyInfo}. */
  SUPPLY_INFO,
  /** See {@link CaseCommand.ProvideReturnAddress}. */
  PROVIDE_RETURN_ADDRESS,
  /** See {@link CaseCommand.UseDefaultReturnAddress}. */
  USE_DEFAULT_RETURN_ADDRESS,
  /** See {@link CaseCommand.RefundWithoutReturn}. */
  REFUND_WITHOUT_RETURN,
  /** See {@link CaseCommand.ShipReturn}. */
  SHIP_RETURN,
  /** See {@link CaseCommand.ReportReturnDelivered}. */
  REPORT_RETURN_DELIVERED,
  /** See {@link CaseCommand.ConfirmReceipt}. */
  CONFIRM_RECEIPT,
  /** See {@link CaseCommand.RefuseReceipt}. */
  REFUSE_RECEIPT,
  /** See {@link CaseCommand.PassInspection}. */
  PASS_INSPECTION,
  /** See {@link CaseCommand.FailInspection}. */
  FAIL_INSPECTION,
  /** See {@link CaseCommand.ConfirmRefund}. */
  CONFIRM_REFUND,
  /** See {@link CaseCommand.ReportRefundFailure}. */
  REPORT_REFUND_FAILURE,
  /** See {@link CaseCommand.RetryRefund}. */
  RETRY_REFUND,
  /** See {@link CaseCommand.RefundInstead}. */
  REFUND_INSTEAD,
  /** See {@link CaseCommand.ShipReplacement}. */
  SHIP_REPLACEMENT,
  /** See {@link CaseCommand.ProposeRepairPlan}. */
  PROPOSE_REPAIR_PLAN,
  /** See {@link CaseCommand.AcceptRepairPlan}. */
  ACCEPT_REPAIR_PLAN,
  /** See {@link CaseCommand.DeclineRepairPlan}. */
  DECLINE_REPAIR_PLAN,
  /** See {@link CaseCommand.ShipRepairedItem}. */
  SHIP_REPAIRED_ITEM,
  /** See {@link CaseCommand.ShipGoodsBack}. */
  SHIP_GOODS_BACK,
  /** See {@link CaseCommand.ReportOutboundDelivered}. */
  REPORT_OUTBOUND_DELIVERED,
  /** See {@link CaseCommand.ConfirmDelivery}. */
  CONFIRM_DELIVERY,
  /** See {@link CaseCommand.Withdraw}. */
  WITHDRAW,
  /** See {@link CaseCommand.Escalate}. */
  ESCALATE,
  /** See {@link CaseCommand.RuleForBuyer}. */
  RULE_FOR_BUYER,
  /** See {@link CaseCommand.RuleForMerchant}. */
  RULE_FOR_MERCHANT,
  /** See {@link CaseCommand.RulePartialRefund}. */
  RULE_PARTIAL_REFUND,
  /** See {@link CaseCommand.ClassifyComplex}. */
  CLASSIFY_COMPLEX,
  /** See {@link CaseCommand.GiveFirstJudgment}. */
  GIVE_FIRST_JUDGMENT,
  /** See {@link CaseCommand.FileComplaint}. */
  FILE_COMPLAINT,
  /** See {@link CaseCommand.AnswerComplaint}. */
  ANSWER_COMPLAINT,
  /** See {@link CaseCommand.AcceptDecision}. */
  ACCEPT_DECISION,
  /** See {@link CaseCommand.CloseAbandoned}. */
  CLOSE_ABANDONED,
  /** See {@link CaseCommand.AddEvidence}. */
  ADD_EVIDENCE,
  /** See {@link CaseCommand.Rate}. */
  RATE,
  /** See {@link CaseCommand.SendReminder}. */
  SEND_REMINDER,
  /** See {@link CaseCommand.RaiseAlert}. */
  RAISE_ALERT,
  /** See {@link CaseCommand.RecomputeDeadlines}. */
  RECOMPUTE_DEADLINES;

  /**
   * Returns whether the command reports a fact from outside (a carrier's delivery, a payment
   * provider's answer), which the host forwards as {@link Actor#SYSTEM} without citing a deadline.
   * Every other command {@code SYSTEM} may send is a deadline's default action and must cite it. A
   * passed limit does not refuse a report: it states what happened, not what a party chose.
   */
  public boolean isOutsideReport() {
    return this == REPORT_RETURN_DELIVERED || this == REPORT_OUTBOUND_DELIVERED
        || this == CONFIRM_REFUND || this == REPORT_REFUND_FAILURE;
  }
}
