package org.aftersales.policy.eligibility;

import java.util.Objects;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.source.RuleRef;

/**
 * Grants case types for some reasons, on some categories of goods, within a window.
 *
 * @param ref the rule's id and source
 * @param types the case types granted, not empty
 * @param reasons the reasons the rule answers, not empty
 * @param categories the categories it covers; empty for every category
 * @param window how long the remedy stays available
 * @param requiredCondition the aspects of resaleable condition the goods must keep; empty for none
 * @param minFailedRepairs how many failed repairs must have happened first (三包: 2), 0 to 100
 * @param cost who pays for the remedy; a {@link RemedyCost#FREE} rule never covers damage the buyer caused
 * @param requiredEvidence evidence kinds the buyer must bring, every one of them, for this rule to grant
 *     (三包: the repairer's records of the failed repairs); empty for none. Evidence a policy asks of
 *     every request of a kind belongs in its {@code EvidenceTerms}; this is what one remedy rests on.
 */
public record WindowRule(
    RuleRef ref,
    Set<CaseType> types,
    Set<Reason> reasons,
    Set<GoodsCategory> categories,
    Window window,
    Set<ConditionFlag> requiredCondition,
    int minFailedRepairs,
    RemedyCost cost,
    Set<EvidenceKind> requiredEvidence) {

  /**
   * Validates the rule and copies its sets.
   *
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if types or reasons is empty, or minFailedRepairs is outside 0 to 100
   */
  public WindowRule {
    Objects.requireNonNull(ref, "ref");
    types = Sets.copy(types, "types of rule " + ref.id(), true);
    reasons = Sets.copy(reasons, "reasons of rule " + ref.id(), true);
    categories = Sets.copy(categories, "categories of rule " + ref.id(), false);
    Objects.requireNonNull(window, "window");
    requiredCondition = Sets.copy(requiredCondition, "requiredCondition of rule " + ref.id(), false);
    if (minFailedRepairs < 0 || minFailedRepairs > 100) {
      throw new IllegalArgumentException(
          "minFailedRepairs of rule " + ref.id() + " must be 0 to 100, but was " + minFailedRepairs);
    }
    Objects.requireNonNull(cost, "cost");
    requiredEvidence = Sets.copy(requiredEvidence, "requiredEvidence of rule " + ref.id(), false);
  }

  /**
   * Returns a free rule for every category, with no condition and no repairs required; narrow it
   * with the {@code with...} methods.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if types or reasons is empty
   */
  public static WindowRule of(RuleRef ref, Set<CaseType> types, Set<Reason> reasons, Window window) {
    return new WindowRule(ref, types, reasons, Set.of(), window, Set.of(), 0, RemedyCost.FREE, Set.of());
  }

  /** Returns this rule limited to some categories; empty for every category. */
  public WindowRule withCategories(Set<GoodsCategory> only) {
    return new WindowRule(ref, types, reasons, only, window, requiredCondition, minFailedRepairs, cost,
        requiredEvidence);
  }

  /** Returns this rule requiring the goods to keep these aspects of their condition. */
  public WindowRule withRequiredCondition(Set<ConditionFlag> flags) {
    return new WindowRule(ref, types, reasons, categories, window, flags, minFailedRepairs, cost, requiredEvidence);
  }

  /** Returns this rule applying only after {@code count} failed repairs. */
  public WindowRule withMinFailedRepairs(int count) {
    return new WindowRule(ref, types, reasons, categories, window, requiredCondition, count, cost, requiredEvidence);
  }

  /** Returns this rule with the buyer paying for the remedy. */
  public WindowRule withCost(RemedyCost paidBy) {
    return new WindowRule(ref, types, reasons, categories, window, requiredCondition, minFailedRepairs, paidBy,
        requiredEvidence);
  }

  /** Returns this rule granting only to a request that brings every one of these evidence kinds. */
  public WindowRule withRequiredEvidence(Set<EvidenceKind> kinds) {
    return new WindowRule(ref, types, reasons, categories, window, requiredCondition, minFailedRepairs, cost, kinds);
  }

  /** Returns whether the rule speaks of this reason and category (its window and conditions aside). */
  public boolean covers(Reason reason, GoodsCategory category) {
    return reasons.contains(reason) && (categories.isEmpty() || categories.contains(category));
  }
}
