package org.aftersales.policy.eligibility;

import static org.aftersales.policy.testing.Clocks.BERLIN;
import static org.aftersales.policy.testing.Clocks.BERLIN_WEEKDAYS;
import static org.aftersales.policy.testing.Clocks.SHANGHAI_WEEKDAYS;
import static org.aftersales.policy.testing.Clocks.in;
import static org.aftersales.policy.testing.Clocks.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.eligibility.EligibilityDecision.Allowed;
import org.aftersales.policy.eligibility.EligibilityDecision.Refused;
import org.aftersales.policy.preset.Presets;
import org.aftersales.policy.source.RuleRef;
import org.junit.jupiter.api.Test;

/**
 * Window ends at the edges: the last moment of the last day in the shop's zone, Golden Week and
 * its make-up working day on the mainland calendar, Berlin's clock changes, month ends.
 * 2026: 1-7 October are holidays, Saturday 10 October is a make-up working day.
 */
class StatutoryWindowBoundariesTest {

  private static final WorkingCalendar MAINLAND = ChinaCalendars.mainland();
  private final AfterSalesPolicy china = Presets.chinaStatutory();
  private final AfterSalesPolicy eu = Presets.euConsumerRightsDirective();

  private static GoodsFacts clothesSignedAt(String local) {
    return GoodsFacts.purchased(GoodsCategory.GENERAL, shanghai("2026-09-01T10:00")).deliveredAndSignedAt(shanghai(local));
  }

  private EligibilityDecision noReasonReturn(GoodsFacts goods, Instant at, WorkingCalendar calendar) {
    return china.decide(EligibilityRequest.of(goods, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND, at), calendar);
  }

