package org.aftersales.policy.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.eligibility.Anchor;
import org.aftersales.policy.eligibility.ConditionFlag;
import org.aftersales.policy.eligibility.EligibilityTerms;
import org.aftersales.policy.eligibility.ExclusionRule;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.LastDayRule;
import org.aftersales.policy.eligibility.RemedyCost;
import org.aftersales.policy.eligibility.Window;
import org.aftersales.policy.eligibility.WindowRule;
import org.aftersales.policy.eligibility.WindowUnit;
import org.aftersales.policy.source.RuleRef;

/**
 * The {@code "eligibility"} section: {@code "windows"}, the rules that grant case types, and
 * {@code "exclusions"}, the categories taken out of buyer-choice reasons.
 */
final class EligibilitySection implements PolicySection<EligibilityTerms> {

  static final EligibilitySection INSTANCE = new EligibilitySection();

  /** The kinds of window, as the {@code "type"} field of a window object names them. */
  private enum WindowType { PERIOD, WARRANTY, UNLIMITED }

  private EligibilitySection() {}

  @Override
  public String name() {
    return "eligibility";
  }

  @Override
  public EligibilityTerms read(FieldReader section) {
    List<WindowRule> windows = section.objects("windows").stream().map(EligibilitySection::windowRule).toList();
    List<ExclusionRule> exclusions = section.objects("exclusions").stream().map(EligibilitySection::exclusion).toList();
    return section.build(() -> EligibilityTerms.of(windows, exclusions));
  }

  private static WindowRule windowRule(FieldReader rule) {
    RuleRef ref = RuleRefs.read(rule);
    var types = rule.enumSet("types", CaseType.class);
    var reasons = rule.enumSet("reasons", Reason.class);
    var categories = rule.optionalEnumSet("categories", GoodsCategory.class);
    Window window = window(rule.object("window"));
    var condition = rule.optionalEnumSet("requiredCondition", ConditionFlag.class);
    int minFailedRepairs = rule.integer("minFailedRepairs", 0, 100, 0);
    RemedyCost cost = rule.enumValue("cost", RemedyCost.class, RemedyCost.FREE);
    var evidence = rule.optionalEnumSet("requiredEvidence", EvidenceKind.class);
    return rule.build(
        () -> new WindowRule(ref, types, reasons, categories, window, condition, minFailedRepairs, cost, evidence));
  }

  private static Window window(FieldReader window) {
    return switch (window.enumValue("type", WindowType.class)) {
      case PERIOD -> period(window);
      case WARRANTY -> window.build(Window::warranty);
      case UNLIMITED -> window.build(Window::unlimited);
    };
  }

  private static Window period(FieldReader window) {
    Anchor anchor = window.enumValue("anchor", Anchor.class);
    int length = window.integer("length", 1, 10_000);
    WindowUnit unit = window.enumValue("unit", WindowUnit.class);
    LastDayRule lastDay = window.enumValue("lastDay", LastDayRule.class, LastDayRule.AS_COUNTED);
    return window.build(() -> new Window.Period(anchor, length, unit, lastDay));
  }

  private static ExclusionRule exclusion(FieldReader rule) {
    RuleRef ref = RuleRefs.read(rule);
    var categories = rule.enumSet("categories", GoodsCategory.class);
    var reasons = rule.enumSet("reasons", Reason.class);
    boolean needsBuyerConfirmation = rule.has("needsBuyerConfirmation") && rule.bool("needsBuyerConfirmation");
    return rule.build(() -> new ExclusionRule(ref, categories, reasons, needsBuyerConfirmation));
  }

  @Override
  public ObjectNode write(EligibilityTerms terms, JsonNodeFactory json) {
    ObjectNode section = json.objectNode();
    ArrayNode windows = section.putArray("windows");
    for (WindowRule rule : terms.windows()) {
      ObjectNode node = RuleRefs.write(rule.ref(), windows.addObject());
      names(node, "types", rule.types());
      names(node, "reasons", rule.reasons());
      if (!rule.categories().isEmpty()) {
        names(node, "categories", rule.categories());
      }
      node.set("window", window(rule.window(), json));
      if (!rule.requiredCondition().isEmpty()) {
        names(node, "requiredCondition", rule.requiredCondition());
      }
      node.put("minFailedRepairs", rule.minFailedRepairs());
      node.put("cost", rule.cost().name());
      if (!rule.requiredEvidence().isEmpty()) {
        names(node, "requiredEvidence", rule.requiredEvidence());
      }
    }
    ArrayNode exclusions = section.putArray("exclusions");
    for (ExclusionRule rule : terms.exclusions()) {
      ObjectNode node = RuleRefs.write(rule.ref(), exclusions.addObject());
      names(node, "categories", rule.categories());
      names(node, "reasons", rule.reasons());
      node.put("needsBuyerConfirmation", rule.needsBuyerConfirmation());
    }
    return section;
  }

  private static ObjectNode window(Window window, JsonNodeFactory json) {
    ObjectNode node = json.objectNode();
    if (window instanceof Window.Period period) {
      return node.put("type", WindowType.PERIOD.name())
          .put("anchor", period.anchor().name())
          .put("length", period.length())
          .put("unit", period.unit().name())
          .put("lastDay", period.lastDay().name());
    }
    return node.put("type", (window instanceof Window.Warranty ? WindowType.WARRANTY : WindowType.UNLIMITED).name());
  }

  static <E extends Enum<E>> void names(ObjectNode node, String field, Collection<E> values) {
    ArrayNode array = node.putArray(field);
    FieldReader.names(values).forEach(array::add);
  }
}
