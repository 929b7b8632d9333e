package org.aftersales.casefile;

import static org.aftersales.casefile.Actor.BUYER;
import static org.aftersales.casefile.Actor.MERCHANT;
import static org.aftersales.casefile.Actor.PLATFORM;
import static org.aftersales.casefile.Actor.SYSTEM;
import static org.aftersales.casefile.CaseState.*;
import static org.aftersales.casefile.CommandType.*;
import static org.aftersales.deadline.DeadlineKind.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;

/**
 * The four lifecycle tables, one per {@link CaseType}. Read a table with {@link #of(CaseType)};
 * {@code docs/lifecycle/} holds its generated diagram.
 *
 * <p>Shared rules: the buyer may withdraw until goods or money have moved; a rejection or refusal
 * may be escalated by either party, with evidence, and the platform's ruling binds the case; a
 * replacement or repair that does not come is alerted until the merchant or platform ships or
 * refunds instead, and one that comes wrong may be disputed by the buyer; a refund that keeps failing goes to the platform, which may settle it another
 * way; every open state accepts evidence and the system's reminders; the buyer rates once after the end.
 */
public final class Lifecycles {

  private static final Map<CaseType, LifecycleTable> TABLES = new EnumMap<>(CaseType.class);

  static {
    TABLES.put(CaseType.REFUND_ONLY, refundOnly());
    TABLES.put(CaseType.RETURN_AND_REFUND, returnAndRefund());
    TABLES.put(CaseType.EXCHANGE, exchange());
    TABLES.put(CaseType.REPAIR, repair());
  }

  private Lifecycles() {}

  /**
   * Returns the table of a case type.
   *
   * @throws NullPointerException if type is null
   */
  public static LifecycleTable of(CaseType type) {
    return TABLES.get(Objects.requireNonNull(type, "type"));
  }

  private static LifecycleTable refundOnly() {
    LifecycleTable.Builder b = request(CaseType.REFUND_ONLY);
    b.move(REQUESTED, APPROVE, REFUND_PENDING, MERCHANT, PLATFORM, SYSTEM);
    b.move(ARBITRATING_REJECTION, RULE_FOR_BUYER, REFUND_PENDING, PLATFORM, SYSTEM);
    refund(b);
    return finish(b);
  }

  private static LifecycleTable returnAndRefund() {
    LifecycleTable.Builder b = request(CaseType.RETURN_AND_REFUND);
    b.move(REQUESTED, APPROVE, AWAITING_RETURN_ADDRESS, MERCHANT, PLATFORM, SYSTEM);
    b.move(ARBITRATING_REJECTION, RULE_FOR_BUYER, AWAITING_RETURN_ADDRESS, PLATFORM, SYSTEM);
    returnLeg(b, INSPECTING);
    b.move(AWAITING_RETURN_ADDRESS, REFUND_WITHOUT_RETURN, REFUND_PENDING, MERCHANT, PLATFORM, SYSTEM);
    inspection(b, REFUND_PENDING);
    refund(b);
    instantRefund(b);
    return finish(b);
  }

