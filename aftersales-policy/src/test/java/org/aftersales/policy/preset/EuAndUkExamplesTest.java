package org.aftersales.policy.preset;

import static org.aftersales.policy.testing.Clocks.BERLIN;
import static org.aftersales.policy.testing.Clocks.BERLIN_WEEKDAYS;
import static org.aftersales.policy.testing.Clocks.LONDON;
import static org.aftersales.policy.testing.Clocks.LONDON_WEEKDAYS;
import static org.aftersales.policy.testing.Clocks.in;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.aftersales.casefile.CaseType;
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

/** 2026-03-02 is a Monday; weekends are the only rest days of the test calendars. */
class EuAndUkExamplesTest {

  private final AfterSalesPolicy eu = Presets.euConsumerRightsDirective();
  private final AfterSalesPolicy uk = Presets.ukConsumerRightsAct();

  private static Instant berlin(String local) {
    return in(BERLIN, local);
  }

  private static Instant london(String local) {
    return in(LONDON, local);
  }

  /** Two parcels: the first came on 20 February and is ignored; the window counts from the last. */
  private static GoodsFacts lastParcelDeliveredInBerlinAt(String local) {
    return GoodsFacts.purchased(GoodsCategory.GENERAL, berlin("2026-02-18T12:00"))
        .deliveredAt(berlin(local), berlin(local));
  }

  private EligibilityDecision withdrawal(GoodsFacts goods, String at) {
    return eu.decide(EligibilityRequest.of(goods, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND, berlin(at)),
        BERLIN_WEEKDAYS);
  }

