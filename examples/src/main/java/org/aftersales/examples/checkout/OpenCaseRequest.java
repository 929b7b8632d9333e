package org.aftersales.examples.checkout;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.EvidenceRef;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.EligibilityRequest;

/**
 * The body of {@code POST /cases}: the core's {@link CaseCommand.Open} and what the policy needs to
 * decide whether the request is eligible (the goods, the buyer's standing).
 *
 * @param orderId the paid order
 * @param buyerId the buyer
 * @param caseType what the buyer asks for
 * @param reason why
 * @param channel where the request came from
 * @param lines the order lines covered
 * @param requestedRefund what the buyer asks back; null for the whole amount paid for a refund, or
 *     zero for an exchange or repair
 * @param description the buyer's words; null for none
 * @param evidence references to the buyer's evidence; missing means none
 * @param goods what the shop knows about the goods
 * @param standing the buyer's standing with the platform; null for {@link BuyerStanding#STANDARD}
 */
record OpenCaseRequest(
    OrderId orderId,
    PartyId buyerId,
    CaseType caseType,
    Reason reason,
    Channel channel,
    List<OrderLine> lines,
    Money requestedRefund,
    String description,
    List<EvidenceRef> evidence,
    GoodsRequest goods,
    BuyerStanding standing) {

  /**
   * Fills the defaults and validates the command by building it, so that a refusal names the field.
   *
   * @throws NullPointerException if a required field is missing, naming it
   * @throws IllegalArgumentException if the core refuses the command, naming the field
   */
  OpenCaseRequest {
    description = description == null ? "" : description;
    standing = standing == null ? BuyerStanding.STANDARD : standing;
    // Checked here, not left to the command: its factory reads caseType and lines before it checks them.
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(buyerId, "buyerId");
    Objects.requireNonNull(caseType, "caseType");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(goods, "goods");
    command(orderId, buyerId, caseType, reason, channel, lines, requestedRefund, description, evidence);
  }

  /** Returns the command that opens the case. */
  CaseCommand.Open command() {
    return command(orderId, buyerId, caseType, reason, channel, lines, requestedRefund, description, evidence);
  }

  /**
   * Returns the request as the policy's eligibility rules see it, made at {@code now}.
   *
   * @throws IllegalArgumentException if {@code now} is before the goods were purchased
   */
  EligibilityRequest eligibilityAt(Instant now) {
    CaseCommand.Open open = command();
    Set<EvidenceKind> kinds = open.evidence().stream().map(EvidenceRef::kind).collect(Collectors.toSet());
    Optional<Money> claimed = caseType.refundsMoney() ? Optional.of(open.requestedRefund()) : Optional.empty();
    return new EligibilityRequest(goods.facts(), reason, caseType, now, channel, standing, kinds, claimed);
  }

  private static CaseCommand.Open command(OrderId orderId, PartyId buyerId, CaseType caseType, Reason reason,
      Channel channel, List<OrderLine> lines, Money requestedRefund, String description, List<EvidenceRef> evidence) {
    return requestedRefund == null
        ? CaseCommand.Open.of(orderId, buyerId, caseType, reason, channel, lines, description, evidence)
        : new CaseCommand.Open(orderId, buyerId, caseType, reason, channel, lines, requestedRefund, description, evidence);
  }
}
