package org.aftersales.policy.refund;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.aftersales.money.Money;
import org.aftersales.policy.liability.Fault;
import org.aftersales.policy.liability.Liability;
import org.aftersales.policy.liability.Payer;
import org.aftersales.policy.liability.ShippingLeg;

/**
 * Computes what a buyer gets back for lines of an order (see the package documentation for the
 * model). Stateless and thread-safe.
 *
 * <p>The steps, each explained in the result with its rule id ({@link RuleIds}):
 *
 * <ol>
 *   <li>Goods: each requested line gives back what was paid for its next units; each unit carries
 *       its pro-rata share to within one minor unit and the line's last unit what remains.
 *   <li>Original shipping, on the return that brings the last unit of the order back, when the
 *       liability does not put the original delivery on the buyer: the whole fee when the seller or
 *       platform is at fault, only the standard delivery when the buyer withdrew by choice and the
 *       terms keep a premium surplus (Directive 2011/83/EU art. 13(2)).
 *   <li>Deductions that follow the goods kept (gifts, discount thresholds, free shipping): owed in
 *       the state after the return, less what earlier refunds already hold back; what is no longer
 *       owed is released. A discount threshold or free-shipping charge starts only on a return of the
 *       buyer's own choice; any return may release one.
 *   <li>Deductions of this return: return shipping the liability puts on the buyer, a restocking fee
 *       on a buyer-choice return, depreciation within the terms' cap on a return the buyer is liable for.
 *   <li>The total goes over the tenders in proportion to what each can still take back (largest
 *       remainder), so no tender ever gets back more than it paid; points go back as points when the
 *       terms say.
 * </ol>
 *
 * <p>Every deduction is capped by what the refund has left, so a refund is never negative; a
 * following-the-goods deduction that did not fit stays owed for the next refund.
 *
 * <p>Before dispatch ({@link Liability#dispatched()} false: refund only on an order the merchant
 * has not yet shipped, 未发货仅退款), nothing reached the buyer ({@value RuleIds#NOT_DISPATCHED}):
 *
 * <ul>
 *   <li>Cancelling the rest of the order refunds the whole delivery fee, a premium surplus
 *       included: art. 13(2) of Directive 2011/83/EU concerns a delivery that took place.
 *   <li>Cancelling part of it refunds no delivery: the rest still ships, so the delivery still
 *       happens. A free-shipping or discount threshold the rest no longer reaches is charged as
 *       after dispatch: only on the buyer's own choice and when the terms say, released once the
 *       rest is cancelled or returned.
 *   <li>A gift whose condition the cancellation takes away stays with the merchant: it is counted
 *       among the refund's gifts returned, never deducted.
 *   <li>There is no return leg and the goods never left the merchant: a return shipping charge or a
 *       depreciation on the request is refused ({@link InvalidRefundInputException} naming the
 *       field), and no restocking fee is charged.
 * </ul>
 *
 * <p>The dispatch fact is not kept on a {@link Refund}: a later refund of goods that were then
 * shipped comes with a dispatched liability and follows the rules of a return.
 */
public final class RefundCalculator {

  private RefundCalculator() {}

  /**
   * Calculates the refund for {@code request}.
   *
   * @param order the order as paid
   * @param request the units asked for and the facts of this return
   * @param liability who pays each shipping leg of the case ({@code LiabilityDecider.decide})
   * @param earlier every earlier refund of the order, in any order; empty for the first
   * @param terms the shop's refund terms
   * @return the refund; its total is zero or more and, with {@code earlier}, never exceeds what
   *     was paid per line, per tender or in all
   * @throws InvalidRefundInputException naming the field if an argument is null; the request names
   *     an unknown line or gift, a gift already returned, or more units than the line has left; the
   *     order was not dispatched and the request carries a return shipping charge or a depreciation; an
   *     amount is in another currency than the order; or an earlier refund is of another order or
   *     contradicts it
   */
  public static Refund calculate(OrderSnapshot order, RefundRequest request, Liability liability, List<Refund> earlier,
      RefundTerms terms) {
    Check.present(order, "order");
    Check.present(request, "request");
    Check.present(liability, "liability");
    Check.present(terms, "terms");
    OrderLedger ledger = OrderLedger.of(order.lines(), order.discounts(), order.currency());
    RefundHistory history = RefundHistory.of(order, ledger, earlier);
    checkRequest(order, ledger, history, request, liability);
    return new Calculation(order, ledger, history, request, liability, terms).run();
  }

