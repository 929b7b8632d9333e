package org.aftersales.policy.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.policy.source.RuleRef;

/**
 * A shop's evidence requirements (证据链), for the buyer's and the merchant's acts.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param rules the requirements; every rule that applies to an act must be met
 */
public record EvidenceTerms(List<EvidenceRule> rules) {

  /**
   * Validates and copies the rules.
   *
   * @throws NullPointerException if rules or an element is null
   * @throws IllegalArgumentException if two rules share an id
   */
  public EvidenceTerms {
    rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    Set<String> ids = new HashSet<>();
    for (EvidenceRule rule : rules) {
      if (!ids.add(rule.ref().id())) {
        throw new IllegalArgumentException("evidence rule id " + rule.ref().id() + " is used twice");
      }
    }
  }

  /** Returns terms that require no evidence at all. */
  public static EvidenceTerms none() {
    return new EvidenceTerms(List.of());
  }

  /**
   * Returns the requirements of every applicable rule that none of the supplied kinds meets, in rule
   * order; empty if the evidence is complete.
   *
   * @param situation the act and its case
   * @param supplied the kinds of evidence supplied; empty if none
   * @return the unmet requirements, never null
   * @throws NullPointerException if any argument or element is null
   */
  public List<MissingEvidence> missing(EvidenceSituation situation, Set<EvidenceKind> supplied) {
    Objects.requireNonNull(situation, "situation");
    Set<EvidenceKind> kinds = Set.copyOf(Objects.requireNonNull(supplied, "supplied"));
    List<MissingEvidence> missing = new ArrayList<>();
    for (EvidenceRule rule : rules) {
      if (rule.appliesTo(situation)) {
        for (Set<EvidenceKind> anyOf : rule.required()) {
          if (Collections.disjoint(anyOf, kinds)) {
            missing.add(new MissingEvidence(rule.ref(), anyOf));
          }
        }
      }
    }
    return List.copyOf(missing);
  }

  /** Returns every rule reference. */
  public List<RuleRef> refs() {
    return rules.stream().map(EvidenceRule::ref).toList();
  }
}
