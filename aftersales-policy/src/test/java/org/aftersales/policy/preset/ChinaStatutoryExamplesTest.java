package org.aftersales.policy.preset;

import static org.aftersales.policy.testing.Clocks.SHANGHAI_WEEKDAYS;
import static org.aftersales.policy.testing.Clocks.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
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

/** 2026-03-02 is a Monday; weekends are the only rest days of the test calendar. */
class ChinaStatutoryExamplesTest {

  private final AfterSalesPolicy policy = Presets.chinaStatutory();

  private static GoodsFacts clothesSignedAt(String signed) {
    return GoodsFacts.purchased(GoodsCategory.GENERAL, shanghai("2026-02-27T10:00")).deliveredAndSignedAt(shanghai(signed));
  }

  private EligibilityDecision noReasonReturn(GoodsFacts goods, String at) {
    return policy.decide(EligibilityRequest.of(goods, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND, shanghai(at)),
        SHANGHAI_WEEKDAYS);
  }

  @Test
  void cpl25NoReasonReturnSignedLateOnDayDIsAllowedToTheLastMomentOfDayDPlus7() {
    GoodsFacts goods = clothesSignedAt("2026-03-02T23:59");

    EligibilityDecision decision = noReasonReturn(goods, "2026-03-09T23:59:59.999");

    assertThat(decision).isInstanceOf(Allowed.class);
    Allowed allowed = (Allowed) decision;
    assertThat(allowed.granted().rule().id()).isEqualTo("cn.law.no-reason-7d");
    assertThat(allowed.granted().endsAt()).contains(shanghai("2026-03-10T00:00"));
    assertThat(allowed.granted().lastMoment()).contains(shanghai("2026-03-09T23:59:59.999999999"));
  }

