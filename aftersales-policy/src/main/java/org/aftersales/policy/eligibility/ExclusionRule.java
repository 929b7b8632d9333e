package org.aftersales.policy.eligibility;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.source.RuleRef;

/**
 * Takes buyer-choice remedies away from some categories of goods: fresh produce, custom-made goods
 * and the like get no no-reason return. Only reasons that are not the seller's fault may be
 * excluded, so excluded goods always keep their quality remedies.
 *
 * @param ref the rule's id and source
 * @param categories the categories excluded, not empty
 * @param reasons the reasons excluded, not empty, none of them the seller's fault
 */
public record ExclusionRule(RuleRef ref, Set<GoodsCategory> categories, Set<Reason> reasons) {

  /**
   * Validates the rule and copies its sets.
   *
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if a set is empty or a reason is the seller's fault
   */
  public ExclusionRule {
    Objects.requireNonNull(ref, "ref");
    categories = Sets.copy(categories, "categories of exclusion " + ref.id(), true);
    reasons = Sets.copy(reasons, "reasons of exclusion " + ref.id(), true);
    Set<Reason> sellerFault = reasons.stream().filter(Reason::isSellerFault).collect(Collectors.toSet());
    if (!sellerFault.isEmpty()) {
      throw new IllegalArgumentException("exclusion " + ref.id() + " may only exclude buyer-choice reasons,"
          + " as excluded goods keep their quality remedies, but lists " + ReasonSets.sorted(sellerFault));
    }
  }

  /** Returns the exclusion; see the record's validation. */
  public static ExclusionRule of(RuleRef ref, Set<GoodsCategory> categories, Set<Reason> reasons) {
    return new ExclusionRule(ref, categories, reasons);
  }

  /** Returns whether the rule takes this reason away from this category. */
  public boolean excludes(GoodsCategory category, Reason reason) {
    return categories.contains(category) && reasons.contains(reason);
  }
}
