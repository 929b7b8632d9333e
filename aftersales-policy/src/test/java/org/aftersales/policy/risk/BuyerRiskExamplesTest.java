package org.aftersales.policy.risk;

import static org.aftersales.policy.risk.Histories.ALICE;
import static org.aftersales.policy.risk.Histories.BOB;
import static org.aftersales.policy.risk.Histories.SHOP;
import static org.aftersales.policy.testing.Clocks.SHANGHAI_WEEKDAYS;
import static org.aftersales.policy.testing.Clocks.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.TenantId;
import org.aftersales.money.Money;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.EligibilityDecision;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.GoodsFacts;
import org.aftersales.policy.eligibility.RefusalCode;
import org.aftersales.policy.source.RuleRef;
import org.aftersales.policy.testing.SeedDocument;
import org.junit.jupiter.api.Test;

/**
 * Buyer risk on hand-worked histories, for the seed line "flags on suspected abusive returners, who
 * then face stricter evidence rules": each flag names its rule, its figures and its expiry, an
 * expired flag no longer counts, and a flagged buyer's request needs the stricter evidence.
 */
class BuyerRiskExamplesTest {

  private static final RuleRef NO_REASON = RuleRef.of("shop.risk.no-reason", "seed: abusive returners are flagged");
  private static final RuleRef WITHOUT_RETURN = RuleRef.of("shop.risk.without-return", "seed: abusive returners");
  private static final RuleRef LOST = RuleRef.of("shop.risk.disputes-lost", "seed: abusive returners");
  private static final RuleRef RATIO = RuleRef.of("shop.risk.ratio", "seed: abusive returners");
  private static final RuleRef FAILED = RuleRef.of("shop.risk.failed-after-instant", "seed: instant refunds");

  static final RiskTerms TERMS = new RiskTerms(Duration.ofDays(30), List.of(
      RiskRule.count(NO_REASON, RiskMeasure.NO_REASON_RETURNS, 3, Duration.ofDays(14)),
      RiskRule.count(WITHOUT_RETURN, RiskMeasure.REFUNDS_WITHOUT_RETURN, 2, Duration.ofDays(14)),
      RiskRule.count(LOST, RiskMeasure.DISPUTES_LOST, 2, Duration.ofDays(60)),
      RiskRule.returnRatio(RATIO, 5_000, 2, Duration.ofDays(7)),
      RiskRule.count(FAILED, RiskMeasure.FAILED_INSPECTIONS_AFTER_INSTANT_REFUND, 1, Duration.ofDays(90))),
      OptionalInt.of(10), Optional.empty());

  private final InMemoryBuyerRiskStore store = new InMemoryBuyerRiskStore();
  private final BuyerRiskProjection projection = new BuyerRiskProjection(store);
  private final InMemoryCompletedOrders orders = new InMemoryCompletedOrders();

  private BuyerRisk riskAt(Instant now) {
    return new BuyerRisk(TERMS, store, orders, Clock.fixed(now, ZoneOffset.UTC));
  }

  private void completedOrders(int n) {
    for (int i = 0; i < n; i++) {
      orders.completed(SHOP, ALICE, OrderId.of("done-" + i));
    }
  }

  private void noReasonReturn(String id, String at) {
    projection.applyAll(Histories.opened(id, SHOP, ALICE, CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND, shanghai(at))
        .shipped(shanghai(at).plus(Duration.ofHours(2))).events());
  }

  @Test
  void seedAbusiveReturner_threeNoReasonReturnsIn30Days_isFlaggedNamingTheRuleTheFigureAndTheExpiry() {
    completedOrders(20);
    noReasonReturn("c1", "2026-03-02T10:00");
    noReasonReturn("c2", "2026-03-10T10:00");
    assertThat(riskAt(shanghai("2026-03-11T00:00")).assess(SHOP, ALICE).standing()).isEqualTo(BuyerStanding.TRUSTED);
    noReasonReturn("c3", "2026-03-20T10:00");

    BuyerAssessment alice = riskAt(shanghai("2026-03-21T00:00")).assess(SHOP, ALICE);

    assertThat(alice.standing()).isEqualTo(BuyerStanding.FLAGGED);
    assertThat(alice.flags()).containsExactly(new RiskFlag(NO_REASON, RiskMeasure.NO_REASON_RETURNS, 3, 3,
        shanghai("2026-03-20T12:00"), shanghai("2026-04-03T12:00")));
    assertThat(alice.counts()).containsEntry(RiskMeasure.NO_REASON_RETURNS, 3L).containsEntry(RiskMeasure.RETURNS, 3L);
    assertThat(alice.completedOrders()).isEqualTo(20);
  }