  /**
   * An instant refund (极速退款), granted by the policy when the buyer ships the return: its money is
   * tracked beside the goods, which go on through transit, receipt and inspection. The payment
   * provider's answers and the retries are rows that leave the goods where they are; the settlement
   * and retry clocks run beside those states. Passing the inspection, or a ruling for the buyer,
   * completes a case whose refund already reached the buyer, and otherwise carries the attempt in
   * flight (or the next one, after a failure) into REFUND_PENDING: the goods are refunded once. Once a
   * refusal of the goods stands they go back to the buyer, who is owed no money: a failed attempt is
   * no longer retried, and only the provider's answer to the attempt in flight is still recorded,
   * there and after the case ended.
   */
  private static void instantRefund(LifecycleTable.Builder b) {
    CaseState[] owed = {RETURN_IN_TRANSIT, RETURN_DELIVERED, INSPECTING, GOODS_REFUSED, ARBITRATING_REFUSAL};
    CaseState[] goingBack = {GOODS_TO_SEND_BACK, GOODS_SENT_BACK};
    b.sideClock(REFUND_SETTLEMENT, SYSTEM, RETURN_IN_TRANSIT, RETURN_DELIVERED, INSPECTING, GOODS_REFUSED,
        ARBITRATING_REFUSAL, GOODS_TO_SEND_BACK, GOODS_SENT_BACK);
    b.sideClock(REFUND_RETRY, PLATFORM, owed);
    for (CaseState state : owed) {
      b.stay(state, CONFIRM_REFUND, SYSTEM, PLATFORM)
          .guarded(Guard.INSTANT_REFUND_UNSETTLED, Guard.REFUND_ATTEMPT_REQUESTED)
          .stopping(REFUND_SETTLEMENT, REFUND_RETRY);
      b.stay(state, REPORT_REFUND_FAILURE, SYSTEM, PLATFORM)
          .guarded(Guard.INSTANT_REFUND_IN_FLIGHT, Guard.REFUND_ATTEMPT_IN_FLIGHT)
          .stopping(REFUND_SETTLEMENT).starting(REFUND_RETRY);
      b.stay(state, RETRY_REFUND, SYSTEM, PLATFORM, MERCHANT)
          .guarded(Guard.INSTANT_REFUND_FAILED)
          .stopping(REFUND_RETRY).starting(REFUND_SETTLEMENT);
    }
    for (CaseState state : goingBack) {
      b.stay(state, CONFIRM_REFUND, SYSTEM, PLATFORM)
          .guarded(Guard.INSTANT_REFUND_UNSETTLED, Guard.REFUND_ATTEMPT_REQUESTED).stopping(REFUND_SETTLEMENT);
      b.stay(state, REPORT_REFUND_FAILURE, SYSTEM, PLATFORM)
          .guarded(Guard.INSTANT_REFUND_IN_FLIGHT, Guard.REFUND_ATTEMPT_IN_FLIGHT).stopping(REFUND_SETTLEMENT);
    }
    b.stay(CLOSED, CONFIRM_REFUND, SYSTEM, PLATFORM).guarded(Guard.INSTANT_REFUND_UNSETTLED, Guard.REFUND_ATTEMPT_REQUESTED);
    b.stay(CLOSED, REPORT_REFUND_FAILURE, SYSTEM, PLATFORM)
        .guarded(Guard.INSTANT_REFUND_IN_FLIGHT, Guard.REFUND_ATTEMPT_IN_FLIGHT);
    b.completingIfRefunded(INSPECTING, PASS_INSPECTION);
    b.completingIfRefunded(ARBITRATING_REFUSAL, RULE_FOR_BUYER);
    b.alsoGuarded(ARBITRATING_REFUSAL, RULE_PARTIAL_REFUND, Guard.NO_INSTANT_REFUND);
  }

  private static LifecycleTable exchange() {
    LifecycleTable.Builder b = request(CaseType.EXCHANGE);
    b.move(REQUESTED, APPROVE, AWAITING_RETURN_ADDRESS, MERCHANT, PLATFORM, SYSTEM);
    b.move(ARBITRATING_REJECTION, RULE_FOR_BUYER, AWAITING_RETURN_ADDRESS, PLATFORM, SYSTEM);
    returnLeg(b, INSPECTING);
    inspection(b, REPLACEMENT_TO_SHIP);
    b.state(REPLACEMENT_TO_SHIP, MERCHANT, REPLACEMENT_DISPATCH);
    b.move(REPLACEMENT_TO_SHIP, SHIP_REPLACEMENT, REPLACEMENT_SHIPPED, MERCHANT);
    goodsOut(b, REPLACEMENT_TO_SHIP, REPLACEMENT_SHIPPED, CaseOutcome.EXCHANGED);
    refund(b);
    return finish(b);
  }

