package org.aftersales.policy.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.evidence.EvidenceOccasion;
import org.aftersales.policy.evidence.EvidenceRule;
import org.aftersales.policy.evidence.EvidenceTerms;
import org.aftersales.policy.source.RuleRef;

/**
 * The {@code "evidence"} section: {@code "rules"}, each with an {@code "occasion"}, optional filters
 * ({@code "reasons"}, {@code "types"}, {@code "categories"}, {@code "standings"}; absent for all) and
 * {@code "required"}, an array of arrays of alternatives.
 */
final class EvidenceSection implements PolicySection<EvidenceTerms> {

  static final EvidenceSection INSTANCE = new EvidenceSection();

  private EvidenceSection() {}

  @Override
  public String name() {
    return "evidence";
  }

  @Override
  public EvidenceTerms read(FieldReader section) {
    List<EvidenceRule> rules = section.objects("rules").stream().map(EvidenceSection::rule).toList();
    return section.build(() -> new EvidenceTerms(rules));
  }

  private static EvidenceRule rule(FieldReader rule) {
    RuleRef ref = RuleRefs.read(rule);
    EvidenceOccasion occasion = rule.enumValue("occasion", EvidenceOccasion.class);
    var reasons = rule.optionalEnumSet("reasons", Reason.class);
    var types = rule.optionalEnumSet("types", CaseType.class);
    var categories = rule.optionalEnumSet("categories", GoodsCategory.class);
    var standings = rule.optionalEnumSet("standings", BuyerStanding.class);
    List<JsonNode> groups = rule.array("required");
    if (groups.isEmpty()) {
      throw new InvalidPolicyJsonException(rule.path("required"), "at least one set of alternatives", "[]", null);
    }
    List<Set<EvidenceKind>> required = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      required.add(FieldReader.enumSetAt(groups.get(i), rule.path("required") + "[" + i + "]", EvidenceKind.class));
    }
    return rule.build(() -> new EvidenceRule(ref, occasion, reasons, types, categories, standings, required));
  }

  @Override
  public ObjectNode write(EvidenceTerms terms, JsonNodeFactory json) {
    ObjectNode section = json.objectNode();
    ArrayNode rules = section.putArray("rules");
    for (EvidenceRule rule : terms.rules()) {
      ObjectNode node = RuleRefs.write(rule.ref(), rules.addObject());
      node.put("occasion", rule.occasion().name());
      optional(node, "reasons", rule.reasons());
      optional(node, "types", rule.types());
      optional(node, "categories", rule.categories());
      optional(node, "standings", rule.standings());
      ArrayNode required = node.putArray("required");
      for (Set<EvidenceKind> anyOf : rule.required()) {
        ArrayNode group = required.addArray();
        FieldReader.names(anyOf).forEach(group::add);
      }
    }
    return section;
  }

  private static <E extends Enum<E>> void optional(ObjectNode node, String field, Set<E> values) {
    if (!values.isEmpty()) {
      EligibilitySection.names(node, field, values);
    }
  }
}
