package org.aftersales.casefile;

import java.time.Duration;
import java.util.List;
import java.util.Currency;
import java.util.Objects;
import org.aftersales.money.CurrencyMismatchException;
import org.aftersales.money.Money;

/**
 * What an actor asks a case to do. Who may send which command in which state is the
 * {@link LifecycleTable}'s business; the records here only check their own fields.
 */
public sealed interface CaseCommand {

  /** Returns the kind of command, the key of the lifecycle table. */
  CommandType type();

  /** Returns the evidence the command brings; commands without an evidence field bring none. */
  default List<EvidenceRef> evidence() {
    return List.of();
  }

  private static String requireText(String text, String field) {
    return Identifiers.text(text, field, 2000);
  }

  /** Free text that may be empty: present and at most 2000 characters. */
  private static String optionalText(String text, String field) {
    Objects.requireNonNull(text, field);
    if (text.length() > 2000) {
      throw new IllegalArgumentException(field + " must be at most 2000 characters, but had " + text.length());
    }
    return text;
  }

  /** A refund attempt number: attempts are counted from 1. */
  private static void requireAttempt(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be at least 1, but was " + attempt);
    }
  }

  /** An amount of money that must be more than zero. */
  private static Money moreThanZero(Money amount, String field) {
    Objects.requireNonNull(amount, field);
    if (amount.isZero()) {
      throw new IllegalArgumentException(field + " must be more than zero");
    }
    return amount;
  }

  private static List<EvidenceRef> copyEvidence(List<EvidenceRef> evidence) {
    Objects.requireNonNull(evidence, "evidence");
    for (int i = 0; i < evidence.size(); i++) {
      Objects.requireNonNull(evidence.get(i), "evidence[" + i + "]");
    }
    return List.copyOf(evidence);
  }

  /**
   * The buyer opens a case on lines of a paid order.
   *
   * @param orderId the paid order
   * @param buyerId the buyer; a platform agent may open a case on the buyer's behalf
   * @param caseType what the buyer asks for
   * @param reason why
   * @param channel where the request came from
   * @param lines the order lines covered, at least one, distinct line ids, one currency
   * @param requestedRefund what the buyer asks back: more than zero and at most the lines' amount paid
   *     for a refund, zero for an exchange or repair
   * @param description the buyer's words, possibly empty
   * @param evidence references to the buyer's evidence
   */
  record Open(
      OrderId orderId,
      PartyId buyerId,
      CaseType caseType,
      Reason reason,
      Channel channel,
      List<OrderLine> lines,
      Money requestedRefund,
      String description,
      List<EvidenceRef> evidence) implements CaseCommand {

    /**
     * Validates the request.
     *
     * @param orderId the paid order
     * @param buyerId the buyer; a platform agent may open a case on the buyer's behalf
     * @param caseType what the buyer asks for
     * @param reason why
     * @param channel where the request came from
     * @param lines the order lines covered, at least one, distinct line ids, one currency
     * @param requestedRefund what the buyer asks back: more than zero and at most the lines' amount paid
     *     for a refund, zero for an exchange or repair
     * @param description the buyer's words, possibly empty
     * @param evidence references to the buyer's evidence
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if there are no lines, a line id repeats, the description is
     *     longer than 2000 characters, the requested refund exceeds what was paid, is zero for a refund
     *     or not zero for an exchange or repair
     * @throws org.aftersales.money.CurrencyMismatchException if lines or refund differ in currency
     */
    public Open {
      Objects.requireNonNull(orderId, "orderId");
      Objects.requireNonNull(buyerId, "buyerId");
      Objects.requireNonNull(caseType, "caseType");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(channel, "channel");
      lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
      Objects.requireNonNull(requestedRefund, "requestedRefund");
      CaseCommand.optionalText(description, "description");
      evidence = CaseCommand.copyEvidence(evidence);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("lines must hold at least one order line");
      }
      if (lines.stream().map(OrderLine::lineId).distinct().count() != lines.size()) {
        throw new IllegalArgumentException("lines must not repeat a lineId, but were " + lines);
      }
      Currency currency = lines.get(0).amountPaid().currency();
      for (int i = 1; i < lines.size(); i++) {
        if (!lines.get(i).amountPaid().currency().equals(currency)) {
          throw new CurrencyMismatchException("lines[" + i + "].amountPaid", currency, lines.get(i).amountPaid().currency());
        }
      }
      if (!requestedRefund.currency().equals(currency)) {
        throw new CurrencyMismatchException("requestedRefund", currency, requestedRefund.currency());
      }
      Money paid = Money.sum(lines.stream().map(OrderLine::amountPaid).toList(), currency);
      RefundRules.beyondWhatWasPaid("requestedRefund", requestedRefund, paid)
          .or(() -> RefundRules.unfitFor(caseType, requestedRefund))
          .ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
          });
    }

    /**
     * Returns a request for the whole amount paid for the lines.
     *
     * @param orderId the paid order
     * @param buyerId the buyer; a platform agent may open a case on the buyer's behalf
     * @param caseType what the buyer asks for
     * @param reason why
     * @param channel where the request came from
     * @param lines the order lines covered, at least one, distinct line ids, one currency
     * @param description the buyer's words, possibly empty
     * @param evidence references to the buyer's evidence
     * @return the request, asking back the lines' amount paid for a refund and zero for an exchange or
     *     repair
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if there are no lines, a line id repeats, the description is
     *     longer than 2000 characters, or a refund is asked for lines paid nothing
     * @throws org.aftersales.money.CurrencyMismatchException if the lines differ in currency
     */
    public static Open of(OrderId orderId, PartyId buyerId, CaseType caseType, Reason reason, Channel channel,
        List<OrderLine> lines, String description, List<EvidenceRef> evidence) {
      Objects.requireNonNull(lines, "lines");
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("lines must hold at least one order line");
      }
      Money paid = Money.sum(lines.stream().map(OrderLine::amountPaid).toList(), lines.get(0).amountPaid().currency());
      Money refund = caseType.refundsMoney() ? paid : Money.zero(paid.currency());
      return new Open(orderId, buyerId, caseType, reason, channel, lines, refund, description, evidence);
    }

    @Override
    public CommandType type() {
      return CommandType.OPEN;
    }
  }

  /** The merchant (or the system on its silence, or the platform) approves the request. */
  record Approve() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.APPROVE;
    }
  }

  /**
   * The merchant rejects the request with a reason.
   *
   * @param reason why, shown to the buyer
   * @param evidence the merchant's supporting evidence
   */
  record Reject(String reason, List<EvidenceRef> evidence) implements CaseCommand {
    /**
     * @param reason why, shown to the buyer
     * @param evidence the merchant's supporting evidence
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the reason is blank or too long
     */
    public Reject {
      CaseCommand.requireText(reason, "reason");
      evidence = CaseCommand.copyEvidence(evidence);
    }

    @Override
    public CommandType type() {
      return CommandType.REJECT;
    }
  }

  /**
   * The merchant answers the request with an offer: part of the money back instead (the buyer keeps
   * the goods, or the exchange or repair is dropped). Its response clock pauses while the buyer decides.
   *
   * @param amount the refund offered, more than zero and at most what was paid for the lines
   * @param note the merchant's words, possibly empty
   */
  record OfferPartialRefund(Money amount, String note) implements CaseCommand {
    /**
     * Validates the offer.
     *
     * @param amount the refund offered, more than zero and at most what was paid for the lines
     * @param note the merchant's words, possibly empty
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the amount is zero or the note longer than 2000 characters
     */
    public OfferPartialRefund {
      CaseCommand.moreThanZero(amount, "amount");
      CaseCommand.optionalText(note, "note");
    }

    @Override
    public CommandType type() {
      return CommandType.OFFER_PARTIAL_REFUND;
    }
  }

  /** The buyer accepts the merchant's offer; the offered amount is refunded and the case ends with it. */
  record AcceptOffer() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.ACCEPT_OFFER;
    }
  }

  /** The buyer declines the merchant's offer (or the system deems so); the merchant must answer the request. */
  record DeclineOffer() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.DECLINE_OFFER;
    }
  }

  /**
   * The merchant or platform asks the buyer for more information; the response clock pauses.
   *
   * @param question what is missing
   */
  record RequestInfo(String question) implements CaseCommand {
    /**
     * @param question what is missing
     * @throws NullPointerException if question is null
     * @throws IllegalArgumentException if the question is blank or too long
     */
    public RequestInfo {
      CaseCommand.requireText(question, "question");
    }

    @Override
    public CommandType type() {
      return CommandType.REQUEST_INFO;
    }
  }

  /**
   * The buyer answers and the merchant's clock resumes.
   *
   * @param answer the buyer's words
   * @param evidence new evidence
   */
  record SupplyInfo(String answer, List<EvidenceRef> evidence) implements CaseCommand {
    /**
     * @param answer the buyer's words
     * @param evidence new evidence
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the answer is blank or too long
     */
    public SupplyInfo {
      CaseCommand.requireText(answer, "answer");
      evidence = CaseCommand.copyEvidence(evidence);
    }

    @Override
    public CommandType type() {
      return CommandType.SUPPLY_INFO;
    }
  }

  /**
   * The merchant gives the address the goods go back to.
   *
   * @param address where the goods go back
   */
  record ProvideReturnAddress(ReturnAddress address) implements CaseCommand {
    /**
     * @param address where the goods go back
     * @throws NullPointerException if address is null
     */
    public ProvideReturnAddress {
      Objects.requireNonNull(address, "address");
    }

    @Override
    public CommandType type() {
      return CommandType.PROVIDE_RETURN_ADDRESS;
    }
  }

  /**
   * After a rejection the buyer changes the request and applies again; the merchant's response clock
   * starts anew. The case type stays: a different remedy is a new case.
   *
   * @param reason the reason now given
   * @param requestedRefund what the buyer now asks back, under the same rules as when opening
   * @param description the buyer's new words
   * @param evidence new evidence
   */
  record ModifyRequest(Reason reason, Money requestedRefund, String description, List<EvidenceRef> evidence)
      implements CaseCommand {
    /**
     * Validates the fields that need no case.
     *
     * @param reason the reason now given
     * @param requestedRefund what the buyer now asks back, under the same rules as when opening
     * @param description the buyer's new words
     * @param evidence new evidence
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the description is longer than 2000 characters
     */
    public ModifyRequest {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(requestedRefund, "requestedRefund");
      CaseCommand.optionalText(description, "description");
      evidence = CaseCommand.copyEvidence(evidence);
    }

    @Override
    public CommandType type() {
      return CommandType.MODIFY_REQUEST;
    }
  }

  /** The system or platform gives the policy's default return address. */
  record UseDefaultReturnAddress() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.USE_DEFAULT_RETURN_ADDRESS;
    }
  }

  /** The merchant, platform or system refunds without asking for the goods back. */
  record RefundWithoutReturn() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.REFUND_WITHOUT_RETURN;
    }
  }

  /**
   * The buyer ships the goods back.
   *
   * @param shipment the buyer's parcel back
   */
  record ShipReturn(Shipment shipment) implements CaseCommand {
    /**
     * @param shipment the buyer's parcel back
     * @throws NullPointerException if shipment is null
     */
    public ShipReturn {
      Objects.requireNonNull(shipment, "shipment");
    }

    @Override
    public CommandType type() {
      return CommandType.SHIP_RETURN;
    }
  }

  /** The carrier (through the host or the platform) reports the return delivered to the merchant. */
  record ReportReturnDelivered() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.REPORT_RETURN_DELIVERED;
    }
  }

  /** The merchant confirms it received the returned goods (or the system deems so). */
  record ConfirmReceipt() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.CONFIRM_RECEIPT;
    }
  }

  /**
   * The merchant refuses the returned parcel (拒收), with evidence.
   *
   * @param reason why, shown to the buyer
   * @param evidence at least one piece of evidence
   */
  record RefuseReceipt(String reason, List<EvidenceRef> evidence) implements CaseCommand {
    /**
     * @param reason why, shown to the buyer
     * @param evidence at least one piece of evidence
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the reason is blank or too long
     */
    public RefuseReceipt {
      CaseCommand.requireText(reason, "reason");
      evidence = CaseCommand.copyEvidence(evidence);
    }

    @Override
    public CommandType type() {
      return CommandType.REFUSE_RECEIPT;
    }
  }

  /**
   * The merchant's inspection of the returned goods passed (or the system deems so).
   *
   * @param evidence the inspection record, if any
   */
  record PassInspection(List<EvidenceRef> evidence) implements CaseCommand {
    /**
     * Copies the evidence list.
     *
     * @param evidence the inspection record, if any
     * @throws NullPointerException if evidence is null
     */
    public PassInspection {
      evidence = CaseCommand.copyEvidence(evidence);
    }

    @Override
    public CommandType type() {
      return CommandType.PASS_INSPECTION;
    }
  }

  /**
   * The merchant's inspection failed: the goods are not as claimed.
   *
   * @param reason why, shown to the buyer
   * @param evidence at least one piece of evidence
   */
  record FailInspection(String reason, List<EvidenceRef> evidence) implements CaseCommand {
    /**
     * @param reason why, shown to the buyer
     * @param evidence at least one piece of evidence
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the reason is blank or too long
     */
    public FailInspection {
      CaseCommand.requireText(reason, "reason");
      evidence = CaseCommand.copyEvidence(evidence);
    }

    @Override
    public CommandType type() {
      return CommandType.FAIL_INSPECTION;
    }
  }

  /**
   * The payment provider confirms a refund attempt reached the buyer by the original route.
   *
   * <p>Naming the attempt lets a confirmation that arrives late, after that attempt was reported
   * failed and retried, still complete the case instead of paying the buyer again.
   *
   * @param attempt the attempt confirmed, as {@link CaseEvent.RefundRequested#attempt()} numbered it
   * @param paymentReference the provider's reference
   */
  record ConfirmRefund(int attempt, String paymentReference) implements CaseCommand {
    /**
     * @param attempt the attempt confirmed, as {@link CaseEvent.RefundRequested#attempt()} numbered it
     * @param paymentReference the provider's reference
     * @throws NullPointerException if paymentReference is null
     * @throws IllegalArgumentException if attempt is below 1 or the reference is malformed
     */
    public ConfirmRefund {
      CaseCommand.requireAttempt(attempt);
      Identifiers.check(paymentReference, "paymentReference");
    }

    @Override
    public CommandType type() {
      return CommandType.CONFIRM_REFUND;
    }
  }

  /**
   * The payment provider reports a refund attempt failed. Only the attempt in flight may fail: a
   * repeated or late report about an earlier attempt is refused, so it cannot trigger another payment.
   *
   * @param attempt the attempt that failed, as {@link CaseEvent.RefundRequested#attempt()} numbered it
   * @param failure the provider's explanation
   */
  record ReportRefundFailure(int attempt, String failure) implements CaseCommand {
    /**
     * @param attempt the attempt that failed, as {@link CaseEvent.RefundRequested#attempt()} numbered it
     * @param failure the provider's explanation
     * @throws NullPointerException if failure is null
     * @throws IllegalArgumentException if attempt is below 1 or the failure is blank or too long
     */
    public ReportRefundFailure {
      CaseCommand.requireAttempt(attempt);
      CaseCommand.requireText(failure, "failure");
    }

    @Override
    public CommandType type() {
      return CommandType.REPORT_REFUND_FAILURE;
    }
  }

  /** The refund is requested again after a failure. */
  record RetryRefund() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.RETRY_REFUND;
    }
  }

  /**
   * Exchange or repair: the merchant or platform refunds what was paid instead of shipping the
   * replacement or repaired item (out of stock, beyond repair).
   */
  record RefundInstead() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.REFUND_INSTEAD;
    }
  }

  /**
   * Exchange: the merchant ships the replacement.
   *
   * @param shipment the replacement's parcel
   */
  record ShipReplacement(Shipment shipment) implements CaseCommand {
    /**
     * @param shipment the replacement's parcel
     * @throws NullPointerException if shipment is null
     */
    public ShipReplacement {
      Objects.requireNonNull(shipment, "shipment");
    }

    @Override
    public CommandType type() {
      return CommandType.SHIP_REPLACEMENT;
    }
  }

  /**
   * The merchant sends refused goods back to the buyer, or records the carrier's return of a parcel
   * refused at the door.
   *
   * @param shipment the parcel going back to the buyer
   */
  record ShipGoodsBack(Shipment shipment) implements CaseCommand {
    /**
     * @param shipment the parcel going back to the buyer
     * @throws NullPointerException if shipment is null
     */
    public ShipGoodsBack {
      Objects.requireNonNull(shipment, "shipment");
    }

    @Override
    public CommandType type() {
      return CommandType.SHIP_GOODS_BACK;
    }
  }

  /**
   * Repair: the merchant proposes a plan and fee.
   *
   * @param plan the work and the fee the buyer would pay
   */
  record ProposeRepairPlan(RepairPlan plan) implements CaseCommand {
    /**
     * @param plan the work and the fee the buyer would pay
     * @throws NullPointerException if plan is null
     */
    public ProposeRepairPlan {
      Objects.requireNonNull(plan, "plan");
    }

    @Override
    public CommandType type() {
      return CommandType.PROPOSE_REPAIR_PLAN;
    }
  }

  /** Repair: the buyer accepts the plan and fee. */
  record AcceptRepairPlan() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.ACCEPT_REPAIR_PLAN;
    }
  }

  /** Repair: the buyer declines the plan (or the system deems so); the case closes. */
  record DeclineRepairPlan() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.DECLINE_REPAIR_PLAN;
    }
  }

  /**
   * Repair: the merchant ships the repaired item back.
   *
   * @param shipment the repaired item's parcel
   * @param evidence the merchant's evidence, possibly none
   */
  record ShipRepairedItem(Shipment shipment, List<EvidenceRef> evidence) implements CaseCommand {
    /**
     * @param shipment the repaired item's parcel
     * @param evidence the merchant's evidence, possibly none
     * @throws NullPointerException if any argument is null
     */
    public ShipRepairedItem {
      Objects.requireNonNull(shipment, "shipment");
      evidence = CaseCommand.copyEvidence(evidence);
    }

    @Override
    public CommandType type() {
      return CommandType.SHIP_REPAIRED_ITEM;
    }
  }

  /** The carrier (through the host or the platform) reports the replacement or repaired item delivered. */
  record ReportOutboundDelivered() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.REPORT_OUTBOUND_DELIVERED;
    }
  }

  /** The buyer confirms the replacement or repaired item arrived in order (or the system deems so). */
  record ConfirmDelivery() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.CONFIRM_DELIVERY;
    }
  }

  /**
   * The buyer withdraws the request while nothing irreversible has happened.
   *
   * @param reason the buyer's words, possibly empty
   */
  record Withdraw(String reason) implements CaseCommand {
    /**
     * Validates the reason.
     *
     * @param reason the buyer's words, possibly empty
     * @throws NullPointerException if reason is null
     * @throws IllegalArgumentException if reason is longer than 2000 characters
     */
    public Withdraw {
      CaseCommand.optionalText(reason, "reason");
    }

    @Override
    public CommandType type() {
      return CommandType.WITHDRAW;
    }
  }

  /**
   * A party escalates to the platform, with evidence: either party after a rejection or a refusal of
   * the returned goods, the buyer also about a replacement or repaired item that arrived.
   *
   * @param statement the party's case
   * @param evidence at least one piece of evidence
   */
  record Escalate(String statement, List<EvidenceRef> evidence) implements CaseCommand {
    /**
     * @param statement the party's case
     * @param evidence at least one piece of evidence
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the statement is blank or too long
     */
    public Escalate {
      CaseCommand.requireText(statement, "statement");
      evidence = CaseCommand.copyEvidence(evidence);
    }

    @Override
    public CommandType type() {
      return CommandType.ESCALATE;
    }
  }

  /**
   * The platform rules for the buyer (or the system deems so when the platform is late): the
   * request goes ahead as if approved or passed, and a disputed replacement or repair is refunded.
   *
   * @param statement the published ruling
   */
  record RuleForBuyer(String statement) implements CaseCommand {
    /**
     * @param statement the published ruling
     * @throws NullPointerException if statement is null
     * @throws IllegalArgumentException if the statement is blank or too long
     */
    public RuleForBuyer {
      CaseCommand.requireText(statement, "statement");
    }

    @Override
    public CommandType type() {
      return CommandType.RULE_FOR_BUYER;
    }
  }

  /**
   * The platform rules for the merchant; the case closes.
   *
   * @param statement the published ruling
   */
  record RuleForMerchant(String statement) implements CaseCommand {
    /**
     * @param statement the published ruling
     * @throws NullPointerException if statement is null
     * @throws IllegalArgumentException if the statement is blank or too long
     */
    public RuleForMerchant {
      CaseCommand.requireText(statement, "statement");
    }

    @Override
    public CommandType type() {
      return CommandType.RULE_FOR_MERCHANT;
    }
  }

  /**
   * The platform rules a partial refund; it binds the case.
   *
   * @param amount the refund, more than zero and at most what was paid for the lines
   * @param statement the published ruling
   */
  record RulePartialRefund(Money amount, String statement) implements CaseCommand {
    /**
     * @param amount the refund, more than zero and at most what was paid for the lines
     * @param statement the published ruling
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the amount is zero or the statement blank or too long
     */
    public RulePartialRefund {
      CaseCommand.moreThanZero(amount, "amount");
      CaseCommand.requireText(statement, "statement");
    }

    @Override
    public CommandType type() {
      return CommandType.RULE_PARTIAL_REFUND;
    }
  }

  /**
   * The platform classifies the dispute it is arbitrating as complex: its first judgment is then due
   * within the complex limit ({@code PLATFORM_COMPLEX_JUDGMENT}) instead of the simple one. Once per
   * escalation, before the first judgment.
   *
   * @param reason why the dispute is complex, shown to both parties
   */
  record ClassifyComplex(String reason) implements CaseCommand {
    /**
     * @param reason why the dispute is complex
     * @throws NullPointerException if reason is null
     * @throws IllegalArgumentException if the reason is blank or longer than 2000 characters
     */
    public ClassifyComplex {
      CaseCommand.requireText(reason, "reason");
    }

    @Override
    public CommandType type() {
      return CommandType.CLASSIFY_COMPLEX;
    }
  }

  /**
   * The platform gives its first judgment on the dispute it is arbitrating: the first-judgment clock
   * stops; the parties may still add evidence and the final ruling follows within its own limit.
   * Once per escalation.
   *
   * @param statement the first judgment, shown to both parties
   */
  record GiveFirstJudgment(String statement) implements CaseCommand {
    /**
     * @param statement the first judgment
     * @throws NullPointerException if statement is null
     * @throws IllegalArgumentException if the statement is blank or longer than 2000 characters
     */
    public GiveFirstJudgment {
      CaseCommand.requireText(statement, "statement");
    }

    @Override
    public CommandType type() {
      return CommandType.GIVE_FIRST_JUDGMENT;
    }
  }

  /**
   * The buyer complains to the platform about how an open case is handled (not about its outcome,
   * which is what an escalation disputes). The case stays where it is; the platform's
   * {@code COMPLAINT_HANDLING} clock starts. One complaint open at a time, as many as the policy allows.
   *
   * @param complaint what the buyer complains about
   * @param evidence what supports it; may be empty
   */
  record FileComplaint(String complaint, List<EvidenceRef> evidence) implements CaseCommand {
    /**
     * @param complaint what the buyer complains about
     * @param evidence what supports it; may be empty
     * @throws NullPointerException if any argument or evidence element is null
     * @throws IllegalArgumentException if the complaint is blank or longer than 2000 characters
     */
    public FileComplaint {
      CaseCommand.requireText(complaint, "complaint");
      evidence = CaseCommand.copyEvidence(evidence);
    }

    @Override
    public CommandType type() {
      return CommandType.FILE_COMPLAINT;
    }
  }

  /**
   * The platform answers the buyer's open complaint; its clock stops. The case stays where it is.
   *
   * @param answer what the platform did or says about it
   */
  record AnswerComplaint(String answer) implements CaseCommand {
    /**
     * @param answer what the platform did or says about it
     * @throws NullPointerException if answer is null
     * @throws IllegalArgumentException if the answer is blank or longer than 2000 characters
     */
    public AnswerComplaint {
      CaseCommand.requireText(answer, "answer");
    }

    @Override
    public CommandType type() {
      return CommandType.ANSWER_COMPLAINT;
    }
  }

  /** The buyer accepts the merchant's rejection or refusal (or the system deems so); the case closes. */
  record AcceptDecision() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.ACCEPT_DECISION;
    }
  }

  /** The system closes a case the buyer stopped acting on. */
  record CloseAbandoned() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.CLOSE_ABANDONED;
    }
  }

  /**
   * A party adds evidence to an open case without changing its state.
   *
   * @param evidence at least one piece of evidence
   */
  record AddEvidence(List<EvidenceRef> evidence) implements CaseCommand {
    /**
     * @param evidence at least one piece of evidence
     * @throws NullPointerException if evidence is null
     * @throws IllegalArgumentException if the list is empty
     */
    public AddEvidence {
      evidence = CaseCommand.copyEvidence(evidence);
      if (evidence.isEmpty()) {
        throw new IllegalArgumentException("evidence must hold at least one reference");
      }
    }

    @Override
    public CommandType type() {
      return CommandType.ADD_EVIDENCE;
    }
  }

  /**
   * The buyer rates the handling, once, after the case ends.
   *
   * @param rating the stars and comment
   */
  record Rate(Rating rating) implements CaseCommand {
    /**
     * @param rating the stars and comment
     * @throws NullPointerException if rating is null
     */
    public Rate {
      Objects.requireNonNull(rating, "rating");
    }

    @Override
    public CommandType type() {
      return CommandType.RATE;
    }
  }

  /**
   * The system sends the reminder due {@code before} the end of a deadline.
   *
   * @param deadline the running deadline
   * @param before one of its pending reminders
   */
  record SendReminder(DeadlineId deadline, Duration before) implements CaseCommand {
    /**
     * @param deadline the running deadline
     * @param before one of its pending reminders
     * @throws NullPointerException if any argument is null
     */
    public SendReminder {
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(before, "before");
    }

    @Override
    public CommandType type() {
      return CommandType.SEND_REMINDER;
    }
  }

  /** The system publishes an alert that a deadline passed, leaving the case where it is. */
  record RaiseAlert() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.RAISE_ALERT;
    }
  }

  /**
   * The system counts again the due instants that a fallback calendar estimated, after the tenant's
   * calendar received the real data (a newly published year of holidays). It is maintenance, not a
   * step of the lifecycle: no table row, any open state, {@link Actor#SYSTEM} only, and refused
   * with {@link RejectionCode#NOT_ALLOWED_IN_STATE} when the case has no estimated deadline.
   */
  record RecomputeDeadlines() implements CaseCommand {
    @Override
    public CommandType type() {
      return CommandType.RECOMPUTE_DEADLINES;
    }
  }
}
