package org.aftersales.policy.refund;

import org.aftersales.money.Money;

/**
 * Money held back from a refund, or (in {@link Refund#released()}) given back because an earlier
 * deduction is no longer owed.
 *
 * @param kind why
 * @param subject what it is about: a gift or discount id, a tender-independent {@code "order"} otherwise
 * @param amount the money, more than zero
 * @param ruleId the id of the rule that decided
 * @param explanation a sentence a person can read
 */
public record Deduction(DeductionKind kind, String subject, Money amount, String ruleId, String explanation) {

  /**
   * Validates the deduction.
   *
   * @throws InvalidRefundInputException if a field is null or blank or {@code amount} is zero
   */
  public Deduction {
    Check.present(kind, "kind");
    Check.id(subject, "subject");
    Check.present(amount, "amount");
    if (amount.isZero()) {
      throw new InvalidRefundInputException("amount", "a deduction is more than zero");
    }
    Check.text(ruleId, "ruleId");
    Check.text(explanation, "explanation");
  }

  /** Returns the key that matches this deduction with deductions and releases of earlier refunds. */
  String key() {
    return key(kind, subject);
  }

  /** Returns the key of deductions of {@code kind} on {@code subject}; see {@link #key()}. */
  static String key(DeductionKind kind, String subject) {
    return kind + ":" + subject;
  }
}
