package org.aftersales.policy.refund;

import org.aftersales.money.Money;

/**
 * What one tender of the order gets back.
 *
 * @param tenderId the tender of the order
 * @param kind how it was paid
 * @param amount the money value refunded through it, zero or more
 * @param route where it goes
 * @param points the points given back, for {@link RefundRoute#POINTS} only; zero otherwise
 */
public record TenderRefund(String tenderId, TenderKind kind, Money amount, RefundRoute route, long points) {

  /**
   * Validates the refund.
   *
   * @throws InvalidRefundInputException if a field is null, {@code points} is negative, or points
   *     come back on another route than {@link RefundRoute#POINTS}
   */
  public TenderRefund {
    Check.id(tenderId, "tenderId");
    Check.present(kind, "kind");
    Check.present(amount, "amount");
    Check.present(route, "route");
    if (points < 0 || (points > 0 && route != RefundRoute.POINTS)) {
      throw new InvalidRefundInputException("points", "must be zero, or more on the POINTS route, but was " + points + " on " + route);
    }
  }
}