  private static void checkRequest(OrderSnapshot order, OrderLedger ledger, RefundHistory history, RefundRequest request,
      Liability liability) {
    Check.money(request.returnShippingCharge(), order.currency(), "request.returnShippingCharge");
    Check.money(request.depreciation(), order.currency(), "request.depreciation");
    if (!liability.dispatched()) {
      refuseBeforeDispatch(request.returnShippingCharge(), "request.returnShippingCharge", "there is no return leg to charge");
      refuseBeforeDispatch(request.depreciation(), "request.depreciation", "the goods never left the merchant");
    }
    for (int j = 0; j < request.lines().size(); j++) {
      RequestedLine line = request.lines().get(j);
      int i = ledger.indexOf(line.lineId());
      if (i < 0) {
        throw new InvalidRefundInputException("request.lines[" + j + "].lineId", "names no line of the order: '" + line.lineId() + "'");
      }
      int left = ledger.line(i).quantity() - history.unitsReturned(i);
      if (line.quantity() > left) {
        throw new InvalidRefundInputException("request.lines[" + j + "].quantity", line.quantity() + " units asked, but line "
            + line.lineId() + " has " + left + " of " + ledger.line(i).quantity() + " not yet refunded");
      }
    }
    for (String giftId : new TreeSet<>(request.giftsReturned())) {
      if (order.gift(giftId).isEmpty()) {
        throw new InvalidRefundInputException("request.giftsReturned", "names no gift of the order: '" + giftId + "'");
      }
      if (history.giftReturned(giftId)) {
        throw new InvalidRefundInputException("request.giftsReturned", "gift '" + giftId + "' was already returned");
      }
    }
  }

  private static void refuseBeforeDispatch(Money amount, String field, String why) {
    if (!amount.isZero()) {
      throw new InvalidRefundInputException(field, "is " + amount + ", but the order was not dispatched: " + why
          + " [" + RuleIds.NOT_DISPATCHED + "]");
    }
  }

  /** One calculation's working state. */
  private static final class Calculation {

    private final OrderSnapshot order;
    private final OrderLedger ledger;
    private final RefundHistory history;
    private final RefundRequest request;
    private final Liability liability;
    private final RefundTerms terms;
    private final int[] unitsAfter;
    /** The lines with units the buyer still keeps after this refund, in order. */
    private final List<String> keptLineIds;
    private final KeptGoodsDues dues;
    private final List<String> explanation = new ArrayList<>();
    /** The request's gifts, and before dispatch every gift the merchant keeps rather than ships. */
    private final Set<String> giftsBack;
    private Holdbacks holdbacks;

    Calculation(OrderSnapshot order, OrderLedger ledger, RefundHistory history, RefundRequest request, Liability liability,
        RefundTerms terms) {
      this.order = order;
      this.ledger = ledger;
      this.history = history;
      this.request = request;
      this.liability = liability;
      this.terms = terms;
      this.unitsAfter = new int[ledger.size()];
      for (int i = 0; i < ledger.size(); i++) {
        unitsAfter[i] = history.unitsReturned(i);
      }
      for (RequestedLine line : request.lines()) {
        unitsAfter[ledger.indexOf(line.lineId())] += line.quantity();
      }
      this.keptLineIds = linesStillKept();
      this.dues = new KeptGoodsDues(order, ledger, unitsAfter);
      this.giftsBack = new TreeSet<>(request.giftsReturned());
    }

    Refund run() {
      List<LineRefund> lines = goods();
      Money goods = Money.sum(lines.stream().map(LineRefund::goods).toList(), order.currency());
      Money shipping = originalShipping();
      holdbacks = new Holdbacks(goods.plus(shipping), explanation);
      if (!liability.dispatched()) {
        keepUnsentGifts();
      }
      followKeptGoods();
      returnShipping();
      restockingFee(goods);
      depreciation(goods);
      Money total = holdbacks.left();
      List<TenderRefund> tenders = tenders(total);
      List<String> coupons = couponsInKind();
      explanation.add("Refund: " + total + ".");
      return new Refund(order.orderId(), lines, shipping, holdbacks.deductions(), holdbacks.released(), tenders, giftsBack, coupons, total, explanation);
    }

    private List<LineRefund> goods() {
      List<LineRefund> lines = new ArrayList<>();
      for (RequestedLine requested : request.lines()) {
        int i = ledger.indexOf(requested.lineId());
        PurchasedLine line = ledger.line(i);
        int from = history.unitsReturned(i);
        int to = from + requested.quantity();
        Money paid = ledger.paid(i);
        Money amount = UnitSplit.units(paid, line.quantity(), from, to);
        lines.add(new LineRefund(line.lineId(), from + 1, requested.quantity(), amount, UnitSplit.eachUnit(paid, line.quantity(), from, to)));
        explanation.add(goodsWording(line, from, to, amount, paid) + " [" + RuleIds.GOODS + "]");
      }
      return lines;
    }