  private static void endsAt(EligibilityDecision decision, Instant end) {
    assertThat(decision).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().endsAt()).contains(end));
  }

  @Test
  void samr2017AndCivilCode203SevenDaysEndingOnNationalDayRunToTheEndOfTheFirstWorkingDayAfterGoldenWeek() {
    // Signed Thursday 24 September at 23:59: days 25 September to 1 October; 1 October is a holiday, as are 2 to 7.
    GoodsFacts goods = clothesSignedAt("2026-09-24T23:59");

    endsAt(noReasonReturn(goods, shanghai("2026-10-08T23:59:59.999999999"), MAINLAND), shanghai("2026-10-09T00:00"));
    assertThat(noReasonReturn(goods, shanghai("2026-10-09T00:00"), MAINLAND)).isInstanceOfSatisfying(Refused.class,
        refused -> {
          assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED);
          assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.law.no-reason-7d");
        });
  }

  @Test
  void civilCode203DoesNotMoveALastDayThatIsAMakeUpWorkingSaturday() {
    // Signed 3 October at 00:00: the seventh day is Saturday 10 October, a working day on the mainland.
    GoodsFacts goods = clothesSignedAt("2026-10-03T00:00");

    endsAt(noReasonReturn(goods, shanghai("2026-10-10T23:59"), MAINLAND), shanghai("2026-10-11T00:00"));
    assertThat(noReasonReturn(goods, shanghai("2026-10-11T00:00"), MAINLAND)).isInstanceOf(Refused.class);
    // A weekends-only calendar knows no make-up days and moves the end to Monday.
    endsAt(noReasonReturn(goods, shanghai("2026-10-11T00:00"), SHANGHAI_WEEKDAYS), shanghai("2026-10-13T00:00"));
  }

  @Test
  void samr2017SigningAtMidnightCountsFromTheNextDayLikeSigningAMinuteBeforeTheDayEnds() {
    // Tuesday 8 September at 00:00 is day 0; a millisecond earlier, Monday 7 September is.
    GoodsFacts atMidnight = clothesSignedAt("2026-09-08T00:00");
    GoodsFacts justBefore = clothesSignedAt("2026-09-07T23:59:59.999");

    endsAt(noReasonReturn(atMidnight, shanghai("2026-09-08T00:00"), MAINLAND), shanghai("2026-09-16T00:00"));
    endsAt(noReasonReturn(justBefore, shanghai("2026-09-08T00:00"), MAINLAND), shanghai("2026-09-15T00:00"));
  }

  @Test
  void seedThreeWorkingDaysOfReceiptSkipGoldenWeekAndCountTheMakeUpSaturday() {
    EligibilityTerms shop = EligibilityTerms.of(List.of(WindowRule.of(
        RuleRef.of("shop.quality-3wd", "seed: quality return or exchange within 3 working days of receipt"),
        EnumSet.of(CaseType.RETURN_AND_REFUND, CaseType.EXCHANGE), ReasonSets.goodsFaults(),
        Window.period(Anchor.SIGNED, 3, WindowUnit.WORKING_DAYS))), List.of());
    // Signed Wednesday 30 September: working days 8, 9 and (make-up) Saturday 10 October.
    GoodsFacts goods = clothesSignedAt("2026-09-30T20:00");
    EligibilityRequest request = EligibilityRequest.of(goods, Reason.QUALITY_DEFECT, CaseType.EXCHANGE,
        shanghai("2026-10-10T23:59"));

    endsAt(shop.decide(request, MAINLAND), shanghai("2026-10-11T00:00"));
    assertThat(shop.decide(request.at(shanghai("2026-10-11T00:00")), MAINLAND)).isInstanceOf(Refused.class);
  }

  private EligibilityDecision withdrawal(String deliveredLocal, String atLocal) {
    GoodsFacts goods = GoodsFacts.purchased(GoodsCategory.GENERAL, in(BERLIN, "2026-03-01T09:00"))
        .deliveredAndSignedAt(in(BERLIN, deliveredLocal));
    return eu.decide(EligibilityRequest.of(goods, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND,
        in(BERLIN, atLocal)), BERLIN_WEEKDAYS);
  }

  @Test
  void crdArt9AndRegulation1182WithdrawalEndingOnTheSundayClocksGoForwardEndsWithMondayInSummerTime() {
    // Delivered Sunday 15 March; day 14 is Sunday 29 March, when Berlin moves to UTC+2.
    endsAt(withdrawal("2026-03-15T10:00", "2026-03-30T23:59:59.999"), Instant.parse("2026-03-30T22:00:00Z"));
    assertThat(withdrawal("2026-03-15T10:00", "2026-03-31T00:00")).isInstanceOf(Refused.class);
  }

  @Test
  void crdArt9AndRegulation1182WithdrawalEndingOnTheSundayClocksGoBackEndsWithMondayInWinterTime() {
    // Delivered Sunday 11 October; day 14 is Sunday 25 October, when Berlin moves back to UTC+1.
    endsAt(withdrawal("2026-10-11T10:00", "2026-10-26T23:59:59.999"), Instant.parse("2026-10-26T23:00:00Z"));
    assertThat(withdrawal("2026-10-11T10:00", "2026-10-27T00:00")).isInstanceOf(Refused.class);
  }

  @Test
  void civilCode202AMonthFromTheThirtyFirstOfJanuaryEndsOnTheLastDayOfFebruary() {
    EligibilityTerms shop = EligibilityTerms.of(List.of(WindowRule.of(
        RuleRef.of("shop.repair-1m", "shop: repair within a month of purchase"), EnumSet.of(CaseType.REPAIR),
        ReasonSets.goodsFaults(), Window.period(Anchor.PURCHASED, 1, WindowUnit.MONTHS))), List.of());
    GoodsFacts bought = GoodsFacts.purchased(GoodsCategory.GENERAL, shanghai("2026-01-31T20:00"));
    EligibilityRequest repair = EligibilityRequest.of(bought, Reason.QUALITY_DEFECT, CaseType.REPAIR,
        shanghai("2026-02-28T23:59"));

    endsAt(shop.decide(repair, MAINLAND), shanghai("2026-03-01T00:00"));
    assertThat(shop.decide(repair.at(shanghai("2026-03-01T00:00")), MAINLAND)).isInstanceOf(Refused.class);
  }

  @Test
  void seedBuyerCausedDamageGetsOnlyThePaidRepairInsideTheWarranty() {
    GoodsFacts dropped = GoodsFacts.purchased(GoodsCategory.ELECTRONICS, shanghai("2026-03-02T10:00"))
        .deliveredAndSignedAt(shanghai("2026-03-03T10:00")).withWarrantyEndingOn(LocalDate.of(2027, 3, 2))
        .withBuyerCausedDamage();
    EligibilityRequest repair = EligibilityRequest.of(dropped, Reason.QUALITY_DEFECT, CaseType.REPAIR,
        shanghai("2026-03-04T10:00")).withEvidence(EnumSet.of(EvidenceKind.INVOICE, EvidenceKind.PHOTO));

    assertThat(Presets.chinaMarketplace().decide(repair, MAINLAND)).isInstanceOfSatisfying(Allowed.class, allowed -> {
      assertThat(allowed.granted().cost()).isEqualTo(RemedyCost.BUYER_PAYS);
      assertThat(allowed.granted().rule().id()).isEqualTo("cn.market.paid-repair");
      assertThat(allowed.allowed()).allSatisfy(grant -> assertThat(grant.cost()).isEqualTo(RemedyCost.BUYER_PAYS));
    });
    assertThat(china.decide(repair, MAINLAND)).isInstanceOfSatisfying(Refused.class,
        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.BUYER_CAUSED_DAMAGE));
  }
}