  private static LifecycleTable repair() {
    LifecycleTable.Builder b = request(CaseType.REPAIR);
    b.state(AWAITING_REPAIR_PLAN, MERCHANT, REPAIR_PLAN);
    b.state(AWAITING_PLAN_ACCEPTANCE, BUYER, BUYER_ANSWERS_REPAIR_PLAN);
    b.move(REQUESTED, APPROVE, AWAITING_REPAIR_PLAN, MERCHANT, PLATFORM, SYSTEM);
    b.move(ARBITRATING_REJECTION, RULE_FOR_BUYER, AWAITING_REPAIR_PLAN, PLATFORM, SYSTEM);
    b.move(AWAITING_REPAIR_PLAN, PROPOSE_REPAIR_PLAN, AWAITING_PLAN_ACCEPTANCE, MERCHANT).guarded(Guard.CASE_CURRENCY);
    b.move(AWAITING_REPAIR_PLAN, REFUND_INSTEAD, REFUND_PENDING, MERCHANT, PLATFORM);
    b.end(AWAITING_REPAIR_PLAN, WITHDRAW, CLOSED, CaseOutcome.WITHDRAWN, BUYER);
    b.move(AWAITING_PLAN_ACCEPTANCE, ACCEPT_REPAIR_PLAN, AWAITING_RETURN_ADDRESS, BUYER);
    b.end(AWAITING_PLAN_ACCEPTANCE, DECLINE_REPAIR_PLAN, CLOSED, CaseOutcome.REPAIR_DECLINED, BUYER, SYSTEM);
    b.state(ARBITRATING_PLAN, PLATFORM, PLATFORM_RULING, PLATFORM_FIRST_JUDGMENT);
    b.move(AWAITING_PLAN_ACCEPTANCE, ESCALATE, ARBITRATING_PLAN, BUYER).guarded(Guard.EVIDENCE_REQUIRED);
    // Either ruling settles the plan, so the item goes in for repair; the buyer may still withdraw.
    b.move(ARBITRATING_PLAN, RULE_FOR_BUYER, AWAITING_RETURN_ADDRESS, PLATFORM, SYSTEM);
    b.move(ARBITRATING_PLAN, RULE_FOR_MERCHANT, AWAITING_RETURN_ADDRESS, PLATFORM);
    b.end(ARBITRATING_PLAN, WITHDRAW, CLOSED, CaseOutcome.WITHDRAWN, BUYER);
    returnLeg(b, IN_REPAIR);
    b.state(IN_REPAIR, MERCHANT, REPAIR_WORK);
    b.move(IN_REPAIR, SHIP_REPAIRED_ITEM, REPAIRED_ITEM_SHIPPED, MERCHANT);
    b.move(ARBITRATING_REFUSAL, RULE_FOR_BUYER, IN_REPAIR, PLATFORM, SYSTEM);
    goodsOut(b, IN_REPAIR, REPAIRED_ITEM_SHIPPED, CaseOutcome.REPAIRED);
    refund(b);
    return finish(b);
  }

  /** The request step shared by every type: respond, ask for more, reject and escalate the rejection. */
  private static LifecycleTable.Builder request(CaseType type) {
    LifecycleTable.Builder b = LifecycleTable.builder(type);
    b.state(REQUESTED, MERCHANT, MERCHANT_RESPONSE);
    b.waitState(INFO_REQUESTED, BUYER, REQUESTED, BUYER_SUPPLIES_INFO);
    b.waitState(OFFER_PENDING, BUYER, REQUESTED, BUYER_ANSWERS_OFFER);
    b.state(REJECTED, BUYER, BUYER_ANSWERS_REJECTION);
    b.state(ARBITRATING_REJECTION, PLATFORM, PLATFORM_RULING, PLATFORM_FIRST_JUDGMENT);
    b.terminal(COMPLETED);
    b.terminal(CLOSED);
    b.move(REQUESTED, REJECT, REJECTED, MERCHANT);
    // Asking and offering pause the merchant's clock: capped, so that the merchant cannot stall for ever.
    b.move(REQUESTED, REQUEST_INFO, INFO_REQUESTED, MERCHANT, PLATFORM).guarded(Guard.INFORMATION_REQUESTS_LEFT);
    b.end(REQUESTED, WITHDRAW, CLOSED, CaseOutcome.WITHDRAWN, BUYER);
    b.move(REQUESTED, OFFER_PARTIAL_REFUND, OFFER_PENDING, MERCHANT)
        .guarded(Guard.WITHIN_AMOUNT_PAID, Guard.PARTIAL_REFUND_OFFERS_LEFT);
    b.move(OFFER_PENDING, ACCEPT_OFFER, REFUND_PENDING, BUYER);
    b.move(OFFER_PENDING, DECLINE_OFFER, REQUESTED, BUYER, SYSTEM);
    b.end(OFFER_PENDING, WITHDRAW, CLOSED, CaseOutcome.WITHDRAWN, BUYER);
    b.move(INFO_REQUESTED, SUPPLY_INFO, REQUESTED, BUYER);
    b.end(INFO_REQUESTED, WITHDRAW, CLOSED, CaseOutcome.WITHDRAWN, BUYER);
    b.end(INFO_REQUESTED, CLOSE_ABANDONED, CLOSED, CaseOutcome.ABANDONED, SYSTEM);
    b.move(REJECTED, ESCALATE, ARBITRATING_REJECTION, BUYER, MERCHANT).guarded(Guard.EVIDENCE_REQUIRED);
    b.end(REJECTED, ACCEPT_DECISION, CLOSED, CaseOutcome.REJECTION_ACCEPTED, BUYER, SYSTEM);
    b.end(REJECTED, WITHDRAW, CLOSED, CaseOutcome.WITHDRAWN, BUYER);
    b.move(REJECTED, MODIFY_REQUEST, REQUESTED, BUYER).guarded(Guard.REFUND_FITS_REQUEST);
    b.end(ARBITRATING_REJECTION, RULE_FOR_MERCHANT, CLOSED, CaseOutcome.RULED_FOR_MERCHANT, PLATFORM);
    b.move(ARBITRATING_REJECTION, RULE_PARTIAL_REFUND, REFUND_PENDING, PLATFORM).guarded(Guard.WITHIN_AMOUNT_PAID);
    b.end(ARBITRATING_REJECTION, WITHDRAW, CLOSED, CaseOutcome.WITHDRAWN, BUYER);
    return b;
  }

