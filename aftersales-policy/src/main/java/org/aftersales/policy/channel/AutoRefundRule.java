package org.aftersales.policy.channel;

import java.util.Objects;
import java.util.Set;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.aftersales.policy.source.RuleRef;

/**
 * Small refunds for trusted buyers go through without waiting for the merchant.
 *
 * @param ref the rule's id and source
 * @param reasons the reasons it applies to, not empty
 * @param upTo the largest amount refunded automatically, inclusive, more than zero
 */
public record AutoRefundRule(RuleRef ref, Set<Reason> reasons, Money upTo) {

  /**
   * Validates the rule and copies the reasons.
   *
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if reasons is empty or upTo is zero
   */
  public AutoRefundRule {
    Objects.requireNonNull(ref, "ref");
    reasons = Set.copyOf(Objects.requireNonNull(reasons, "reasons of auto-refund rule " + ref.id()));
    Objects.requireNonNull(upTo, "upTo");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons of auto-refund rule " + ref.id() + " must not be empty");
    }
    if (upTo.isZero()) {
      throw new IllegalArgumentException("upTo of auto-refund rule " + ref.id() + " must be more than zero");
    }
  }

  /** Returns whether an amount in the rule's currency is small enough; an amount in another currency never is. */
  public boolean covers(Reason reason, Money amount) {
    return reasons.contains(reason) && amount.currency().equals(upTo.currency()) && !amount.isGreaterThan(upTo);
  }
}
