package org.aftersales.policy.refund;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.money.Money;

/**
 * Splits a refund over the order's tenders in proportion to what each can still take back, by
 * largest remainder. Each part is at most its tender's remainder (an exact share below a whole
 * number rounds up to at most that number), and the refund that empties the order gives every
 * tender exactly its remainder, so no tender ever gets back more than it paid.
 */
final class TenderSplit {

  private TenderSplit() {}

  static List<TenderRefund> split(List<TenderPayment> payments, RefundHistory history, Money total, RefundTerms terms) {
    List<Long> remaining = new ArrayList<>();
    long left = 0;
    for (TenderPayment tender : payments) {
      long rest = tender.amount().minorUnits() - history.refundedThrough(tender.tenderId());
      remaining.add(rest);
      left += rest;
    }
    if (total.minorUnits() > left) {
      throw new IllegalStateException("refund " + total + " exceeds what the tenders can take back, "
          + Money.of(left, total.currency()) + "; this is a bug");
    }
    List<Money> parts = total.allocate(remaining);
    List<TenderRefund> result = new ArrayList<>();
    for (int t = 0; t < parts.size(); t++) {
      result.add(refund(payments.get(t), parts.get(t), history, terms));
    }
    return result;
  }

  private static TenderRefund refund(TenderPayment tender, Money amount, RefundHistory history, RefundTerms terms) {
    if (tender.kind() == TenderKind.POINTS && tender.points() > 0 && terms.pointsInKind()) {
      long before = history.refundedThrough(tender.tenderId());
      long points = pointsFor(tender, before + amount.minorUnits()) - pointsFor(tender, before);
      return new TenderRefund(tender.tenderId(), tender.kind(), amount, RefundRoute.POINTS, points);
    }
    RefundRoute route = tender.kind() == TenderKind.POINTS ? RefundRoute.STORE_BALANCE : terms.route();
    return new TenderRefund(tender.tenderId(), tender.kind(), amount, route, 0);
  }

  /**
   * Returns the points worth {@code minorUnits} of the tender: rounded down until all of it is back,
   * then every point, so partial refunds never give back more points than were spent.
   */
  private static long pointsFor(TenderPayment tender, long minorUnits) {
    if (minorUnits == tender.amount().minorUnits()) {
      return tender.points();
    }
    return BigInteger.valueOf(tender.points()).multiply(BigInteger.valueOf(minorUnits))
        .divide(BigInteger.valueOf(tender.amount().minorUnits())).longValueExact();
  }
}
