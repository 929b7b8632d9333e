package org.aftersales.policy.source;

import java.util.Objects;

/**
 * Terms that carry no citation of their own, with the rule that states them: a policy's shipping
 * and refund terms are settings, not rules, so the policy cites where each set comes from.
 *
 * <p>Immutable and thread-safe when {@code terms} is.
 *
 * @param ref the rule id and the source of the terms
 * @param terms the terms
 * @param <T> the kind of terms
 */
public record Cited<T>(RuleRef ref, T terms) {

  /**
   * Validates the pair.
   *
   * @throws NullPointerException if ref or terms is null
   */
  public Cited {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(terms, "terms");
  }

  /** Returns the terms cited by {@code ref}; see the record's validation. */
  public static <T> Cited<T> of(RuleRef ref, T terms) {
    return new Cited<>(ref, terms);
  }
}