    private static String goodsWording(PurchasedLine line, int from, int to, Money amount, Money paid) {
      if (line.quantity() == 1) {
        return "Line " + line.lineId() + ": its one unit comes back at " + amount + ", what was paid for it after discounts";
      }
      String units = to - from == 1 ? "unit " + to + " of " + line.quantity() + " comes" : "units " + (from + 1) + " to " + to + " of "
          + line.quantity() + " come";
      return "Line " + line.lineId() + ": " + units + " back at " + amount + " of the " + paid
          + " paid for the line after discounts" + (to == line.quantity() ? "; the last unit takes the remainder" : "");
    }

    /**
     * Refunds the original delivery once, on the return that brings the last unit of the order back.
     *
     * <p>A partial return refunds none of it, also on an EU withdrawal: art. 13(1) of Directive
     * 2011/83/EU refunds "all payments received from the consumer, including, if applicable, the
     * costs of delivery", and the CJEU (C-511/08, Heinrich Heine) read the delivery charge as part of
     * what the consumer paid for the contract; one delivery served the whole order, and the goods
     * kept were delivered by it, so it is not a payment for the part withdrawn. We looked for the
     * Commission's guidance on partial withdrawal (Notice 2021/C 525/01, CELEX 52021XC1229(04)); the
     * search tool surfaced only its contents page, not a passage on it, so this rests on the article.
     * Refunding it with the last unit keeps a withdrawal in steps equal to one whole withdrawal.
     */
    private Money originalShipping() {
      Money zero = Money.zero(order.currency());
      Shipping shipping = order.shipping();
      if (history.shippingRefunded() > 0 || shipping.fee().isZero()) {
        return zero;
      }
      if (!liability.dispatched()) {
        return shippingNotDispatched(shipping);
      }
      Payer payer = liability.payerOf(ShippingLeg.ORIGINAL_DELIVERY).orElse(Payer.BUYER);
      if (!wholeOrderBack()) {
        if (payer != Payer.BUYER) {
          explanation.add("The original delivery (" + shipping.fee() + ") is not refunded on a partial return: "
              + "goods of line" + (keptLineIds.size() == 1 ? " " : "s ") + String.join(", ", keptLineIds) + " are kept and were delivered by it [" + (liability.fault() == Fault.BUYER_CHOICE ? RuleIds.EU_CRD_ART_13_2 : RuleIds.ORIGINAL_SHIPPING) + "]");
        }
        return zero;
      }
      if (payer == Payer.BUYER) {
        explanation.add("The original delivery (" + shipping.fee() + ") stays with the buyer, who returns by choice ["
            + RuleIds.ORIGINAL_SHIPPING_KEPT + "]");
        return zero;
      }
      if (liability.fault() == Fault.BUYER_CHOICE) {
        Money surplus = shipping.fee().minus(shipping.standardFee());
        boolean keepSurplus = terms.keepPremiumDeliverySurplus() && !surplus.isZero();
        Money refund = keepSurplus ? shipping.standardFee() : shipping.fee();
        explanation.add("The whole order is withdrawn and the terms make the merchant bear the original delivery: " + refund
            + " comes back" + (keepSurplus ? "; the premium surplus " + surplus + " the buyer chose does not" : "")
            + " [" + RuleIds.EU_CRD_ART_13_2 + "]");
        return refund;
      }
      explanation.add("The whole order comes back and the " + payer.name().toLowerCase() + " bears the original delivery: "
          + shipping.fee() + " comes back [" + RuleIds.ORIGINAL_SHIPPING + "]");
      return shipping.fee();
    }

    /** Before dispatch: the whole fee, premium included, once nothing is left to ship; none while something is. */
    private Money shippingNotDispatched(Shipping shipping) {
      if (!wholeOrderBack()) {
        explanation.add("The delivery fee (" + shipping.fee() + ") is not refunded: the order was not dispatched, but line"
            + (keptLineIds.size() == 1 ? " " : "s ") + String.join(", ", keptLineIds) + " still ship"
            + (keptLineIds.size() == 1 ? "s" : "") + ", so the delivery still takes place [" + RuleIds.NOT_DISPATCHED + "]");
        return Money.zero(order.currency());
      }
      explanation.add("The order is cancelled before dispatch and no delivery took place: the whole delivery fee "
          + shipping.fee() + " comes back" + (shipping.fee().equals(shipping.standardFee()) ? "" : ", premium surplus included")
          + " [" + RuleIds.NOT_DISPATCHED + "]");
      return shipping.fee();
    }