  /**
   * Return address, the buyer's parcel back, and its receipt or refusal; receipt leads to
   * {@code afterReceipt}. A refusal that stands sends the goods back: the merchant never keeps them
   * without paying for them.
   */
  private static void returnLeg(LifecycleTable.Builder b, CaseState afterReceipt) {
    b.state(AWAITING_RETURN_ADDRESS, MERCHANT, RETURN_ADDRESS);
    b.state(AWAITING_RETURN_SHIPMENT, BUYER, BUYER_SHIPS_RETURN);
    b.state(RETURN_IN_TRANSIT, MERCHANT, RETURN_TRANSIT);
    b.state(RETURN_DELIVERED, MERCHANT, MERCHANT_CONFIRMS_RECEIPT);
    b.state(GOODS_REFUSED, BUYER, BUYER_ANSWERS_REFUSAL);
    b.state(ARBITRATING_REFUSAL, PLATFORM, PLATFORM_RULING, PLATFORM_FIRST_JUDGMENT);
    b.move(AWAITING_RETURN_ADDRESS, PROVIDE_RETURN_ADDRESS, AWAITING_RETURN_SHIPMENT, MERCHANT);
    b.move(AWAITING_RETURN_ADDRESS, USE_DEFAULT_RETURN_ADDRESS, AWAITING_RETURN_SHIPMENT, SYSTEM, PLATFORM)
        .guarded(Guard.DEFAULT_RETURN_ADDRESS_CONFIGURED);
    b.end(AWAITING_RETURN_ADDRESS, WITHDRAW, CLOSED, CaseOutcome.WITHDRAWN, BUYER);
    b.move(AWAITING_RETURN_SHIPMENT, SHIP_RETURN, RETURN_IN_TRANSIT, BUYER);
    b.end(AWAITING_RETURN_SHIPMENT, CLOSE_ABANDONED, CLOSED, CaseOutcome.ABANDONED, SYSTEM);
    b.end(AWAITING_RETURN_SHIPMENT, WITHDRAW, CLOSED, CaseOutcome.WITHDRAWN, BUYER);
    b.move(RETURN_IN_TRANSIT, REPORT_RETURN_DELIVERED, RETURN_DELIVERED, SYSTEM, PLATFORM);
    for (CaseState arrived : new CaseState[] {RETURN_IN_TRANSIT, RETURN_DELIVERED}) {
      b.move(arrived, CONFIRM_RECEIPT, afterReceipt, MERCHANT, SYSTEM);
      b.move(arrived, REFUSE_RECEIPT, GOODS_REFUSED, MERCHANT).guarded(Guard.EVIDENCE_REQUIRED);
    }
    b.move(GOODS_REFUSED, ESCALATE, ARBITRATING_REFUSAL, BUYER, MERCHANT).guarded(Guard.EVIDENCE_REQUIRED);
    b.move(GOODS_REFUSED, ACCEPT_DECISION, GOODS_TO_SEND_BACK, BUYER, SYSTEM);
    b.move(ARBITRATING_REFUSAL, RULE_FOR_MERCHANT, GOODS_TO_SEND_BACK, PLATFORM);
    b.state(GOODS_TO_SEND_BACK, MERCHANT, SEND_BACK_DISPATCH);
    b.state(GOODS_SENT_BACK, BUYER, SENT_BACK_TRANSIT);
    // Nothing to send back (the parcel came back empty): the platform, which the alerts reach, closes it.
    b.end(GOODS_TO_SEND_BACK, RULE_FOR_MERCHANT, CLOSED, CaseOutcome.RULED_FOR_MERCHANT, PLATFORM);
    b.move(GOODS_TO_SEND_BACK, SHIP_GOODS_BACK, GOODS_SENT_BACK, MERCHANT, PLATFORM);
    b.end(GOODS_SENT_BACK, REPORT_OUTBOUND_DELIVERED, CLOSED, CaseOutcome.SENT_BACK, SYSTEM, PLATFORM);
    b.end(GOODS_SENT_BACK, CONFIRM_DELIVERY, CLOSED, CaseOutcome.SENT_BACK, BUYER, SYSTEM);
    b.move(ARBITRATING_REFUSAL, RULE_PARTIAL_REFUND, REFUND_PENDING, PLATFORM).guarded(Guard.WITHIN_AMOUNT_PAID);
  }

