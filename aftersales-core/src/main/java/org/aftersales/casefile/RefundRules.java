package org.aftersales.casefile;

import java.util.Optional;
import org.aftersales.money.Money;

/** What any amount asked or ruled back on a case must respect; opening, changing and ruling share it. */
final class RefundRules {

  private RefundRules() {}

  /** Returns why {@code amount} (named {@code field}) is not a refund of at most {@code paid}, or empty. */
  static Optional<String> beyondWhatWasPaid(String field, Money amount, Money paid) {
    if (!amount.currency().equals(paid.currency())) {
      return Optional.of(field + " is in " + amount.currency() + " but the case is in " + paid.currency());
    }
    return amount.isGreaterThan(paid)
        ? Optional.of(field + " " + amount + " exceeds the amount paid for the lines, " + paid)
        : Optional.empty();
  }

  /** Returns why a case of {@code type} may not ask for {@code asked}: refunds ask more than zero, the rest zero. */
  static Optional<String> unfitFor(CaseType type, Money asked) {
    if (type.refundsMoney() != asked.isZero()) {
      return Optional.empty();
    }
    return Optional.of(type.refundsMoney()
        ? "requestedRefund must be more than zero for a " + type + " case"
        : "requestedRefund must be zero for a " + type + " case; a refund there comes from a ruling");
  }
}
