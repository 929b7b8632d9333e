package org.aftersales.policy.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.source.RuleRef;

/**
 * Evidence an act must come with. Each entry of {@code required} is a set of alternatives, of
 * which at least one kind must be supplied: {@code [[PROOF_OF_PURCHASE], [PHOTO, VIDEO]]} reads
 * "proof of purchase, and a photo or a video". An empty filter set matches everything.
 *
 * @param ref the rule's id and source
 * @param occasion the act the rule applies to
 * @param reasons the reasons it applies to; empty for every reason
 * @param types the case types it applies to; empty for every type
 * @param categories the categories of goods it applies to; empty for every category
 * @param standings the buyer standings it applies to; empty for every buyer
 * @param required the alternatives, not empty, each a non-empty set of kinds
 */
public record EvidenceRule(
    RuleRef ref,
    EvidenceOccasion occasion,
    Set<Reason> reasons,
    Set<CaseType> types,
    Set<GoodsCategory> categories,
    Set<BuyerStanding> standings,
    List<Set<EvidenceKind>> required) {

  /**
   * Validates the rule and copies its collections.
   *
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if required is empty or holds an empty set of alternatives
   */
  public EvidenceRule {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(occasion, "occasion");
    String of = " of evidence rule " + ref.id();
    reasons = Set.copyOf(Objects.requireNonNull(reasons, "reasons" + of));
    types = Set.copyOf(Objects.requireNonNull(types, "types" + of));
    categories = Set.copyOf(Objects.requireNonNull(categories, "categories" + of));
    standings = Set.copyOf(Objects.requireNonNull(standings, "standings" + of));
    required = Objects.requireNonNull(required, "required" + of).stream()
        .map(anyOf -> Set.copyOf(Objects.requireNonNull(anyOf, "an entry of required" + of))).toList();
    if (required.isEmpty()) {
      throw new IllegalArgumentException("required of evidence rule " + ref.id() + " must not be empty");
    }
    if (required.stream().anyMatch(Set::isEmpty)) {
      throw new IllegalArgumentException(
          "required of evidence rule " + ref.id() + " must not hold an empty set of alternatives");
    }
  }

  /**
   * Returns a rule for every reason, type, category and buyer; narrow it with the {@code with...} methods.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if required is empty or holds an empty set
   */
  public static EvidenceRule of(RuleRef ref, EvidenceOccasion occasion, List<Set<EvidenceKind>> required) {
    return new EvidenceRule(ref, occasion, Set.of(), Set.of(), Set.of(), Set.of(), required);
  }

  /** Returns this rule for some reasons only. */
  public EvidenceRule forReasons(Set<Reason> only) {
    return new EvidenceRule(ref, occasion, only, types, categories, standings, required);
  }

  /** Returns this rule for some case types only. */
  public EvidenceRule forTypes(Set<CaseType> only) {
    return new EvidenceRule(ref, occasion, reasons, only, categories, standings, required);
  }

  /** Returns this rule for some categories only. */
  public EvidenceRule forCategories(Set<GoodsCategory> only) {
    return new EvidenceRule(ref, occasion, reasons, types, only, standings, required);
  }

  /** Returns this rule for buyers of some standings only. */
  public EvidenceRule forStandings(Set<BuyerStanding> only) {
    return new EvidenceRule(ref, occasion, reasons, types, categories, only, required);
  }

  /** Returns whether the rule applies to this act. */
  public boolean appliesTo(EvidenceSituation situation) {
    return occasion == situation.occasion()
        && matches(reasons, situation.reason())
        && matches(types, situation.type())
        && matches(categories, situation.category())
        && matches(standings, situation.standing());
  }

  private static <T> boolean matches(Set<T> filter, T value) {
    return filter.isEmpty() || filter.contains(value);
  }
}