  /**
   * Exchange and repair, goods going out: while the merchant owes them ({@code owed}) an overdue
   * alert repeats and the merchant or platform may refund instead; once shipped, the buyer confirms
   * them (counted from delivery) or disputes them, and a ruling for the buyer refunds what was paid.
   */
  private static void goodsOut(LifecycleTable.Builder b, CaseState owed, CaseState shipped, CaseOutcome delivered) {
    b.state(shipped, BUYER, OUTBOUND_TRANSIT);
    b.state(OUTBOUND_DELIVERED, BUYER, BUYER_CONFIRMS_DELIVERY);
    b.state(ARBITRATING_DELIVERY, PLATFORM, PLATFORM_RULING, PLATFORM_FIRST_JUDGMENT);
    b.move(owed, REFUND_INSTEAD, REFUND_PENDING, MERCHANT, PLATFORM);
    b.move(shipped, REPORT_OUTBOUND_DELIVERED, OUTBOUND_DELIVERED, SYSTEM, PLATFORM);
    b.end(shipped, CONFIRM_DELIVERY, COMPLETED, delivered, BUYER);
    b.end(OUTBOUND_DELIVERED, CONFIRM_DELIVERY, COMPLETED, delivered, BUYER, SYSTEM);
    for (CaseState arrived : new CaseState[] {shipped, OUTBOUND_DELIVERED}) {
      b.move(arrived, ESCALATE, ARBITRATING_DELIVERY, BUYER).guarded(Guard.EVIDENCE_REQUIRED);
    }
    b.move(ARBITRATING_DELIVERY, RULE_FOR_BUYER, REFUND_PENDING, PLATFORM, SYSTEM);
    b.end(ARBITRATING_DELIVERY, RULE_FOR_MERCHANT, COMPLETED, delivered, PLATFORM);
    b.move(ARBITRATING_DELIVERY, RULE_PARTIAL_REFUND, REFUND_PENDING, PLATFORM).guarded(Guard.WITHIN_AMOUNT_PAID);
  }

  /** The merchant inspects returned goods; passing leads to {@code afterPass}, as does a ruling for the buyer. */
  private static void inspection(LifecycleTable.Builder b, CaseState afterPass) {
    b.state(INSPECTING, MERCHANT, INSPECTION);
    b.move(INSPECTING, PASS_INSPECTION, afterPass, MERCHANT, SYSTEM);
    b.move(INSPECTING, FAIL_INSPECTION, GOODS_REFUSED, MERCHANT).guarded(Guard.EVIDENCE_REQUIRED);
    b.move(ARBITRATING_REFUSAL, RULE_FOR_BUYER, afterPass, PLATFORM, SYSTEM);
  }

