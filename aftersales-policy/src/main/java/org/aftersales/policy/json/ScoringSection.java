package org.aftersales.policy.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.aftersales.policy.score.BadgeRule;
import org.aftersales.policy.score.ScoreComponent;
import org.aftersales.policy.score.ScoredMetric;
import org.aftersales.policy.score.ScoringTerms;
import org.aftersales.policy.source.RuleRef;

/**
 * The optional {@code "scoring"} section: the rule's {@code "id"} and {@code "source"}, {@code
 * "components"} (each a rule with {@code "metric"}, {@code "weight"}, {@code "best"}, {@code
 * "worst"}, {@code "minSample"}) and {@code "badges"} (each a rule with {@code "badge"}, {@code
 * "metric"}, {@code "threshold"}, {@code "minSample"}), and optionally {@code "minWeightShare"} (default
 * {@value ScoringTerms#DEFAULT_MIN_WEIGHT_SHARE}). Numbers may have decimals; shares are fractions.
 */
final class ScoringSection implements PolicySection<ScoringTerms> {

  static final ScoringSection INSTANCE = new ScoringSection();

  private ScoringSection() {}

  @Override
  public String name() {
    return "scoring";
  }

  @Override
  public ScoringTerms read(FieldReader section) {
    RuleRef ref = RuleRefs.read(section);
    List<ScoreComponent> components = section.objects("components").stream().map(ScoringSection::component).toList();
    List<BadgeRule> badges = section.objects("badges").stream().map(ScoringSection::badge).toList();
    double minWeightShare = section.has("minWeightShare") ? section.decimal("minWeightShare", 0.01, 1)
        : ScoringTerms.DEFAULT_MIN_WEIGHT_SHARE;
    if (components.isEmpty()) {
      throw new InvalidPolicyJsonException(section.path("components"), "at least one component", "none", null);
    }
    return section.build(() -> new ScoringTerms(ref, components, badges, minWeightShare));
  }

  private static ScoreComponent component(FieldReader c) {
    RuleRef ref = RuleRefs.read(c);
    ScoredMetric metric = c.enumValue("metric", ScoredMetric.class);
    double weight = c.decimal("weight", 0, 1_000);
    double best = c.decimal("best", -1e9, 1e9);
    double worst = c.decimal("worst", -1e9, 1e9);
    int minSample = c.integer("minSample", 1, Integer.MAX_VALUE);
    return c.build(() -> new ScoreComponent(ref, metric, weight, best, worst, minSample));
  }

  private static BadgeRule badge(FieldReader b) {
    RuleRef ref = RuleRefs.read(b);
    String badge = b.text("badge");
    ScoredMetric metric = b.enumValue("metric", ScoredMetric.class);
    double threshold = b.decimal("threshold", -1e9, 1e9);
    int minSample = b.integer("minSample", 1, Integer.MAX_VALUE);
    return b.build(() -> new BadgeRule(ref, badge, metric, threshold, minSample));
  }

  @Override
  public ObjectNode write(ScoringTerms terms, JsonNodeFactory json) {
    ObjectNode section = RuleRefs.write(terms.ref(), json.objectNode());
    section.put("minWeightShare", terms.minWeightShare());
    ArrayNode components = section.putArray("components");
    for (ScoreComponent c : terms.components()) {
      RuleRefs.write(c.ref(), components.addObject()).put("metric", c.metric().name()).put("weight", c.weight())
          .put("best", c.best()).put("worst", c.worst()).put("minSample", c.minSample());
    }
    ArrayNode badges = section.putArray("badges");
    for (BadgeRule b : terms.badges()) {
      RuleRefs.write(b.ref(), badges.addObject()).put("badge", b.badge()).put("metric", b.metric().name())
          .put("threshold", b.threshold()).put("minSample", b.minSample());
    }
    return section;
  }
}
