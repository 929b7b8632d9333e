package org.aftersales.policy.evidence;

import java.util.Objects;
import java.util.Set;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.policy.eligibility.ReasonSets;
import org.aftersales.policy.source.RuleRef;

/**
 * One requirement not met: none of {@code anyOf} was supplied.
 *
 * @param rule the rule that requires it
 * @param anyOf the alternatives, at least one of which is needed
 */
public record MissingEvidence(RuleRef rule, Set<EvidenceKind> anyOf) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if any argument or element is null
   */
  public MissingEvidence {
    Objects.requireNonNull(rule, "rule");
    anyOf = Set.copyOf(Objects.requireNonNull(anyOf, "anyOf"));
  }

  @Override
  public String toString() {
    return String.join(" or ", ReasonSets.sorted(anyOf).stream().map(Enum::name).toList()) + " (rule " + rule.id() + ")";
  }
}