    /**
     * Before dispatch, a gift whose condition this cancellation takes away is simply not sent: it
     * counts as returned, so it is never deducted now or later.
     */
    private void keepUnsentGifts() {
      for (KeptGoodsDues.Due due : dues.gifts(this::giftBack)) {
        giftsBack.add(due.subject());
        explanation.add("Gift " + due.subject() + " stays with the merchant: the order was not dispatched and the goods"
            + " that earned it are cancelled [" + RuleIds.NOT_DISPATCHED + "]");
      }
    }

    /** Returns whether gift {@code giftId} is back with the merchant, from an earlier refund or this one. */
    private boolean giftBack(String giftId) {
      return history.giftReturned(giftId) || giftsBack.contains(giftId);
    }

    private boolean wholeOrderBack() {
      return keptLineIds.isEmpty();
    }

    private List<String> linesStillKept() {
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < ledger.size(); i++) {
        if (keeps(i)) {
          kept.add(ledger.line(i).lineId());
        }
      }
      return kept;
    }

    /** Returns whether the buyer still keeps units of line {@code i} after this refund. */
    private boolean keeps(int i) {
      return unitsAfter[i] < ledger.line(i).quantity();
    }

    private void followKeptGoods() {
      boolean buyerChoice = liability.fault() == Fault.BUYER_CHOICE;
      List<KeptGoodsDues.Due> owed = new ArrayList<>();
      owed.addAll(dues.gifts(this::giftBack));
      owed.addAll(dues.brokenDiscounts());
      owed.addAll(dues.brokenFreeShipping());
      List<String> keys = new ArrayList<>();
      // Releases first: money given back by this refund is money a deduction may take from.
      List<Runnable> deductionsAfterReleases = new ArrayList<>();
      for (KeptGoodsDues.Due due : owed) {
        boolean mayStart = due.kind() == DeductionKind.GIFT_NOT_RETURNED
            ? terms.deductKeptGifts()
            : buyerChoice && (due.kind() == DeductionKind.DISCOUNT_THRESHOLD_BROKEN ? terms.clawBackBrokenThresholds() : terms.chargeWaivedShipping());
        long collected = history.collected(due.key());
        long amount = mayStart ? due.amount().minorUnits() : Math.min(collected, due.amount().minorUnits());
        keys.add(due.key());
        if (!mayStart && collected == 0) {
          String why = due.kind() != DeductionKind.GIFT_NOT_RETURNED && !buyerChoice
              ? "the return is not the buyer's choice" : "the terms do not deduct it";
          explanation.add("Not deducted, " + why + ": " + due.wording() + " [" + due.ruleId() + "]");
          continue;
        }
        String wording = amount < collected ? "only " + Money.of(amount, order.currency()) + " is owed now; " + due.wording() : due.wording();
        long delta = amount - collected;
        if (delta < 0) {
          holdbacks.settle(due.kind(), due.subject(), delta, due.ruleId(), wording);
        } else {
          deductionsAfterReleases.add(() -> holdbacks.settle(due.kind(), due.subject(), delta, due.ruleId(), wording));
        }
      }
      releaseWhatIsNoLongerOwed(keys);
      deductionsAfterReleases.forEach(Runnable::run);
    }

    /** Gives back what earlier refunds hold under a following-the-goods key that is owed no more. */
    private void releaseWhatIsNoLongerOwed(List<String> owedKeys) {
      for (DeductionKind kind : DeductionKind.values()) {
        if (!kind.followsKeptGoods()) {
          continue;
        }
        for (String subject : subjects(kind)) {
          String key = Deduction.key(kind, subject);
          if (!owedKeys.contains(key)) {
            holdbacks.settle(kind, subject, -history.collected(key), ruleOf(kind), "what the buyer keeps no longer owes it");
          }
        }
      }
    }

    private List<String> subjects(DeductionKind kind) {
      switch (kind) {
        case GIFT_NOT_RETURNED:
          return order.gifts().stream().map(Gift::giftId).toList();
        case DISCOUNT_THRESHOLD_BROKEN:
          return order.discounts().stream().map(OrderDiscount::discountId).toList();
        default:
          return List.of("order");
      }
    }

