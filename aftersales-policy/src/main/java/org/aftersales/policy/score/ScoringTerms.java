package org.aftersales.policy.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftersales.policy.metrics.MerchantMetrics;
import org.aftersales.policy.metrics.Ratio;
import org.aftersales.policy.score.BadgeDecision.Verdict;
import org.aftersales.policy.source.RuleRef;

/**
 * A policy's merchant score and badges: weighted components and badge rules, each a cited rule.
 * The seed rules name a score and badges but no weights, so no preset states any.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param ref the scoring's own rule
 * @param components the score's parts, at least one, metrics distinct
 * @param badges the badge rules, badge names distinct
 * @param minWeightShare the least share of all components' weight that the components with enough data
 *     must carry for there to be a score, in (0, 1]: renormalising the weights must not let one thin
 *     part stand for the whole (a merchant with only ratings would otherwise score on ratings alone)
 */
public record ScoringTerms(RuleRef ref, List<ScoreComponent> components, List<BadgeRule> badges, double minWeightShare) {

  /** The {@link #minWeightShare()} of terms that state none: half the weight must be shown by data. */
  public static final double DEFAULT_MIN_WEIGHT_SHARE = 0.5;

  /**
   * Validates the terms and copies the lists.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no component, a metric is scored twice, a badge named
   *     twice or minWeightShare is outside (0, 1]
   */
  public ScoringTerms {
    Objects.requireNonNull(ref, "ref");
    if (!(minWeightShare > 0 && minWeightShare <= 1)) {
      throw new IllegalArgumentException("minWeightShare of " + ref.id() + " must be in (0, 1], but was " + minWeightShare);
    }
    components = List.copyOf(components);
    badges = List.copyOf(badges);
    if (components.isEmpty()) {
      throw new IllegalArgumentException("scoring " + ref.id() + " needs at least one component");
    }
    Set<ScoredMetric> metrics = new HashSet<>();
    components.forEach(c -> {
      if (!metrics.add(c.metric())) {
        throw new IllegalArgumentException("metric " + c.metric() + " is scored twice in " + ref.id());
      }
    });
    Set<String> names = new HashSet<>();
    badges.forEach(b -> {
      if (!names.add(b.badge())) {
        throw new IllegalArgumentException("badge " + b.badge() + " is granted by two rules in " + ref.id());
      }
    });
  }

  /**
   * Creates terms with the {@link #DEFAULT_MIN_WEIGHT_SHARE}; see the canonical constructor.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no component, a metric is scored twice or a badge named twice
   */
  public ScoringTerms(RuleRef ref, List<ScoreComponent> components, List<BadgeRule> badges) {
    this(ref, components, badges, DEFAULT_MIN_WEIGHT_SHARE);
  }

  /** Returns the rules: the scoring's own, its components', its badges'. */
  public List<RuleRef> refs() {
    List<RuleRef> refs = new ArrayList<>();
    refs.add(ref);
    components.forEach(c -> refs.add(c.ref()));
    badges.forEach(b -> refs.add(b.ref()));
    return refs;
  }

  /**
   * Scores a merchant's figures.
   *
   * @throws NullPointerException if metrics is null
   */
  public MerchantScore score(MerchantMetrics metrics) {
    Objects.requireNonNull(metrics, "metrics");
    List<ScoredMetric.Measured> measured = components.stream().map(c -> c.metric().measure(metrics)).toList();
    double weights = 0;
    double allWeights = 0;
    for (int i = 0; i < components.size(); i++) {
      allWeights += components.get(i).weight();
      if (isSufficient(measured.get(i), components.get(i).minSample())) {
        weights += components.get(i).weight();
      }
    }
    boolean covered = weights > 0 && weights >= minWeightShare * allWeights;
    List<ComponentScore> parts = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < components.size(); i++) {
      ScoreComponent c = components.get(i);
      ScoredMetric.Measured m = measured.get(i);
      if (!isSufficient(m, c.minSample())) {
        parts.add(new ComponentScore(c, m.value(), m.sample(), Optional.empty(), 0, String.format(Locale.ROOT,
            "%s: insufficient data, %d of the %d needed (rule %s)", c.metric(), m.sample(), c.minSample(), c.ref().id())));
        continue;
      }
      double value = m.value().orElseThrow();
      double score = c.normalise(value);
      double contribution = score * c.weight() / weights;
      total += contribution;
      parts.add(new ComponentScore(c, m.value(), m.sample(), Optional.of(score), contribution, String.format(Locale.ROOT,
          "%s %.4f on %d scores %.1f (0 at %s, 100 at %s), weight %s of %s adds %.2f (rule %s)", c.metric(), value,
          m.sample(), score, c.worst(), c.best(), c.weight(), weights, contribution, c.ref().id())));
    }
    String coverage = String.format(Locale.ROOT, "components with enough data carry weight %s of %s, %s the %.2f share"
        + " a score needs (rule %s)", weights, allWeights, covered ? "at least" : "below", minWeightShare, ref.id());
    return new MerchantScore(covered ? Optional.of(total) : Optional.empty(), parts, coverage);
  }

  /**
   * Decides every badge for a merchant's figures, given the badges it holds now.
   *
   * @param held the badge names the merchant holds
   * @throws NullPointerException if an argument is null
   */
  public List<BadgeDecision> badges(MerchantMetrics metrics, Set<String> held) {
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(held, "held");
    return badges.stream().map(rule -> decide(rule, rule.metric().measure(metrics), held.contains(rule.badge()))).toList();
  }

  private static BadgeDecision decide(BadgeRule rule, ScoredMetric.Measured m, boolean held) {
    if (!isSufficient(m, rule.minSample())) {
      return new BadgeDecision(rule, held ? Verdict.REVOKED : Verdict.WITHHELD, m.value(), Optional.empty(), m.sample(),
          String.format(Locale.ROOT, "%s: insufficient data, %d of the %d needed (rule %s)", rule.badge(), m.sample(),
              rule.minSample(), rule.ref().id()));
    }
    boolean higher = rule.metric().higherIsBetter();
    double bound = m.ratio().map(r -> pessimistic(r, higher)).orElseGet(() -> m.value().orElseThrow());
    boolean earned = higher ? bound >= rule.threshold() : bound <= rule.threshold();
    Verdict verdict = earned ? (held ? Verdict.KEPT : Verdict.GRANTED) : (held ? Verdict.REVOKED : Verdict.WITHHELD);
    String boundName = m.ratio().isEmpty() ? "value" : higher ? "95% lower bound" : "95% upper bound";
    String comparison = earned ? (higher ? ">=" : "<=") : (higher ? "<" : ">");
    return new BadgeDecision(rule, verdict, m.value(), Optional.of(bound), m.sample(), String.format(Locale.ROOT,
        "%s: %s %s %.4f on %d %s %s (rule %s)", rule.badge(), rule.metric(), boundName, bound, m.sample(), comparison,
        rule.threshold(), rule.ref().id()));
  }

  private static double pessimistic(Ratio ratio, boolean higherIsBetter) {
    return higherIsBetter ? ratio.wilsonLower(BadgeRule.Z_95) : ratio.wilsonUpper(BadgeRule.Z_95);
  }

  private static boolean isSufficient(ScoredMetric.Measured m, long minSample) {
    return m.value().isPresent() && m.sample() >= minSample;
  }
}
