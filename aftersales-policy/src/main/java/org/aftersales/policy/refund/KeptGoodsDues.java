package org.aftersales.policy.refund;

import java.util.ArrayList;
import java.util.List;
import org.aftersales.money.Money;

/**
 * The deductions that depend on what the buyer keeps once a return is done: gifts whose condition
 * is gone, discounts whose threshold the kept goods no longer reach, a free-shipping threshold no
 * longer met. Each is what is owed in that state in all, not what this return adds.
 */
final class KeptGoodsDues {

  /** A deduction owed in the state after the return, before comparing with earlier refunds. */
  record Due(DeductionKind kind, String subject, Money amount, String ruleId, String wording) {

    String key() {
      return Deduction.key(kind, subject);
    }
  }

  private final OrderSnapshot order;
  private final OrderLedger ledger;
  private final int[] unitsAfter;

  KeptGoodsDues(OrderSnapshot order, OrderLedger ledger, int[] unitsAfter) {
    this.order = order;
    this.ledger = ledger;
    this.unitsAfter = unitsAfter.clone();
  }

  /** Returns the marked price of every gift kept without its condition; {@code returned} gifts owe nothing. */
  List<Due> gifts(java.util.function.Predicate<String> returned) {
    List<Due> dues = new ArrayList<>();
    Money kept = keptNet(null);
    for (Gift gift : order.gifts()) {
      if (returned.test(gift.giftId())) {
        continue;
      }
      if (gift.linkedLineId().isPresent()) {
        int i = ledger.indexOf(gift.linkedLineId().get());
        if (unitsAfter[i] == ledger.line(i).quantity()) {
          dues.add(new Due(DeductionKind.GIFT_NOT_RETURNED, gift.giftId(), gift.markedPrice(), RuleIds.GIFT_NOT_RETURNED,
              "gift " + gift.giftId() + " came with line " + gift.linkedLineId().get()
                  + ", which is returned in full, but the gift was not returned: its marked price " + gift.markedPrice()));
        }
      } else {
        if (kept.isLessThan(gift.threshold().get())) {
          dues.add(new Due(DeductionKind.GIFT_NOT_RETURNED, gift.giftId(), gift.markedPrice(), RuleIds.GIFT_NOT_RETURNED,
              "gift " + gift.giftId() + " came with a spend of " + gift.threshold().get() + "; the goods kept (" + kept
                  + ") are below it and the gift was not returned: its marked price " + gift.markedPrice()));
        }
      }
    }
    return dues;
  }

  /** Returns each discount's share on the kept goods when they fall below its threshold. */
  List<Due> brokenDiscounts() {
    List<Due> dues = new ArrayList<>();
    // Per line, each discount's part of what its kept units got; computed once, on the first broken threshold.
    List<List<Money>> keptShares = null;
    for (int d = 0; d < order.discounts().size(); d++) {
      OrderDiscount discount = order.discounts().get(d);
      if (discount.threshold().isEmpty()) {
        continue;
      }
      Money kept = keptNet(discount);
      if (!kept.isLessThan(discount.threshold().get())) {
        continue;
      }
      if (keptShares == null) {
        keptShares = new ArrayList<>();
        for (int i = 0; i < ledger.size(); i++) {
          keptShares.add(keptDiscountShares(i));
        }
      }
      Money keptShare = Money.zero(order.currency());
      for (List<Money> lineShares : keptShares) {
        keptShare = keptShare.plus(lineShares.get(d));
      }
      if (!keptShare.isZero()) {
        dues.add(new Due(DeductionKind.DISCOUNT_THRESHOLD_BROKEN, discount.discountId(), keptShare, RuleIds.DISCOUNT_THRESHOLD_BROKEN,
            discount.kind() + " " + discount.discountId() + " needs " + discount.threshold().get() + " of eligible goods; the goods kept ("
                + kept + ") no longer reach it, so its share on them (" + keptShare + ") is no longer given"));
      }
    }
    return dues;
  }

  /**
   * Returns each discount's part of the discount the kept units of line {@code i} got: their price
   * after item discounts less what was paid for them, both split over units alike, shared out in
   * proportion to the discounts' shares on the line. Splitting each share over units on its own
   * would round apart from what was paid, and a clawback could make a kept unit cost more than its
   * price.
   */
  private List<Money> keptDiscountShares(int i) {
    Money keptNet = kept(ledger.line(i).net(), i);
    Money keptPaid = kept(ledger.paid(i), i);
    List<Long> weights = new ArrayList<>();
    for (int d = 0; d < order.discounts().size(); d++) {
      weights.add(ledger.share(d, i).minorUnits());
    }
    return keptNet.minus(keptPaid).allocate(weights);
  }

  /** Returns the waived shipping fee when goods are kept but their price paid is below the free-shipping threshold. */
  List<Due> brokenFreeShipping() {
    if (order.shipping().freeShipping().isEmpty()) {
      return List.of();
    }
    FreeShipping free = order.shipping().freeShipping().get();
    Money kept = Money.zero(order.currency());
    for (int i = 0; i < ledger.size(); i++) {
      kept = kept.plus(kept(ledger.paid(i), i));
    }
    // Nothing kept: the whole order comes back and no delivery was for goods the buyer keeps.
    if (kept.isZero() || !kept.isLessThan(free.threshold()) || free.waivedFee().isZero()) {
      return List.of();
    }
    return List.of(new Due(DeductionKind.FREE_SHIPPING_THRESHOLD_BROKEN, "order", free.waivedFee(), RuleIds.FREE_SHIPPING_THRESHOLD_BROKEN,
        "shipping was free from " + free.threshold() + " paid; the goods kept (" + kept
            + ") are below it, so the waived fee " + free.waivedFee() + " is charged"));
  }

  /** Returns the kept units' price after item discounts, over {@code discount}'s lines, or every line when null. */
  private Money keptNet(OrderDiscount discount) {
    Money kept = Money.zero(order.currency());
    for (int i = 0; i < ledger.size(); i++) {
      PurchasedLine line = ledger.line(i);
      if (discount == null || discount.appliesTo(line.lineId())) {
        kept = kept.plus(kept(line.net(), i));
      }
    }
    return kept;
  }

  /** Returns what the units of line {@code i} the buyer keeps carry of {@code lineAmount}, split as {@link UnitSplit} does. */
  private Money kept(Money lineAmount, int i) {
    int quantity = ledger.line(i).quantity();
    return UnitSplit.units(lineAmount, quantity, unitsAfter[i], quantity);
  }
}
