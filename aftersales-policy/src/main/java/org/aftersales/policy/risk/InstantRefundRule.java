package org.aftersales.policy.risk;

import java.util.Objects;
import java.util.Set;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.aftersales.policy.source.RuleRef;

/**
 * Refunds a return as soon as the buyer ships it with a tracking number (极速退款): for the listed
 * reasons, up to an amount, for a buyer with no active flag and enough completed orders.
 *
 * @param ref the rule's id and source
 * @param reasons the reasons it applies to, not empty
 * @param upTo the largest refund it pays at once, inclusive, more than zero
 * @param minCompletedOrders the completed orders the buyer needs, 0 or more
 */
public record InstantRefundRule(RuleRef ref, Set<Reason> reasons, Money upTo, int minCompletedOrders) {

  /**
   * Validates the rule and copies the reasons.
   *
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if reasons is empty, upTo is zero or minCompletedOrders negative
   */
  public InstantRefundRule {
    Objects.requireNonNull(ref, "ref");
    reasons = Set.copyOf(Objects.requireNonNull(reasons, "reasons of instant-refund rule " + ref.id()));
    Objects.requireNonNull(upTo, "upTo");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons of instant-refund rule " + ref.id() + " must not be empty");
    }
    if (upTo.isZero()) {
      throw new IllegalArgumentException("upTo of instant-refund rule " + ref.id() + " must be more than zero");
    }
    if (minCompletedOrders < 0) {
      throw new IllegalArgumentException("minCompletedOrders of instant-refund rule " + ref.id()
          + " must be 0 or more, was " + minCompletedOrders);
    }
  }

  /**
   * Returns whether the rule covers a refund for a reason; an amount in another currency never is covered.
   *
   * @throws NullPointerException if any argument is null
   */
  public boolean covers(Reason reason, Money amount) {
    return reasons.contains(Objects.requireNonNull(reason, "reason"))
        && amount.currency().equals(upTo.currency()) && !amount.isGreaterThan(upTo);
  }
}
