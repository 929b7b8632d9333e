package org.aftersales.casefile;

/**
 * The kinds of {@link CaseCommand}; the lifecycle tables are keyed by these. Each constant is the
 * type of the {@code CaseCommand} record of the same name in camel case.
 */
public enum CommandType {
  OPEN,
  APPROVE,
  REJECT,
  MODIFY_REQUEST,
  REQUEST_INFO,
  SUPPLY_INFO,
  PROVIDE_RETURN_ADDRESS,
  USE_DEFAULT_RETURN_ADDRESS,
  REFUND_WITHOUT_RETURN,
  SHIP_RETURN,
  REPORT_RETURN_DELIVERED,
  CONFIRM_RECEIPT,
  REFUSE_RECEIPT,
  PASS_INSPECTION,
  FAIL_INSPECTION,
  CONFIRM_REFUND,
  REPORT_REFUND_FAILURE,
  RETRY_REFUND,
  REFUND_INSTEAD,
  SHIP_REPLACEMENT,
  PROPOSE_REPAIR_PLAN,
  ACCEPT_REPAIR_PLAN,
  DECLINE_REPAIR_PLAN,
  SHIP_REPAIRED_ITEM,
  REPORT_OUTBOUND_DELIVERED,
  CONFIRM_DELIVERY,
  WITHDRAW,
  ESCALATE,
  RULE_FOR_BUYER,
  RULE_FOR_MERCHANT,
  RULE_PARTIAL_REFUND,
  ACCEPT_OUTCOME,
  CLOSE_ABANDONED,
  ADD_EVIDENCE,
  RATE,
  SEND_REMINDER,
  RAISE_ALERT;

  /**
   * Returns whether the command reports a fact from outside (a carrier's delivery, a payment
   * provider's answer), which the host forwards as {@link Actor#SYSTEM} without citing a deadline.
   * Every other command {@code SYSTEM} may send is a deadline's default action and must cite it.
   */
  public boolean isOutsideReport() {
    return this == REPORT_RETURN_DELIVERED || this == REPORT_OUTBOUND_DELIVERED
        || this == CONFIRM_REFUND || this == REPORT_REFUND_FAILURE;
  }
}
