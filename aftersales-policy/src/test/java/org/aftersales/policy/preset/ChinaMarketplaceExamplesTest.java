package org.aftersales.policy.preset;

import static org.aftersales.policy.testing.Clocks.SHANGHAI_WEEKDAYS;
import static org.aftersales.policy.testing.Clocks.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.eligibility.ConditionFlag;
import org.aftersales.policy.eligibility.EligibilityDecision;
import org.aftersales.policy.eligibility.EligibilityDecision.Allowed;
import org.aftersales.policy.eligibility.EligibilityDecision.Refused;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.GoodsFacts;
import org.aftersales.policy.eligibility.RefusalCode;
import org.junit.jupiter.api.Test;

/** The marketplace preset never falls below the statute. 2026-03-02 is a Monday; weekends are the rest days. */
class ChinaMarketplaceExamplesTest {

  private final AfterSalesPolicy market = Presets.chinaMarketplace();

  private static GoodsFacts signedOn(GoodsCategory category, String signed) {
    return GoodsFacts.purchased(category, shanghai("2026-02-27T10:00")).deliveredAndSignedAt(shanghai(signed));
  }

  private EligibilityDecision noReasonReturn(GoodsFacts goods, String at) {
    return market.decide(EligibilityRequest.of(goods, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND, shanghai(at)),
        SHANGHAI_WEEKDAYS);
  }

  @Test
  void samr2017Art8PackagingOpenedOnlyToInspectTheGoodsDoesNotStopANoReasonReturn() {
    GoodsFacts openedToInspect = signedOn(GoodsCategory.ELECTRONICS, "2026-03-02T10:00")
        .withCondition(EnumSet.complementOf(EnumSet.of(ConditionFlag.SEALED)));

    assertThat(noReasonReturn(openedToInspect, "2026-03-03T10:00")).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().rule().id()).isEqualTo("cn.market.no-reason-7d"));
  }

  @Test
  void marketNoReasonReturnStillNeedsThePackagingThereAndUndamaged() {
    GoodsFacts boxThrownAway = signedOn(GoodsCategory.ELECTRONICS, "2026-03-02T10:00")
        .withCondition(EnumSet.of(ConditionFlag.UNUSED, ConditionFlag.ACCESSORIES_COMPLETE, ConditionFlag.TAGS_ON));

    assertThat(noReasonReturn(boxThrownAway, "2026-03-03T10:00")).isInstanceOfSatisfying(Refused.class,
        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.GOODS_NOT_RESALEABLE));
  }

  @Test
  void civilCode203MarketplaceNoReasonWindowEndingOnSaturdayRunsToTheEndOfMonday() {
    // Signed Saturday 7 March: day 7 is Saturday 14 March; the statutory period moves to Monday 16 March.
    GoodsFacts goods = signedOn(GoodsCategory.GENERAL, "2026-03-07T09:00");

    assertThat(noReasonReturn(goods, "2026-03-16T23:59")).isInstanceOf(Allowed.class);
    assertThat(noReasonReturn(goods, "2026-03-17T00:00")).isInstanceOfSatisfying(Refused.class,
        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED));
  }

  @Test
  void samr2017Art7MarketHygieneExclusionNeedsTheBuyersConfirmationAtPurchase() {
    GoodsFacts bra = signedOn(GoodsCategory.INTIMATE_APPAREL, "2026-03-02T10:00");

    assertThat(noReasonReturn(bra, "2026-03-03T10:00")).isInstanceOf(Allowed.class);
    assertThat(noReasonReturn(bra.withNoReasonReturnWaivedAtPurchase(), "2026-03-03T10:00"))
        .isInstanceOfSatisfying(Refused.class,
            refused -> assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.market.no-reason-excluded"));
  }

  @Test
  void cpl24FreshProduceKeepsTheStatutoryQualityReturnAfterTheTwoHourAcceptanceCheck() {
    GoodsFacts fish = signedOn(GoodsCategory.FRESH, "2026-03-02T10:00");
    EligibilityRequest returnOnDay3 = EligibilityRequest.of(fish, Reason.QUALITY_DEFECT, CaseType.RETURN_AND_REFUND,
        shanghai("2026-03-04T10:00")).withEvidence(EnumSet.of(EvidenceKind.PHOTO));

    assertThat(market.decide(returnOnDay3, SHANGHAI_WEEKDAYS)).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().rule().id()).isEqualTo("cn.law.quality-7d"));
  }
}
