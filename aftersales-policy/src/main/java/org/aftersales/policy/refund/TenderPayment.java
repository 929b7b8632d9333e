package org.aftersales.policy.refund;

import org.aftersales.money.Money;

/**
 * One part of the order's payment.
 *
 * @param tenderId the host's id of the payment
 * @param kind how it was paid
 * @param amount the money it paid, zero or more
 * @param points the points spent, for {@link TenderKind#POINTS} only; zero for every other kind
 */
public record TenderPayment(String tenderId, TenderKind kind, Money amount, long points) {

  /**
   * Validates the payment.
   *
   * @throws InvalidRefundInputException if a field is null, {@code points} is negative, points
   *     are given for a kind other than {@link TenderKind#POINTS}, or points are worth nothing
   */
  public TenderPayment {
    Check.id(tenderId, "tenderId");
    Check.present(kind, "kind");
    Check.present(amount, "amount");
    if (points < 0) {
      throw new InvalidRefundInputException("points", "must not be negative, but was " + points);
    }
    if (points > 0 && kind != TenderKind.POINTS) {
      throw new InvalidRefundInputException("points", "only a POINTS tender spends points, but " + tenderId + " is " + kind);
    }
    if (points > 0 && amount.isZero()) {
      throw new InvalidRefundInputException("amount", "points of tender " + tenderId + " must be worth more than zero");
    }
  }

  /** Returns a money payment of {@code kind}. */
  public static TenderPayment of(String tenderId, TenderKind kind, Money amount) {
    return new TenderPayment(tenderId, kind, amount, 0);
  }

  /** Returns {@code points} points worth {@code amount}. */
  public static TenderPayment points(String tenderId, long points, Money amount) {
    return new TenderPayment(tenderId, TenderKind.POINTS, amount, points);
  }
}