    private static String ruleOf(DeductionKind kind) {
      switch (kind) {
        case GIFT_NOT_RETURNED:
          return RuleIds.GIFT_NOT_RETURNED;
        case DISCOUNT_THRESHOLD_BROKEN:
          return RuleIds.DISCOUNT_THRESHOLD_BROKEN;
        default:
          return RuleIds.FREE_SHIPPING_THRESHOLD_BROKEN;
      }
    }

    private void returnShipping() {
      Money charge = request.returnShippingCharge();
      if (charge.isZero()) {
        return;
      }
      Payer payer = liability.payerOf(ShippingLeg.RETURN).orElse(Payer.MERCHANT);
      if (payer == Payer.BUYER && terms.deductReturnShipping()) {
        holdbacks.deduct(DeductionKind.RETURN_SHIPPING, "order", charge.minorUnits(), RuleIds.RETURN_SHIPPING,
            "the buyer pays the return shipping of this return, " + charge);
      } else {
        explanation.add("Return shipping " + charge + " is not deducted: " + (payer == Payer.BUYER
            ? "the terms do not deduct it" : "the " + payer.name().toLowerCase() + " pays the return") + " [" + RuleIds.RETURN_SHIPPING + "]");
      }
    }

    private void restockingFee(Money goods) {
      // Before dispatch nothing comes back to be restocked.
      if (terms.restockingFeeBasisPoints() == 0 || liability.fault() != Fault.BUYER_CHOICE || !liability.dispatched()) {
        return;
      }
      long fee = share(goods.minorUnits(), terms.restockingFeeBasisPoints());
      if (fee > 0) {
        holdbacks.deduct(DeductionKind.RESTOCKING_FEE, "order", fee, RuleIds.RESTOCKING_FEE,
            "restocking fee of " + percent(terms.restockingFeeBasisPoints()) + " on goods of " + goods);
      }
    }

    private void depreciation(Money goods) {
      Money assessed = request.depreciation();
      if (assessed.isZero()) {
        return;
      }
      boolean buyerLiable = liability.fault() == Fault.BUYER_CHOICE || liability.fault() == Fault.BUYER_DAMAGE;
      if (!buyerLiable || terms.depreciationCapBasisPoints() == 0) {
        explanation.add("Depreciation " + assessed + " is not deducted: " + (buyerLiable
            ? "the terms make the merchant bear it" : "the buyer is not at fault") + " [" + RuleIds.DEPRECIATION + "]");
        return;
      }
      long cap = share(goods.minorUnits(), terms.depreciationCapBasisPoints());
      long wanted = Math.min(assessed.minorUnits(), cap);
      if (wanted > 0) {
        holdbacks.deduct(DeductionKind.DEPRECIATION, "order", wanted, RuleIds.DEPRECIATION, "assessed depreciation " + assessed
            + (wanted < assessed.minorUnits() ? ", limited to " + percent(terms.depreciationCapBasisPoints()) + " of the goods" : ""));
      }
    }

    private List<TenderRefund> tenders(Money total) {
      List<TenderRefund> result = TenderSplit.split(order.payments(), history, total, terms);
      explanation.add("Split over the tenders in proportion to what each can still take back: " + result.stream()
          .map(r -> r.tenderId() + " " + r.amount() + " to " + r.route() + (r.points() > 0 ? " (" + r.points() + " points)" : ""))
          .toList() + " [" + RuleIds.TENDERS + "]");
      return result;
    }

    private List<String> couponsInKind() {
      List<String> coupons = new ArrayList<>();
      if (!terms.couponsInKind()) {
        return coupons;
      }
      for (OrderDiscount discount : order.discounts()) {
        if (discount.kind() != DiscountKind.COUPON || history.couponReissued(discount.discountId())) {
          continue;
        }
        boolean allBack = true;
        for (int i = 0; i < ledger.size(); i++) {
          if (discount.appliesTo(ledger.line(i).lineId()) && keeps(i)) {
            allBack = false;
          }
        }
        if (allBack) {
          coupons.add(discount.discountId());
          explanation.add("Coupon " + discount.discountId() + " (" + discount.amount() + ") is issued again: every line it applied to came back ["
              + RuleIds.COUPON_IN_KIND + "]");
        }
      }
      return coupons;
    }

    private static long share(long minorUnits, int basisPoints) {
      return BigInteger.valueOf(minorUnits).multiply(BigInteger.valueOf(basisPoints)).divide(BigInteger.valueOf(10_000)).longValueExact();
    }

    private static String percent(int basisPoints) {
      return basisPoints / 100 + (basisPoints % 100 == 0 ? "" : String.format(".%02d", basisPoints % 100)) + "%";
    }
  }
}