  @Test
  void cpl25NoReasonReturnIsRefusedAtTheFirstMomentOfTheEighthDayAfterSigning() {
    EligibilityDecision decision = noReasonReturn(clothesSignedAt("2026-03-02T23:59"), "2026-03-10T00:00");

    assertThat(decision).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED);
      assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.law.no-reason-7d");
      assertThat(refused.message()).contains("closed at 2026-03-10T00:00+08:00[Asia/Shanghai]");
    });
  }

  @Test
  void samr2017CountsFromTheDayAfterSigningInShanghaiNotInUtc() {
    // 00:30 on 3 March in Shanghai is still 2 March in UTC: the count starts on 4 March all the same.
    GoodsFacts goods = clothesSignedAt("2026-03-03T00:30");

    assertThat(noReasonReturn(goods, "2026-03-10T23:59")).isInstanceOf(Allowed.class);
    assertThat(noReasonReturn(goods, "2026-03-11T00:00")).isInstanceOf(Refused.class);
  }

  @Test
  void civilCode203MovesTheLastDayOffAWeekendToTheEndOfMonday() {
    // Signed Saturday 7 March: day 7 is Saturday 14 March, so the period runs to the end of Monday 16 March.
    GoodsFacts goods = clothesSignedAt("2026-03-07T09:00");

    assertThat(noReasonReturn(goods, "2026-03-16T23:59")).isInstanceOf(Allowed.class);
    assertThat(noReasonReturn(goods, "2026-03-17T00:00")).isInstanceOf(Refused.class);
  }

  @Test
  void samr2017NoReasonWindowHasNotOpenedBeforeTheBuyerSigns() {
    GoodsFacts unsigned = GoodsFacts.purchased(GoodsCategory.GENERAL, shanghai("2026-02-27T10:00"));

    assertThat(noReasonReturn(unsigned, "2026-03-01T10:00")).isInstanceOfSatisfying(Refused.class,
        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_NOT_OPEN));
  }

  @Test
  void cpl25ExcludesCustomMadeFreshAndDigitalGoodsFromNoReasonReturn() {
    for (GoodsCategory category : EnumSet.of(GoodsCategory.CUSTOM_MADE, GoodsCategory.FRESH, GoodsCategory.VIRTUAL)) {
      GoodsFacts goods = GoodsFacts.purchased(category, shanghai("2026-02-27T10:00"))
          .deliveredAndSignedAt(shanghai("2026-03-02T10:00"));

      assertThat(noReasonReturn(goods, "2026-03-03T10:00")).as("%s", category).isInstanceOfSatisfying(Refused.class,
          refused -> {
            assertThat(refused.code()).isEqualTo(RefusalCode.EXCLUDED_GOODS);
            assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.law.no-reason-excluded");
          });
    }
  }

  @Test
  void cpl24ExcludedGoodsStillGetTheirQualityReturn() {
    GoodsFacts customMade = GoodsFacts.purchased(GoodsCategory.CUSTOM_MADE, shanghai("2026-02-27T10:00"))
        .deliveredAndSignedAt(shanghai("2026-03-02T10:00"));

    EligibilityDecision decision = policy.decide(EligibilityRequest.of(customMade, Reason.QUALITY_DEFECT,
        CaseType.RETURN_AND_REFUND, shanghai("2026-03-05T10:00")), SHANGHAI_WEEKDAYS);

    assertThat(decision).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().rule().id()).isEqualTo("cn.law.quality-7d"));
  }

  @Test
  void samr2017Art8NoReasonReturnNeedsTheGoodsComplete() {
    GoodsFacts used = clothesSignedAt("2026-03-02T10:00").withCondition(
        EnumSet.of(ConditionFlag.ACCESSORIES_COMPLETE, ConditionFlag.TAGS_ON, ConditionFlag.PACKAGING_INTACT));

    assertThat(noReasonReturn(used, "2026-03-03T10:00")).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.GOODS_NOT_RESALEABLE);
      assertThat(refused.message()).contains("UNUSED");
    });
  }

  @Test
  void samr2017OpenedPackagingAloneDoesNotStopANoReasonReturn() {
    GoodsFacts opened = clothesSignedAt("2026-03-02T10:00").withCondition(
        EnumSet.of(ConditionFlag.UNUSED, ConditionFlag.ACCESSORIES_COMPLETE, ConditionFlag.TAGS_ON));

    assertThat(noReasonReturn(opened, "2026-03-03T10:00")).isInstanceOf(Allowed.class);
  }

  @Test
  void cpl24QualityReturnEndsAfterSevenDaysButExchangeAndRepairGoOnForTwoYearsPastAShorterWarranty() {
    GoodsFacts kettle = clothesSignedAt("2026-03-02T10:00").withWarrantyEndingOn(LocalDate.of(2027, 3, 1));
    EligibilityRequest returnOnDay7 = EligibilityRequest.of(kettle, Reason.QUALITY_DEFECT, CaseType.RETURN_AND_REFUND,
        shanghai("2026-03-09T23:00"));

    assertThat(policy.decide(returnOnDay7, SHANGHAI_WEEKDAYS)).isInstanceOf(Allowed.class);
    EligibilityDecision onDay8 = policy.decide(returnOnDay7.at(shanghai("2026-03-10T00:00")), SHANGHAI_WEEKDAYS);
    assertThat(onDay8).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED);
      assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.law.quality-7d");
      assertThat(refused.allowed()).extracting(grant -> grant.type())
          .containsExactly(CaseType.EXCHANGE, CaseType.REPAIR);
      assertThat(refused.allowed()).allSatisfy(grant -> {
        assertThat(grant.rule().id()).isEqualTo("cn.law.quality-after-7d");
        assertThat(grant.endsAt()).contains(shanghai("2028-03-03T00:00"));
      });
    });
  }

  private EligibilityDecision quality(GoodsFacts goods, CaseType type, String at) {
    return policy.decide(EligibilityRequest.of(goods, Reason.QUALITY_DEFECT, type, shanghai(at)), SHANGHAI_WEEKDAYS);
  }

  @Test
  void cpl24ExchangeAndRepairAfterSevenDaysDoNotNeedAWarranty() {
    GoodsFacts noWarranty = clothesSignedAt("2026-03-02T10:00");

    assertThat(quality(noWarranty, CaseType.EXCHANGE, "2026-04-20T10:00")).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().rule().id()).isEqualTo("cn.law.quality-after-7d"));
    assertThat(quality(noWarranty, CaseType.REPAIR, "2027-11-30T10:00")).isInstanceOf(Allowed.class);
  }

  @Test
  void civilCode621WithoutAWarrantyTheQualityObjectionEndsTwoYearsAfterReceipt() {
    GoodsFacts noWarranty = clothesSignedAt("2026-03-02T23:30");

    assertThat(quality(noWarranty, CaseType.REPAIR, "2028-03-02T23:59:59")).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().endsAt()).contains(shanghai("2028-03-03T00:00")));
    assertThat(quality(noWarranty, CaseType.REPAIR, "2028-03-03T00:00")).isInstanceOfSatisfying(Refused.class,
        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED));
  }

  @Test
  void civilCode621AWarrantyLongerThanTwoYearsKeepsExchangeAndRepairToItsLastDay() {
    GoodsFacts sofa = clothesSignedAt("2026-03-02T10:00").withWarrantyEndingOn(LocalDate.of(2029, 3, 1));

    assertThat(quality(sofa, CaseType.EXCHANGE, "2029-03-01T20:00")).isInstanceOfSatisfying(Allowed.class, allowed -> {
      assertThat(allowed.granted().rule().id()).isEqualTo("cn.law.quality-within-warranty");
      assertThat(allowed.granted().endsAt()).contains(shanghai("2029-03-02T00:00"));
    });
  }

  private static GoodsFacts phoneBoughtAndSignedOn(String moment) {
    return GoodsFacts.purchased(GoodsCategory.ELECTRONICS, shanghai(moment)).deliveredAndSignedAt(shanghai(moment));
  }

  private EligibilityDecision sanbao(GoodsFacts goods, CaseType type, String at) {
    return policy.decide(EligibilityRequest.of(goods, Reason.QUALITY_DEFECT, type, shanghai(at))
        .withEvidence(EnumSet.of(EvidenceKind.INVOICE)), SHANGHAI_WEEKDAYS);
  }

  @Test
  void sanbaoFifteenDaysAllowExchangeToTheEndOfDay15AndNotAfter() {
    GoodsFacts phone = phoneBoughtAndSignedOn("2026-03-02T15:00");

    assertThat(sanbao(phone, CaseType.EXCHANGE, "2026-03-17T23:59")).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().rule().id()).isEqualTo("cn.sanbao.15d"));
    assertThat(sanbao(phone, CaseType.EXCHANGE, "2026-03-18T00:00")).isInstanceOfSatisfying(Refused.class,
        refused -> assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.sanbao.15d"));
    assertThat(sanbao(phone, CaseType.RETURN_AND_REFUND, "2026-03-10T00:00")).isInstanceOf(Refused.class);
  }

  /**
   * A phone bought over the counter has no signing, so only 三包 counts, from the sale. Delivered goods
   * would keep the art. 24 quality return to the seventh day after signing (cn.law.quality-7d), which
   * never ends before this one, and would name that rule instead.
   */
  @Test
  void sanbaoSevenDaysAllowReturnOfAFaultyPhoneToTheLastMomentOfDay7AfterSaleAndNotAfter() {
    GoodsFacts phone = GoodsFacts.purchased(GoodsCategory.ELECTRONICS, shanghai("2026-03-02T15:00"));

    assertThat(sanbao(phone, CaseType.RETURN_AND_REFUND, "2026-03-09T23:59:59.999"))
        .isInstanceOfSatisfying(Allowed.class, allowed -> {
          assertThat(allowed.granted().rule().id()).isEqualTo("cn.sanbao.7d");
          assertThat(allowed.granted().endsAt()).contains(shanghai("2026-03-10T00:00"));
        });
    assertThat(sanbao(phone, CaseType.RETURN_AND_REFUND, "2026-03-10T00:00")).isInstanceOfSatisfying(Refused.class,
        refused -> {
          assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED);
          assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.sanbao.7d");
          assertThat(refused.allowed()).extracting(grant -> grant.rule().id()).containsOnly("cn.sanbao.15d");
        });
  }

  @Test
  void sanbaoSevenDaysEndingOnASundayRunToTheEndOfMonday() {
    // Bought Sunday 1 March: day 7 is Sunday 8 March, so the return runs to the end of Monday 9 March.
    GoodsFacts phone = GoodsFacts.purchased(GoodsCategory.ELECTRONICS, shanghai("2026-03-01T20:00"));

    assertThat(sanbao(phone, CaseType.RETURN_AND_REFUND, "2026-03-09T23:59")).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().rule().id()).isEqualTo("cn.sanbao.7d"));
    assertThat(sanbao(phone, CaseType.RETURN_AND_REFUND, "2026-03-10T00:00")).isInstanceOfSatisfying(Refused.class,
        refused -> assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.sanbao.7d"));
  }

  @Test
  void sanbaoWarrantyRepairIsAllowedOnTheLastDayOfTheWarrantyAndRefusedAfter() {
    GoodsFacts phone = phoneBoughtAndSignedOn("2026-03-02T15:00").withWarrantyEndingOn(LocalDate.of(2027, 3, 1));

    assertThat(sanbao(phone, CaseType.REPAIR, "2027-03-01T23:59:59.999")).isInstanceOfSatisfying(Allowed.class,
        allowed -> {
          assertThat(allowed.granted().rule().id()).isEqualTo("cn.sanbao.warranty-repair");
          assertThat(allowed.granted().endsAt()).contains(shanghai("2027-03-02T00:00"));
        });
    assertThat(sanbao(phone, CaseType.REPAIR, "2027-03-02T00:00")).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED);
      assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.sanbao.warranty-repair");
    });
  }

  @Test
  void sanbaoWarrantyRepairIsNotFreeForDamageTheBuyerCaused() {
    GoodsFacts dropped = phoneBoughtAndSignedOn("2026-03-02T15:00").withWarrantyEndingOn(LocalDate.of(2027, 3, 1))
        .withBuyerCausedDamage();

    assertThat(sanbao(dropped, CaseType.REPAIR, "2026-09-01T10:00")).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.BUYER_CAUSED_DAMAGE);
      assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.sanbao.warranty-repair");
    });
  }

  private EligibilityDecision withRepairRecords(GoodsFacts goods, CaseType type, String at) {
    return policy.decide(EligibilityRequest.of(goods, Reason.QUALITY_DEFECT, type, shanghai(at))
        .withEvidence(EnumSet.of(EvidenceKind.INVOICE, EvidenceKind.REPAIR_REPORT)), SHANGHAI_WEEKDAYS);
  }

  @Test
  void sanbaoArt11TwoFailedRepairsNeedTheRepairersRecordsNotOnlyTheInvoice() {
    GoodsFacts phone = phoneBoughtAndSignedOn("2026-03-02T15:00").withWarrantyEndingOn(LocalDate.of(2027, 3, 1))
        .withFailedRepairs(2);

    assertThat(sanbao(phone, CaseType.EXCHANGE, "2026-09-01T10:00")).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.EVIDENCE_MISSING);
      assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.sanbao.two-failed-repairs");
      assertThat(refused.message()).contains("REPAIR_REPORT");
      assertThat(refused.allowed()).extracting(grant -> grant.type()).containsExactly(CaseType.REPAIR);
    });
    assertThat(withRepairRecords(phone, CaseType.EXCHANGE, "2026-09-01T10:00")).isInstanceOf(Allowed.class);
  }

  @Test
  void sanbaoAfterTwoFailedRepairsTheBuyerMayReturnWithinTheWarranty() {
    GoodsFacts phone = phoneBoughtAndSignedOn("2026-03-02T15:00").withWarrantyEndingOn(LocalDate.of(2027, 3, 1));

    assertThat(sanbao(phone.withFailedRepairs(1), CaseType.RETURN_AND_REFUND, "2026-09-01T10:00"))
        .isInstanceOfSatisfying(Refused.class, refused -> {
          assertThat(refused.code()).isEqualTo(RefusalCode.TOO_FEW_FAILED_REPAIRS);
          assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.sanbao.two-failed-repairs");
        });
    assertThat(withRepairRecords(phone.withFailedRepairs(2), CaseType.RETURN_AND_REFUND, "2026-09-01T10:00"))
        .isInstanceOfSatisfying(Allowed.class,
            allowed -> assertThat(allowed.granted().rule().id()).isEqualTo("cn.sanbao.two-failed-repairs"));
    assertThat(withRepairRecords(phone.withFailedRepairs(2), CaseType.RETURN_AND_REFUND, "2027-03-02T00:00"))
        .isInstanceOfSatisfying(Refused.class,
            refused -> assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED));
  }

  @Test
  void sanbaoRemediesAreClaimedWithTheInvoice() {
    GoodsFacts phone = phoneBoughtAndSignedOn("2026-03-02T15:00");

    EligibilityDecision decision = policy.decide(EligibilityRequest.of(phone, Reason.QUALITY_DEFECT,
        CaseType.REPAIR, shanghai("2026-03-05T10:00")), SHANGHAI_WEEKDAYS);

    assertThat(decision).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.EVIDENCE_MISSING);
      assertThat(refused.rule()).map(rule -> rule.id()).isEqualTo(Optional.of("cn.sanbao.proof-of-purchase"));
      assertThat(refused.message()).contains("PROOF_OF_PURCHASE or INVOICE");
    });
  }

  private static GoodsFacts signedOn(GoodsCategory category, String signed) {
    return GoodsFacts.purchased(category, shanghai("2026-02-27T10:00")).deliveredAndSignedAt(shanghai(signed));
  }

  @Test
  void samr2017Art6DeliveredNewspapersAndPeriodicalsTakeNoNoReasonReturn() {
    assertThat(noReasonReturn(signedOn(GoodsCategory.NEWSPAPER_PERIODICAL, "2026-03-02T10:00"), "2026-03-03T10:00"))
        .isInstanceOfSatisfying(Refused.class, refused -> {
          assertThat(refused.code()).isEqualTo(RefusalCode.EXCLUDED_GOODS);
          assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.law.no-reason-excluded");
        });
  }

  @Test
  void samr2017Art6MediaTheBuyerUnsealedTakeNoNoReasonReturnButSealedMediaDo() {
    GoodsFacts sealedCd = signedOn(GoodsCategory.SEALED_MEDIA, "2026-03-02T10:00");
    GoodsFacts unsealedCd = sealedCd.withCondition(EnumSet.complementOf(EnumSet.of(ConditionFlag.SEALED)));

    assertThat(noReasonReturn(sealedCd, "2026-03-03T10:00")).isInstanceOf(Allowed.class);
    assertThat(noReasonReturn(unsealedCd, "2026-03-03T10:00")).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.GOODS_NOT_RESALEABLE);
      assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.law.no-reason-7d-sealed-media");
    });
  }

  @Test
  void samr2017Art7GoodsAreExcludedOnlyWhenTheBuyerConfirmedAtPurchase() {
    GoodsFacts lipstick = signedOn(GoodsCategory.CONSUMABLE, "2026-03-02T10:00");

    assertThat(noReasonReturn(lipstick, "2026-03-03T10:00")).isInstanceOf(Allowed.class);
    assertThat(noReasonReturn(lipstick.withNoReasonReturnWaivedAtPurchase(), "2026-03-03T10:00"))
        .isInstanceOfSatisfying(Refused.class, refused -> {
          assertThat(refused.code()).isEqualTo(RefusalCode.EXCLUDED_GOODS);
          assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.law.no-reason-excluded-confirmed");
          assertThat(refused.message()).contains("confirmed at purchase");
        });
  }

  @Test
  void samr2017Art7ConfirmedExclusionStillLeavesTheQualityReturn() {
    GoodsFacts confirmed = signedOn(GoodsCategory.INTIMATE_APPAREL, "2026-03-02T10:00")
        .withNoReasonReturnWaivedAtPurchase();

    assertThat(quality(confirmed, CaseType.RETURN_AND_REFUND, "2026-03-04T10:00")).isInstanceOf(Allowed.class);
  }
}
