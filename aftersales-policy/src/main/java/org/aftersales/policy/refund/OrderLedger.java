package org.aftersales.policy.refund;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.money.Money;

/**
 * What each line of an order cost after its discounts. Order-level discounts apply in the order
 * given, each spread by largest remainder over its eligible lines in proportion to what those lines
 * still cost after the discounts before it, so no line ever goes below zero.
 */
final class OrderLedger {

  private final List<PurchasedLine> lines;
  private final Map<String, Integer> index = new HashMap<>();
  private final Money[] paid;
  /** shares[d][i]: the part of discount d that line i carries. */
  private final Money[][] shares;
  private final Currency currency;

  private OrderLedger(List<PurchasedLine> lines, List<OrderDiscount> discounts, Currency currency) {
    this.lines = lines;
    this.currency = currency;
    this.paid = new Money[lines.size()];
    this.shares = new Money[discounts.size()][lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      index.put(lines.get(i).lineId(), i);
      paid[i] = lines.get(i).net();
    }
    for (int d = 0; d < discounts.size(); d++) {
      spread(d, discounts.get(d));
    }
  }

  /**
   * Computes the ledger of validated lines and discounts.
   *
   * @throws InvalidRefundInputException if a discount names an unknown line, its eligible lines did
   *     not reach its threshold, or it exceeds what they still cost
   */
  static OrderLedger of(List<PurchasedLine> lines, List<OrderDiscount> discounts, Currency currency) {
    return new OrderLedger(lines, discounts, currency);
  }

  private void spread(int d, OrderDiscount discount) {
    String field = "discounts[" + d + "]";
    for (int k = 0; k < discount.lineIds().size(); k++) {
      if (!index.containsKey(discount.lineIds().get(k))) {
        throw new InvalidRefundInputException(field + ".lineIds[" + k + "]", "names no line of the order: '" + discount.lineIds().get(k) + "'");
      }
    }
    List<Long> weights = new ArrayList<>();
    long eligibleLeft = 0;
    for (int i = 0; i < lines.size(); i++) {
      long weight = discount.appliesTo(lines.get(i).lineId()) ? paid[i].minorUnits() : 0;
      weights.add(weight);
      eligibleLeft = Math.addExact(eligibleLeft, weight);
    }
    Money eligibleNet = eligibleNet(discount);
    if (discount.threshold().isPresent() && eligibleNet.isLessThan(discount.threshold().get())) {
      throw new InvalidRefundInputException(field + ".threshold",
          "the eligible goods (" + eligibleNet + ") never reached " + discount.threshold().get());
    }
    if (discount.amount().minorUnits() > eligibleLeft) {
      throw new InvalidRefundInputException(field + ".amount",
          discount.amount() + " exceeds what its lines still cost, " + Money.of(eligibleLeft, currency));
    }
    List<Money> parts = discount.amount().allocate(weights);
    for (int i = 0; i < lines.size(); i++) {
      shares[d][i] = parts.get(i);
      paid[i] = paid[i].minus(parts.get(i));
    }
  }

  /** Returns the discount's eligible lines' price after item discounts. */
  private Money eligibleNet(OrderDiscount discount) {
    Money sum = Money.zero(currency);
    for (PurchasedLine line : lines) {
      if (discount.appliesTo(line.lineId())) {
        sum = sum.plus(line.net());
      }
    }
    return sum;
  }

  /** Returns the position of {@code lineId}, or -1 when the order has no such line. */
  int indexOf(String lineId) {
    return index.getOrDefault(lineId, -1);
  }

  /** Returns the line at {@code i}. */
  PurchasedLine line(int i) {
    return lines.get(i);
  }

  /** Returns how many lines the order has. */
  int size() {
    return lines.size();
  }

  /** Returns what the buyer paid for line {@code i}, after every discount. */
  Money paid(int i) {
    return paid[i];
  }

  /** Returns the part of discount {@code d} that line {@code i} carries. */
  Money share(int d, int i) {
    return shares[d][i];
  }

  /** Returns what the buyer paid for the goods of every line. */
  Money goodsPaid() {
    Money sum = Money.zero(currency);
    for (Money amount : paid) {
      sum = sum.plus(amount);
    }
    return sum;
  }
}