  /** Refund by the original route, its confirmation, failure and retry. */
  private static void refund(LifecycleTable.Builder b) {
    b.state(REFUND_PENDING, SYSTEM, REFUND_SETTLEMENT);
    // The system retries on its own, but a failed refund is the platform's to watch and, once
    // automatic attempts are used up, to settle.
    b.state(REFUND_FAILED, PLATFORM, REFUND_RETRY);
    b.end(REFUND_PENDING, CONFIRM_REFUND, COMPLETED, CaseOutcome.REFUNDED, SYSTEM, PLATFORM)
        .guarded(Guard.REFUND_ATTEMPT_REQUESTED);
    b.move(REFUND_PENDING, REPORT_REFUND_FAILURE, REFUND_FAILED, SYSTEM, PLATFORM)
        .guarded(Guard.REFUND_ATTEMPT_IN_FLIGHT);
    b.move(REFUND_FAILED, RETRY_REFUND, REFUND_PENDING, SYSTEM, PLATFORM, MERCHANT);
    // A provider may report success after it reported failure: the money reached the buyer, so the
    // case completes rather than paying again. The platform confirms when it settles by hand.
    b.end(REFUND_FAILED, CONFIRM_REFUND, COMPLETED, CaseOutcome.REFUNDED, SYSTEM, PLATFORM)
        .guarded(Guard.REFUND_ATTEMPT_REQUESTED);
  }

  /**
   * Rows every state shares: evidence, reminders, overdue alerts and complaints while open, the
   * platform's first judgment while it arbitrates, one rating after the end.
   */
  private static LifecycleTable finish(LifecycleTable.Builder b) {
    b.stayInEveryOpenState(ADD_EVIDENCE, BUYER, MERCHANT, PLATFORM);
    b.stayInEveryOpenState(SEND_REMINDER, SYSTEM);
    // Telling the platform changes nothing, so it fits any deadline in any open state.
    b.stayInEveryOpenState(RAISE_ALERT, SYSTEM);
    firstJudgment(b);
    complaints(b);
    b.stay(COMPLETED, RATE, BUYER).guarded(Guard.NOT_YET_RATED);
    b.stay(CLOSED, RATE, BUYER).guarded(Guard.NOT_YET_RATED);
    return b.build();
  }

  /**
   * Wherever the platform arbitrates, its first judgment is due within the simple limit unless it
   * classifies the dispute as complex; the first judgment stops that clock, the final ruling's runs on.
   */
  private static void firstJudgment(LifecycleTable.Builder b) {
    b.stayWhereDeadlineRuns(PLATFORM_FIRST_JUDGMENT, CLASSIFY_COMPLEX, PLATFORM);
    b.everyRow(CLASSIFY_COMPLEX, List.of(Guard.FIRST_JUDGMENT_PENDING, Guard.NOT_YET_CLASSIFIED),
        List.of(PLATFORM_FIRST_JUDGMENT), List.of(PLATFORM_COMPLEX_JUDGMENT));
    b.stayWhereDeadlineRuns(PLATFORM_FIRST_JUDGMENT, GIVE_FIRST_JUDGMENT, PLATFORM);
    b.everyRow(GIVE_FIRST_JUDGMENT, List.of(Guard.FIRST_JUDGMENT_PENDING),
        List.of(PLATFORM_FIRST_JUDGMENT, PLATFORM_COMPLEX_JUDGMENT), List.of());
  }

  /**
   * The buyer may complain about the handling of an open case, one complaint at a time up to the
   * policy's cap; the platform's clock runs beside the state's until it answers or the case ends.
   * An answer is still owed after the end, without a clock.
   */
  private static void complaints(LifecycleTable.Builder b) {
    b.sideClock(COMPLAINT_HANDLING, PLATFORM);
    b.stayInEveryOpenState(FILE_COMPLAINT, BUYER);
    b.everyRow(FILE_COMPLAINT, List.of(Guard.NO_COMPLAINT_OPEN, Guard.COMPLAINTS_LEFT), List.of(),
        List.of(COMPLAINT_HANDLING));
    b.stayInEveryOpenState(ANSWER_COMPLAINT, PLATFORM);
    b.stay(COMPLETED, ANSWER_COMPLAINT, PLATFORM);
    b.stay(CLOSED, ANSWER_COMPLAINT, PLATFORM);
    b.everyRow(ANSWER_COMPLAINT, List.of(Guard.COMPLAINT_OPEN), List.of(COMPLAINT_HANDLING), List.of());
  }

