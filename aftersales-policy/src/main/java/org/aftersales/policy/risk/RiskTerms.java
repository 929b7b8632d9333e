package org.aftersales.policy.risk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.aftersales.policy.source.RuleRef;

/**
 * A shop's buyer-risk rules: the rolling window events are counted over, the rules that flag a
 * buyer, how many completed orders make a buyer trusted, and the instant-refund rule.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param window how far back events count, positive
 * @param rules the rules that flag a buyer; each active flag makes the buyer {@code FLAGGED}
 * @param trustedAfterCompletedOrders completed orders that make an unflagged buyer {@code TRUSTED};
 *     empty if the shop trusts nobody by count
 * @param instantRefund the instant-refund rule, if the shop offers instant refunds
 */
public record RiskTerms(Duration window, List<RiskRule> rules, OptionalInt trustedAfterCompletedOrders,
    Optional<InstantRefundRule> instantRefund) {

  /**
   * Validates the terms and copies the rules.
   *
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if window is not positive, trustedAfterCompletedOrders is below
   *     1, or two rules share an id
   */
  public RiskTerms {
    Objects.requireNonNull(window, "window");
    rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    Objects.requireNonNull(trustedAfterCompletedOrders, "trustedAfterCompletedOrders");
    Objects.requireNonNull(instantRefund, "instantRefund");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    if (trustedAfterCompletedOrders.isPresent() && trustedAfterCompletedOrders.getAsInt() < 1) {
      throw new IllegalArgumentException("trustedAfterCompletedOrders must be at least 1, was "
          + trustedAfterCompletedOrders.getAsInt());
    }
    Set<String> ids = new HashSet<>();
    for (RuleRef ref : refs(rules, instantRefund)) {
      if (!ids.add(ref.id())) {
        throw new IllegalArgumentException("risk rule id " + ref.id() + " is used twice");
      }
    }
  }

  /**
   * Returns how far before a buyer's newest incident an incident can still matter to an assessment at
   * or after it: the window, plus the longest a flag lasts (a flag raised at the window's last event
   * counts events a window before it). A store may drop older incidents.
   */
  public Duration retention() {
    return window.plus(rules.stream().map(RiskRule::flagFor).max(Duration::compareTo).orElse(Duration.ZERO));
  }

  /** Returns every rule reference: the flag rules, then the instant-refund rule. */
  public List<RuleRef> refs() {
    return refs(rules, instantRefund);
  }

  private static List<RuleRef> refs(List<RiskRule> rules, Optional<InstantRefundRule> instantRefund) {
    List<RuleRef> refs = new ArrayList<>(rules.stream().map(RiskRule::ref).toList());
    instantRefund.ifPresent(rule -> refs.add(rule.ref()));
    return refs;
  }
}
