package org.aftersales.policy.eligibility;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.source.RuleRef;

/**
 * Takes buyer-choice remedies away from some categories of goods: fresh produce, custom-made goods
 * and the like get no no-reason return. Only reasons that are not the seller's fault may be
 * excluded, so excluded goods always keep their quality remedies. Some exclusions hold by category
 * alone (SAMR 2017 art. 6: custom-made, fresh, downloaded digital goods, newspapers); others only for
 * goods whose buyer confirmed at purchase that they take no no-reason return (art. 7: hygiene goods,
 * goods losing value once activated, marked clearance goods), which {@code needsBuyerConfirmation} says.
 *
 * @param ref the rule's id and source
 * @param categories the categories excluded, not empty
 * @param reasons the reasons excluded, not empty, none of them the seller's fault
 * @param needsBuyerConfirmation whether the exclusion applies only to goods with {@link
 *     GoodsFacts#noReasonReturnWaivedAtPurchase()}; false: by category alone
 */
public record ExclusionRule(RuleRef ref, Set<GoodsCategory> categories, Set<Reason> reasons,
    boolean needsBuyerConfirmation) {

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

  /** Returns an exclusion by category alone; see the record's validation. */
  public static ExclusionRule of(RuleRef ref, Set<GoodsCategory> categories, Set<Reason> reasons) {
    return new ExclusionRule(ref, categories, reasons, false);
  }

  /** Returns this exclusion applying only to goods whose buyer confirmed it at purchase (SAMR 2017 art. 7). */
  public ExclusionRule onceBuyerConfirmed() {
    return new ExclusionRule(ref, categories, reasons, true);
  }

  /** Returns whether the rule speaks of this reason on this category, the buyer's confirmation aside. */
  public boolean covers(GoodsCategory category, Reason reason) {
    return categories.contains(category) && reasons.contains(reason);
  }

  /**
   * Returns whether the rule takes this reason away from these goods: it covers their category and,
   * if it needs the buyer's confirmation, the buyer gave it at purchase.
   *
   * @throws NullPointerException if goods is null
   */
  public boolean excludes(GoodsFacts goods, Reason reason) {
    return covers(goods.category(), reason) && (!needsBuyerConfirmation || goods.noReasonReturnWaivedAtPurchase());
  }
}
