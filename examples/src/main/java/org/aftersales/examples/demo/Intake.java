package org.aftersales.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.application.CommandOutcome;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.money.Money;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.eligibility.EligibilityDecision;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.eligibility.GoodsFacts;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.RefusalCode;
import org.aftersales.policy.liability.Liability;
import org.aftersales.policy.liability.LiabilityQuestion;
import org.aftersales.policy.refund.LineRefund;
import org.aftersales.policy.refund.PurchasedLine;
import org.aftersales.policy.refund.Refund;
import org.aftersales.policy.refund.RefundRequest;
import org.aftersales.policy.refund.RequestedLine;

/**
 * The host's after-sales front desk. It asks the shop's policy whether a request may open a case;
 * if so it asks who pays each shipping leg and what the units refund after coupons and 满减, and
 * opens the case on those amounts: the core enforces the lifecycle, the policy says what is owed.
 */
final class Intake {

  private final AfterSalesPolicy policy;
  private final WorkingCalendar calendar;
  private final CommandDesk desk;
  private final Map<RefusalCode, Integer> refusals = new EnumMap<>(RefusalCode.class);
  private int buyers;

  Intake(AfterSalesPolicy policy, WorkingCalendar calendar, CommandDesk desk) {
    this.policy = policy;
    this.calendar = calendar;
    this.desk = desk;
  }

  /** Opens a case for the request, or returns empty when the policy refuses it. */
  Optional<OpenedCase> open(Request request) {
    EligibilityDecision decision = policy.decide(eligibility(request), calendar);
    if (decision instanceof EligibilityDecision.Refused refused) {
      refusals.merge(refused.code(), 1, Integer::sum);
      return Optional.empty();
    }
    Liability liability = policy.liability(liabilityQuestion(request));
    Refund quote = policy.refund(request.purchase().order(), refundRequest(request), liability, List.of());
    List<OrderLine> lines = caseLines(request, quote);
    PartyId buyer = PartyId.of("buyer-" + ++buyers);
    CaseCommand.Open open = CaseCommand.Open.of(OrderId.of(request.purchase().order().orderId()), buyer,
        request.type(), request.reason(), request.channel(), lines, "",
        EvidenceFiles.files(request.evidence(), request.purchase().order().orderId()));
    CommandOutcome outcome = desk.open(open);
    if (!(outcome instanceof CommandOutcome.Accepted accepted)) {
      throw new IllegalStateException("the core refused a request the policy allowed: " + outcome);
    }
    return Optional.of(new OpenedCase(accepted.after().id(), request, liability, quote));
  }

  /** Returns how many requests the policy refused, by why. */
  Map<RefusalCode, Integer> refusals() {
    return refusals;
  }

  private static EligibilityRequest eligibility(Request request) {
    Purchase purchase = request.purchase();
    GoodsCategory category = purchase.products().get(0).category();
    GoodsFacts goods = GoodsFacts.purchased(category, purchase.purchasedAt()).withCondition(request.condition())
        .withWarrantyEndingOn(LocalDate.ofInstant(purchase.purchasedAt(), TeaHouse.SHANGHAI).plusYears(1));
    if (purchase.signedAt().isPresent()) {
      goods = goods.deliveredAndSignedAt(purchase.signedAt().get());
    }
    return EligibilityRequest.of(goods, request.reason(), request.type(), request.at())
        .withEvidence(request.evidence()).via(request.channel()).by(request.standing());
  }

  private static LiabilityQuestion liabilityQuestion(Request request) {
    LiabilityQuestion question = LiabilityQuestion.of(request.type(), request.reason());
    return request.platformAtFault() ? question.withPlatformAtFault() : question;
  }

  private static RefundRequest refundRequest(Request request) {
    return RefundRequest.of(request.purchase().order().currency(), request.units().toArray(RequestedLine[]::new));
  }

  /**
   * The case's lines carry what the units refund, as the README's "Earlier refunds" gotcha says: the
   * quote's total (deductions and shipping included) split over the lines by their goods.
   */
  private static List<OrderLine> caseLines(Request request, Refund quote) {
    List<Long> weights = quote.lines().stream().map(line -> line.goods().minorUnits()).toList();
    List<Money> amounts = quote.total().allocate(weights);
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < quote.lines().size(); i++) {
      LineRefund refunded = quote.lines().get(i);
      PurchasedLine bought = request.purchase().order().lines().stream()
          .filter(line -> line.lineId().equals(refunded.lineId())).findFirst().orElseThrow();
      lines.add(OrderLine.of(refunded.lineId(), bought.sku(), refunded.quantity(), amounts.get(i)));
    }
    return lines;
  }
}
