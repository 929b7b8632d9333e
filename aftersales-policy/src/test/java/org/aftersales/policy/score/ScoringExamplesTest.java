package org.aftersales.policy.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.aftersales.casefile.TenantId;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.json.InvalidPolicyJsonException;
import org.aftersales.policy.json.PolicyJson;
import org.aftersales.policy.metrics.CounterNames;
import org.aftersales.policy.metrics.Counters;
import org.aftersales.policy.metrics.MerchantMetrics;
import org.aftersales.policy.metrics.MetricKey;
import org.aftersales.policy.preset.Presets;
import org.aftersales.policy.score.BadgeDecision.Verdict;
import org.aftersales.policy.source.RuleRef;
import org.aftersales.policy.testing.Documents;
import org.junit.jupiter.api.Test;

/** The score and badges on hand-counted figures; the "scoring" JSON section. */
class ScoringExamplesTest {

  private static final LocalDate FROM = LocalDate.parse("2026-03-01");

  private static final ScoringTerms TERMS = new ScoringTerms(RuleRef.of("shop.score", "shop commitment"),
      List.of(
          new ScoreComponent(RuleRef.of("shop.score.escalation", "shop"), ScoredMetric.ESCALATION_RATE, 1, 0.0, 0.2, 20),
          new ScoreComponent(RuleRef.of("shop.score.satisfied", "shop"), ScoredMetric.SATISFIED_RATE, 3, 1.0, 0.5, 10),
          new ScoreComponent(RuleRef.of("shop.score.repairs", "shop"), ScoredMetric.REPAIR_COMPLETION, 2, 1.0, 0.0, 30)),
      List.of(new BadgeRule(RuleRef.of("shop.badge.good-service", "shop"), "good-service", ScoredMetric.SATISFIED_RATE,
          0.8, 10)));

  private static MerchantMetrics figures(long opened, long escalated, long ratings, long satisfied, long repairsEnded,
      long repaired) {
    TreeMap<String, Long> counts = new TreeMap<>();
    counts.put(CounterNames.OPENED, opened);
    counts.put(CounterNames.ESCALATED, escalated);
    counts.put(CounterNames.RATINGS, ratings);
    counts.put(CounterNames.stars(5), satisfied);
    counts.put(CounterNames.REPAIRS_ENDED, repairsEnded);
    counts.put(CounterNames.REPAIRS_COMPLETED, repaired);
    return new MerchantMetrics(TenantId.of("shop"), MetricKey.ALL_PRODUCTS, FROM, FROM.plusDays(30), new Counters(counts), 0);
  }

  @Test
  void theScoreIsExplainedComponentByComponentAndThinComponentsAreLeftOut() {
    // Escalation 5 of 50 = 0.1: halfway from 0.2 (0) to 0 (100) scores 50. Satisfied 36 of 40 = 0.9:
    // from 0.5 (0) to 1 (100) scores 80. Repairs 4 of 5: below the 30 needed, insufficient data, so
    // the weights are 1 and 3 of 4: 50 x 1/4 + 80 x 3/4 = 12.5 + 60 = 72.5.
    MerchantScore score = TERMS.score(figures(50, 5, 40, 36, 5, 4));
    assertThat(score.total().orElseThrow()).isCloseTo(72.5, within(1e-9));
    assertThat(score.components()).extracting(c -> c.score().orElse(-1.0)).containsExactly(50.0, 80.0, -1.0);
    assertThat(score.components().get(0).contribution()).isCloseTo(12.5, within(1e-9));
    assertThat(score.components().get(2).insufficientData()).isTrue();
    assertThat(score.components().get(2).explanation()).contains("insufficient data, 5 of the 30 needed", "shop.score.repairs");
    assertThat(score.components().get(1).explanation()).contains("SATISFIED_RATE 0.9000 on 40 scores 80.0", "shop.score.satisfied");
  }

