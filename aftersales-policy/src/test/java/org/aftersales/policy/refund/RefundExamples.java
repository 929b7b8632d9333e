package org.aftersales.policy.refund;

import java.util.Currency;
import org.aftersales.money.Money;

/** Shorthands the refund example tests share, so an order reads as its amounts. */
final class RefundExamples {

  static final Currency CNY = Currency.getInstance("CNY");

  private RefundExamples() {}

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static RefundRequest request(RequestedLine... lines) {
    return RefundRequest.of(CNY, lines);
  }

  static RequestedLine line(String lineId, int quantity) {
    return RequestedLine.of(lineId, quantity);
  }

  static TenderPayment card(String amount) {
    return TenderPayment.of("card", TenderKind.CARD, cny(amount));
  }
}