  @Test
  void crdArt9WithdrawalRunsFourteenDaysFromPossessionOfTheLastItem() {
    GoodsFacts goods = lastParcelDeliveredInBerlinAt("2026-03-02T18:00");

    assertThat(withdrawal(goods, "2026-03-16T23:59")).isInstanceOfSatisfying(Allowed.class, allowed -> {
      assertThat(allowed.granted().rule().id()).isEqualTo("eu.crd.withdrawal-14d");
      assertThat(allowed.granted().endsAt()).contains(berlin("2026-03-17T00:00"));
    });
    assertThat(withdrawal(goods, "2026-03-17T00:00")).isInstanceOfSatisfying(Refused.class,
        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED));
  }

  @Test
  void regulation1182Art3MovesAWithdrawalPeriodEndingOnSundayToMonday() {
    // Delivered Sunday 1 March: day 14 is Sunday 15 March, so the period ends with Monday 16 March.
    GoodsFacts goods = lastParcelDeliveredInBerlinAt("2026-03-01T11:00");

    assertThat(withdrawal(goods, "2026-03-16T23:59")).isInstanceOf(Allowed.class);
    assertThat(withdrawal(goods, "2026-03-17T00:00")).isInstanceOf(Refused.class);
  }

  @Test
  void crdArt16eUnsealedIntimateApparelCannotBeWithdrawnButSealedCan() {
    GoodsFacts sealed = GoodsFacts.purchased(GoodsCategory.INTIMATE_APPAREL, berlin("2026-02-18T12:00"))
        .deliveredAndSignedAt(berlin("2026-03-02T18:00"));
    GoodsFacts unsealed = sealed.withCondition(EnumSet.of(ConditionFlag.UNUSED, ConditionFlag.TAGS_ON));

    assertThat(withdrawal(sealed, "2026-03-05T10:00")).isInstanceOf(Allowed.class);
    assertThat(withdrawal(unsealed, "2026-03-05T10:00")).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.GOODS_NOT_RESALEABLE);
      assertThat(refused.rule().orElseThrow().id()).isEqualTo("eu.crd.withdrawal-14d-sealed");
    });
  }

  @Test
  void crdArt16dGoodsThatDeteriorateRapidlyCannotBeWithdrawn() {
    GoodsFacts flowers = GoodsFacts.purchased(GoodsCategory.FRESH, berlin("2026-02-18T12:00"))
        .deliveredAndSignedAt(berlin("2026-03-02T18:00"));

    assertThat(withdrawal(flowers, "2026-03-03T10:00")).isInstanceOfSatisfying(Refused.class,
        refused -> assertThat(refused.rule().orElseThrow().id()).isEqualTo("eu.crd.withdrawal-excluded"));
  }

  @Test
  void crdWithdrawalNeedsNoResaleableCondition() {
    GoodsFacts used = lastParcelDeliveredInBerlinAt("2026-03-02T18:00").withCondition(EnumSet.noneOf(ConditionFlag.class));

    assertThat(withdrawal(used, "2026-03-05T10:00")).isInstanceOf(Allowed.class);
  }

  private static GoodsFacts kettleDeliveredInLondonAt(String local) {
    return GoodsFacts.purchased(GoodsCategory.GENERAL, london("2026-02-25T09:00")).deliveredAndSignedAt(london(local));
  }

  @Test
  void craS22ShortTermRightToRejectEndsThirtyDaysAfterTheDayOfDelivery() {
    GoodsFacts kettle = kettleDeliveredInLondonAt("2026-03-02T21:30");
    EligibilityRequest reject = EligibilityRequest.of(kettle, Reason.QUALITY_DEFECT, CaseType.RETURN_AND_REFUND,
        london("2026-04-01T23:59"));

    assertThat(uk.decide(reject, LONDON_WEEKDAYS)).isInstanceOfSatisfying(Allowed.class, allowed -> {
      assertThat(allowed.granted().rule().id()).isEqualTo("uk.cra.short-term-reject-30d");
      assertThat(allowed.granted().endsAt()).contains(london("2026-04-02T00:00"));
    });
    EligibilityDecision late = uk.decide(reject.at(london("2026-04-02T00:00")), LONDON_WEEKDAYS);
    assertThat(late).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED);
      assertThat(refused.allowed()).extracting(grant -> grant.rule().id())
          .containsExactly("uk.cra.repair-or-replace", "uk.cra.repair-or-replace");
    });
  }

  @Test
  void ccr2013Reg30CancellationRunsFourteenDaysAfterTheDayOfDelivery() {
    GoodsFacts kettle = kettleDeliveredInLondonAt("2026-03-02T21:30");
    EligibilityRequest cancel = EligibilityRequest.of(kettle, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND,
        london("2026-03-16T23:59"));

    assertThat(uk.decide(cancel, LONDON_WEEKDAYS)).isInstanceOf(Allowed.class);
    assertThat(uk.decide(cancel.at(london("2026-03-17T00:00")), LONDON_WEEKDAYS)).isInstanceOf(Refused.class);
  }

  @Test
  void crdArt14Para5WithdrawalChargesNoRestockingFeeInEitherPreset() {
    assertThat(eu.refund().terms().restockingFeeBasisPoints()).isZero();
    assertThat(uk.refund().terms().restockingFeeBasisPoints()).isZero();
    assertThat(eu.refund().ref().source()).contains("art. 14(5)");
  }

  private EligibilityDecision reject(GoodsFacts goods, String at) {
    return uk.decide(EligibilityRequest.of(goods, Reason.QUALITY_DEFECT, CaseType.RETURN_AND_REFUND, london(at)),
        LONDON_WEEKDAYS);
  }

  @Test
  void craS22Para4PerishableGoodsKeepAShorterRightToRejectNotNone() {
    GoodsFacts strawberries = GoodsFacts.purchased(GoodsCategory.FRESH, london("2026-03-01T09:00"))
        .deliveredAndSignedAt(london("2026-03-02T18:00"));

    assertThat(reject(strawberries, "2026-03-04T23:59")).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().rule().id()).isEqualTo("uk.cra.short-term-reject-perishable"));
    assertThat(reject(strawberries, "2026-03-05T00:00")).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED);
      assertThat(refused.rule().orElseThrow().id()).isEqualTo("uk.cra.short-term-reject-perishable");
    });
  }

  @Test
  void craS22Para3TheThirtyDaysBeginAfterTheInstallationNoticeWhenTheTraderInstalls() {
    GoodsFacts dishwasher = GoodsFacts.purchased(GoodsCategory.LARGE_APPLIANCE, london("2026-02-25T09:00"))
        .deliveredAndSignedAt(london("2026-03-02T10:00")).installedAt(london("2026-03-10T16:00"));

    assertThat(reject(dishwasher, "2026-04-09T23:59")).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().endsAt()).contains(london("2026-04-10T00:00")));
    assertThat(reject(dishwasher, "2026-04-10T00:00")).isInstanceOfSatisfying(Refused.class,
        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED));
  }

  @Test
  void crdArt16jDeliveredNewspapersAndPeriodicalsCannotBeWithdrawn() {
    GoodsFacts magazine = GoodsFacts.purchased(GoodsCategory.NEWSPAPER_PERIODICAL, berlin("2026-02-27T10:00"))
        .deliveredAndSignedAt(berlin("2026-03-02T10:00"));

    assertThat(withdrawal(magazine, "2026-03-03T10:00")).isInstanceOfSatisfying(Refused.class,
        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.EXCLUDED_GOODS));
  }

  @Test
  void crdArt16iSealedMediaCanBeWithdrawnOnlyWhileStillSealed() {
    GoodsFacts dvd = GoodsFacts.purchased(GoodsCategory.SEALED_MEDIA, berlin("2026-02-27T10:00"))
        .deliveredAndSignedAt(berlin("2026-03-02T10:00"));
    GoodsFacts unsealed = dvd.withCondition(EnumSet.complementOf(EnumSet.of(ConditionFlag.SEALED)));

    assertThat(withdrawal(dvd, "2026-03-03T10:00")).isInstanceOf(Allowed.class);
    assertThat(withdrawal(unsealed, "2026-03-03T10:00")).isInstanceOfSatisfying(Refused.class,
        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.GOODS_NOT_RESALEABLE));
  }
}