  /**
   * Returns the command the system sends for a default action.
   *
   * @throws NullPointerException if action is null
   */
  public static CaseCommand commandFor(DefaultAction action) {
    return switch (Objects.requireNonNull(action, "action")) {
      case APPROVE -> new CaseCommand.Approve();
      case DECLINE_OFFER -> new CaseCommand.DeclineOffer();
      case USE_DEFAULT_RETURN_ADDRESS -> new CaseCommand.UseDefaultReturnAddress();
      case REFUND_WITHOUT_RETURN -> new CaseCommand.RefundWithoutReturn();
      case CLOSE_ABANDONED -> new CaseCommand.CloseAbandoned();
      case CONFIRM_RECEIPT -> new CaseCommand.ConfirmReceipt();
      case PASS_INSPECTION -> new CaseCommand.PassInspection(java.util.List.of());
      case ACCEPT_DECISION -> new CaseCommand.AcceptDecision();
      case RAISE_ALERT -> new CaseCommand.RaiseAlert();
      case RETRY_REFUND -> new CaseCommand.RetryRefund();
      case DEEM_OUTBOUND_DELIVERED -> new CaseCommand.ReportOutboundDelivered();
      case CONFIRM_DELIVERY -> new CaseCommand.ConfirmDelivery();
      case DECLINE_REPAIR_PLAN -> new CaseCommand.DeclineRepairPlan();
      case RULE_FOR_BUYER -> new CaseCommand.RuleForBuyer("The platform did not rule within its limit");
    };
  }

  /**
   * Checks that the system may take every default action of the policy wherever its deadline runs:
   * in the states that start it, in the state a row that starts it leaves the case in, and, for a
   * side clock, in every open state it runs beside.
   *
   * @throws InvalidSlaPolicyException naming the case type, state, deadline and action that do not fit
   */
  static void checkDefaultActions(SlaPolicy policy) {
    for (LifecycleTable table : TABLES.values()) {
      for (StateSpec spec : table.states()) {
        spec.deadlines().forEach(kind -> checkDefaultAction(policy, table, spec.state(), kind, spec.awaiting()));
        table.sideClocks().forEach((kind, party) -> {
          if (table.runsBeside(kind, spec.state())) {
            checkDefaultAction(policy, table, spec.state(), kind, Optional.of(party));
          }
        });
      }
      for (Transition row : table.transitions()) {
        CaseState state = row.to().orElse(row.from());
        row.starts().stream().filter(kind -> !table.sideClocks().containsKey(kind))
            .forEach(kind -> checkDefaultAction(policy, table, state, kind, table.spec(state).awaiting()));
      }
    }
  }

  private static void checkDefaultAction(SlaPolicy policy, LifecycleTable table, CaseState state, DeadlineKind kind,
      Optional<Actor> waitsOn) {
    policy.rule(table.type(), kind).ifPresent(rule -> {
      // The system may alert in every open state (a complaint can be overdue anywhere), but an alert
      // cannot move a silent buyer: such a clock would alert for ever and the case would never end.
      if (rule.defaultAction() == DefaultAction.RAISE_ALERT && waitsOn.equals(Optional.of(BUYER))) {
        throw new InvalidSlaPolicyException("default action RAISE_ALERT of " + kind + " waits on the BUYER in state "
            + state + " of a " + table.type() + " case, and an alert cannot make the buyer act; choose an action"
            + " that moves the case on (such as " + DefaultAction.CLOSE_ABANDONED + ") or remove the limit");
      }
      CommandType command = commandFor(rule.defaultAction()).type();
      boolean allowed = table.find(state, command).map(t -> t.actors().contains(SYSTEM)).orElse(false);
      if (!allowed) {
        throw new InvalidSlaPolicyException("default action " + rule.defaultAction() + " of " + kind
            + " is not possible for SYSTEM in state " + state + " of a " + table.type()
            + " case; choose another action for " + table.type() + " or remove the limit");
      }
    });
  }
}