  @Test
  void oneThinPartCannotStandForTheWholeScore() {
    // Only repairs are shown by enough data: 30 of 30 would score 100 once renormalised alone, but
    // their weight 2 of 6 is below the default half, so there is no score, and the coverage says why.
    MerchantScore score = TERMS.score(figures(3, 0, 3, 3, 30, 30));
    assertThat(score.components().get(2).score()).contains(100.0);
    assertThat(score.total()).isEmpty();
    assertThat(score.coverage()).contains("weight 2.0 of 6.0, below the 0.50 share", "shop.score");
    // Satisfaction (3 of 6) and repairs together carry 5 of 6: a score, from both.
    assertThat(TERMS.score(figures(3, 0, 40, 40, 30, 30)).total()).contains(100.0);
    ScoringTerms strict = new ScoringTerms(TERMS.ref(), TERMS.components(), TERMS.badges(), 0.9);
    assertThat(strict.score(figures(3, 0, 40, 40, 30, 30)).total()).isEmpty();
    assertThatThrownBy(() -> new ScoringTerms(TERMS.ref(), TERMS.components(), TERMS.badges(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minWeightShare");
  }

  @Test
  void withNoComponentShownByEnoughDataThereIsNoScore() {
    assertThat(TERMS.score(figures(3, 0, 3, 3, 0, 0)).total()).isEmpty();
  }

  @Test
  void seedBadgesAreNotGrantedOnThreeCasesEvenWhenAllWentWell() {
    // 3 of 3 satisfied: below the minimum sample of 10, the badge is withheld whatever the share.
    BadgeDecision decision = TERMS.badges(figures(3, 0, 3, 3, 0, 0), Set.of()).get(0);
    assertThat(decision.verdict()).isEqualTo(Verdict.WITHHELD);
    assertThat(decision.explanation()).contains("insufficient data, 3 of the 10 needed", "shop.badge.good-service");
  }

  @Test
  void seedBadgesAreGrantedOnTheWilsonLowerBoundNotTheRawShare() {
    // 10 of 10 satisfied: share 1.0, but the 95% Wilson lower bound is 0.722 < 0.8: withheld.
    // 40 of 40: lower bound 0.912 >= 0.8: granted. 36 of 40 (0.9): lower bound 0.769 < 0.8: a holder loses it.
    assertThat(TERMS.badges(figures(10, 0, 10, 10, 0, 0), Set.of()).get(0).verdict()).isEqualTo(Verdict.WITHHELD);
    BadgeDecision granted = TERMS.badges(figures(40, 0, 40, 40, 0, 0), Set.of()).get(0);
    assertThat(granted.verdict()).isEqualTo(Verdict.GRANTED);
    assertThat(granted.bound().orElseThrow()).isCloseTo(0.912, within(0.001));
    assertThat(TERMS.badges(figures(40, 0, 40, 40, 0, 0), Set.of("good-service")).get(0).verdict()).isEqualTo(Verdict.KEPT);
    BadgeDecision revoked = TERMS.badges(figures(40, 0, 40, 36, 0, 0), Set.of("good-service")).get(0);
    assertThat(revoked.verdict()).isEqualTo(Verdict.REVOKED);
    assertThat(revoked.explanation()).contains("95% lower bound 0.7695 on 40 < 0.8", "shop.badge.good-service");
  }

  @Test
  void theScoringSectionIsOptionalAndRoundTrips() {
    AfterSalesPolicy preset = Presets.chinaMarketplace();
    assertThat(preset.scoring()).isEmpty();
    assertThat(PolicyJson.read(PolicyJson.write(preset))).isEqualTo(preset);
    AfterSalesPolicy scored = preset.withScoring(TERMS);
    String json = PolicyJson.write(scored);
    assertThat(json).contains("\"scoring\"");
    assertThat(PolicyJson.read(json)).isEqualTo(scored);
    assertThat(scored.rules()).contains(RuleRef.of("shop.badge.good-service", "shop"));
  }

  @Test
  void aBadScoringSectionNamesItsPathAndWhatWasExpected() {
    String json = PolicyJson.write(Presets.chinaMarketplace().withScoring(TERMS));
    assertThatThrownBy(() -> PolicyJson.read(Documents.with(json, "/scoring/components/0/weight", "\"heavy\"")))
        .isInstanceOfSatisfying(InvalidPolicyJsonException.class, e -> {
          assertThat(e.getMessage()).contains("$.scoring.components[0].weight", "a number from 0.0 to 1000.0");
        });
    assertThatThrownBy(() -> PolicyJson.read(Documents.with(json, "/scoring/badges/0/metric", "\"SPEED\"")))
        .isInstanceOf(InvalidPolicyJsonException.class).hasMessageContaining("$.scoring.badges[0].metric");
    // worst and best the wrong way round for a lower-is-better metric: a contradiction at the component.
    assertThatThrownBy(() -> PolicyJson.read(Documents.with(json, "/scoring/components/0/best", "0.5")))
        .isInstanceOf(InvalidPolicyJsonException.class).hasMessageContaining("$.scoring.components[0]");
    assertThatThrownBy(() -> PolicyJson.read(Documents.with(json, "/scoring/minWeightShare", "1.5")))
        .isInstanceOf(InvalidPolicyJsonException.class).hasMessageContaining("$.scoring.minWeightShare", "a number from 0.01 to 1.0");
    assertThatThrownBy(() -> PolicyJson.read(Documents.with(json, "/scoring/components", "[]")))
        .isInstanceOf(InvalidPolicyJsonException.class).hasMessageContaining("at least one component");
  }
}