  @Test
  void aFlagExpires_andThenNoLongerCounts_theBuyerIsTrustedAgain() {
    completedOrders(20);
    noReasonReturn("c1", "2026-03-02T10:00");
    noReasonReturn("c2", "2026-03-10T10:00");
    noReasonReturn("c3", "2026-03-20T10:00");

    assertThat(riskAt(shanghai("2026-04-03T11:59")).assess(SHOP, ALICE).isFlagged()).isTrue();
    BuyerAssessment after = riskAt(shanghai("2026-04-03T12:00")).assess(SHOP, ALICE);
    assertThat(after.flags()).isEmpty();
    assertThat(after.standing()).isEqualTo(BuyerStanding.TRUSTED);
  }

  @Test
  void returnsSpreadWiderThanTheWindow_neverRaiseTheCountFlag() {
    completedOrders(20);
    noReasonReturn("c1", "2026-01-02T10:00");
    noReasonReturn("c2", "2026-02-10T10:00");
    noReasonReturn("c3", "2026-03-20T10:00");
    assertThat(riskAt(shanghai("2026-03-21T00:00")).assess(SHOP, ALICE).flags()).isEmpty();
  }

  @Test
  void theStoreKeepsOnlyWhatTheRulesCanStillSee_theWindowPlusTheLongestFlag() {
    assertThat(TERMS.retention()).isEqualTo(Duration.ofDays(30 + 90));
    InMemoryBuyerRiskStore kept = new InMemoryBuyerRiskStore(TERMS.retention());
    Instant old = shanghai("2026-01-01T10:00");
    Instant edge = old.plus(TERMS.retention());
    kept.addIncident(SHOP, ALICE, RiskMeasure.RETURNS, old);
    kept.addIncident(SHOP, ALICE, RiskMeasure.RETURNS, edge);
    assertThat(kept.incidents(SHOP, ALICE, RiskMeasure.RETURNS)).as("exactly the retention back is kept")
        .containsExactlyInAnyOrder(old, edge);
    kept.addIncident(SHOP, ALICE, RiskMeasure.RETURNS, edge.plusSeconds(1));
    assertThat(kept.incidents(SHOP, ALICE, RiskMeasure.RETURNS)).containsExactlyInAnyOrder(edge, edge.plusSeconds(1));
    kept.addIncident(SHOP, ALICE, RiskMeasure.RETURNS, old);
    assertThat(kept.incidents(SHOP, ALICE, RiskMeasure.RETURNS)).as("a late incident already too old is dropped")
        .containsExactlyInAnyOrder(edge, edge.plusSeconds(1));
    assertThat(kept.incidents(SHOP, BOB, RiskMeasure.RETURNS)).isEmpty();
    assertThatThrownBy(() -> new InMemoryBuyerRiskStore(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
  }

  @Test
  void disputesLost_countOnlyRulingsOnADisputeTheBuyerWasIn_onceEach() {
    completedOrders(20);
    Instant day = shanghai("2026-03-02T10:00");
    // The buyer accepted the refusal; the platform then closed the case with nothing to send back.
    projection.applyAll(Histories.opened("a1", SHOP, ALICE, CaseType.RETURN_AND_REFUND, Reason.SIZE_OR_FIT, day)
        .shipped(day).inspectionFailed(day.plus(Duration.ofDays(1))).closedForMerchant(day.plus(Duration.ofDays(2)))
        .events());
    // Lost the escalation, and then the same closing ruling: one dispute lost, not two.
    projection.applyAll(Histories.opened("a2", SHOP, ALICE, CaseType.RETURN_AND_REFUND, Reason.SIZE_OR_FIT, day)
        .shipped(day).inspectionFailed(day.plus(Duration.ofDays(1))).ruledForMerchant(day.plus(Duration.ofDays(2)))
        .closedForMerchant(day.plus(Duration.ofDays(3))).events());

    BuyerAssessment alice = riskAt(day.plus(Duration.ofDays(4))).assess(SHOP, ALICE);

    assertThat(alice.counts()).containsEntry(RiskMeasure.DISPUTES_LOST, 1L);
    assertThat(alice.flags()).as("two rulings on one dispute do not reach the rule's two").isEmpty();
  }

  @Test
  void refundsWithoutReturn_disputesLost_andAFailedInspectionAfterAnInstantRefund_eachFlagUnderItsOwnRule() {
    completedOrders(20);
    Instant day = shanghai("2026-03-02T10:00");
    projection.applyAll(Histories.opened("r1", SHOP, ALICE, CaseType.REFUND_ONLY, Reason.NOT_RECEIVED, day)
        .refunded(day.plus(Duration.ofDays(1))).events());
    projection.applyAll(Histories.opened("r2", SHOP, ALICE, CaseType.REFUND_ONLY, Reason.NOT_RECEIVED, day)
        .ruledForMerchant(day.plus(Duration.ofDays(2))).events());
    projection.applyAll(Histories.opened("r3", SHOP, ALICE, CaseType.REFUND_ONLY, Reason.NOT_RECEIVED, day)
        .ruledForMerchant(day.plus(Duration.ofDays(3))).refunded(day.plus(Duration.ofDays(4))).events());
    projection.applyAll(Histories.opened("r4", SHOP, ALICE, CaseType.RETURN_AND_REFUND, Reason.SIZE_OR_FIT, day)
        .shipped(day).instantRefund(day).refunded(day).inspectionFailed(day.plus(Duration.ofDays(5))).events());

    BuyerAssessment alice = riskAt(day.plus(Duration.ofDays(6))).assess(SHOP, ALICE);

    assertThat(alice.flags()).extracting(f -> f.rule().id())
        .containsExactly("shop.risk.without-return", "shop.risk.disputes-lost", "shop.risk.failed-after-instant");
    assertThat(alice.counts()).containsEntry(RiskMeasure.REFUNDS_WITHOUT_RETURN, 2L)
        .containsEntry(RiskMeasure.DISPUTES_LOST, 2L).containsEntry(RiskMeasure.FAILED_INSPECTIONS_AFTER_INSTANT_REFUND, 1L)
        .containsEntry(RiskMeasure.RETURNS, 1L).containsEntry(RiskMeasure.NO_REASON_RETURNS, 0L);
    assertThat(riskAt(day.plus(Duration.ofDays(6))).assess(SHOP, BOB).standing())
        .as("another buyer's record is his own").isEqualTo(BuyerStanding.STANDARD);
    assertThat(riskAt(day.plus(Duration.ofDays(6))).assess(TenantId.of("shop-2"), ALICE).flags())
        .as("tenant-scoped").isEmpty();
  }

  @Test
  void returnRatio_isReturnsInTheWindowPerCompletedOrder_inBasisPoints_withAMinimumSample() {
    completedOrders(3);
    projection.applyAll(Histories.opened("q1", SHOP, ALICE, CaseType.RETURN_AND_REFUND, Reason.SIZE_OR_FIT,
        shanghai("2026-03-02T10:00")).shipped(shanghai("2026-03-02T12:00")).events());
    assertThat(riskAt(shanghai("2026-03-03T00:00")).assess(SHOP, ALICE).flags()).as("one return is no sample").isEmpty();
    projection.applyAll(Histories.opened("q2", SHOP, ALICE, CaseType.RETURN_AND_REFUND, Reason.SIZE_OR_FIT,
        shanghai("2026-03-04T10:00")).shipped(shanghai("2026-03-04T12:00")).events());

    assertThat(riskAt(shanghai("2026-03-05T00:00")).assess(SHOP, ALICE).flags()).containsExactly(
        new RiskFlag(RATIO, RiskMeasure.RETURN_RATIO, 6_666, 5_000, shanghai("2026-03-04T12:00"),
            shanghai("2026-03-11T12:00")));
    completedOrders(5);
    assertThat(riskAt(shanghai("2026-03-05T00:00")).assess(SHOP, ALICE).flags()).as("2 of 5 orders is 40%").isEmpty();
  }

  @Test
  void aRedeliveredEventCountsOnce_andEventsOfACaseNeverOpenedAreIgnored() {
    List<org.aftersales.casefile.RecordedEvent> history = Histories.opened("d1", SHOP, ALICE, CaseType.RETURN_AND_REFUND,
        Reason.CHANGED_MIND, shanghai("2026-03-02T10:00")).shipped(shanghai("2026-03-02T11:00")).events();
    assertThat(projection.apply(history.get(0))).isTrue();
    assertThat(projection.apply(history.get(1))).isTrue();
    assertThat(projection.apply(history.get(1))).isFalse();
    projection.apply(Histories.opened("orphan", SHOP, ALICE, CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND,
        shanghai("2026-03-02T10:00")).shipped(shanghai("2026-03-02T11:00")).events().get(1));
    assertThat(store.incidents(SHOP, ALICE, RiskMeasure.NO_REASON_RETURNS)).hasSize(1);
  }

  @Test
  void seedFlaggedBuyer_facesTheStricterEvidenceRule_throughItsAssessedStanding() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility("""
        {"windows": [{"id": "shop.no-reason-7d", "source": "消费者权益保护法 art. 25",
                      "types": ["RETURN_AND_REFUND"], "reasons": ["CHANGED_MIND"],
                      "window": {"type": "PERIOD", "anchor": "SIGNED", "length": 7, "unit": "CALENDAR_DAYS"}}],
         "exclusions": []}
        """).evidence("""
        {"rules": [{"id": "platform.flagged-buyer-video", "source": "seed: flagged abusive returners face stricter evidence rules",
                    "occasion": "BUYER_REQUEST", "standings": ["FLAGGED"], "required": [["VIDEO"]]}]}
        """).read();
    completedOrders(20);
    noReasonReturn("c1", "2026-03-02T10:00");
    noReasonReturn("c2", "2026-03-03T10:00");
    noReasonReturn("c3", "2026-03-04T10:00");
    BuyerStanding standing = riskAt(shanghai("2026-03-05T10:00")).assess(SHOP, ALICE).standing();

    GoodsFacts mug = GoodsFacts.purchased(GoodsCategory.GENERAL, shanghai("2026-03-01T10:00"))
        .deliveredAndSignedAt(shanghai("2026-03-03T10:00"));
    EligibilityRequest request = EligibilityRequest.of(mug, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND,
        shanghai("2026-03-05T10:00"));
    assertThat(policy.decide(request, SHANGHAI_WEEKDAYS)).isInstanceOf(EligibilityDecision.Allowed.class);
    assertThat(policy.decide(request.by(standing), SHANGHAI_WEEKDAYS))
        .isInstanceOfSatisfying(EligibilityDecision.Refused.class, refused -> {
          assertThat(refused.code()).isEqualTo(RefusalCode.EVIDENCE_MISSING);
          assertThat(refused.rule().orElseThrow().id()).isEqualTo("platform.flagged-buyer-video");
        });
  }

  @Test
  void badRulesAreRefusedNamingTheField() {
    assertThatThrownBy(() -> RiskRule.count(NO_REASON, RiskMeasure.RETURNS, 0, Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("atLeast of risk rule shop.risk.no-reason");
    assertThatThrownBy(() -> RiskRule.returnRatio(RATIO, 5_000, 0, Duration.ofDays(1)))
        .hasMessageContaining("minSample of risk rule shop.risk.ratio must be at least 1");
    assertThatThrownBy(() -> RiskRule.count(NO_REASON, RiskMeasure.RETURNS, 1, Duration.ZERO))
        .hasMessageContaining("flagFor of risk rule shop.risk.no-reason must be positive");
    assertThatThrownBy(() -> new RiskTerms(Duration.ofDays(-1), List.of(), OptionalInt.empty(), Optional.empty()))
        .hasMessageContaining("window must be positive");
    assertThatThrownBy(() -> new RiskTerms(Duration.ofDays(1), List.of(
        RiskRule.count(NO_REASON, RiskMeasure.RETURNS, 1, Duration.ofDays(1)),
        RiskRule.count(NO_REASON, RiskMeasure.DISPUTES_LOST, 1, Duration.ofDays(1))), OptionalInt.empty(), Optional.empty()))
        .hasMessageContaining("risk rule id shop.risk.no-reason is used twice");
    assertThatThrownBy(() -> new InstantRefundRule(NO_REASON, Set.of(Reason.CHANGED_MIND), Money.parse("CNY 0.00"), 0))
        .hasMessageContaining("upTo of instant-refund rule");
    assertThatThrownBy(() -> riskAt(Instant.EPOCH).assess(null, ALICE)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tenant");
  }
}
