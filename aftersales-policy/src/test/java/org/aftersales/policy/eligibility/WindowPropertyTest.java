package org.aftersales.policy.eligibility;

import static org.aftersales.policy.testing.Clocks.SHANGHAI;
import static org.aftersales.policy.testing.Clocks.SHANGHAI_WEEKDAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.source.RuleRef;
import org.aftersales.policy.testing.PolicyGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class WindowPropertyTest {

  private static EligibilityTerms onlyRule(Window window) {
    return EligibilityTerms.of(List.of(WindowRule.of(RuleRef.of("only", "test"),
        EnumSet.of(CaseType.RETURN_AND_REFUND), EnumSet.of(Reason.CHANGED_MIND), window)), List.of());
  }

  @Test
  void aRequestAnyMomentBeforeTheWindowEndsIsAllowedAndAnyMomentFromItsEndOnIsRefused() {
    qt().forAll(PolicyGen.periods(), PolicyGen.goods(), Generate.longRange(0, 200L * 24 * 3600),
        Generate.booleans()).checkAssert((period, goods, offset, before) -> {
          if (period.anchor().instantOf(goods).isEmpty()) {
            // Goods delivered before the promised time: a delay window never opens.
            EligibilityRequest any = EligibilityRequest.of(goods, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND,
                goods.purchasedAt().plusSeconds(offset));
            assertThat(onlyRule(period).decide(any, SHANGHAI_WEEKDAYS)).isInstanceOfSatisfying(
                EligibilityDecision.Refused.class, refused -> assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_NOT_OPEN));
            return;
          }
          Instant opens = period.anchor().instantOf(goods).orElseThrow();
          Instant ends = period.span(goods, SHANGHAI_WEEKDAYS).orElseThrow().endsAt().orElseThrow();
          long open = ends.getEpochSecond() - opens.getEpochSecond();
          Instant at = before ? ends.minusSeconds(1 + offset % open) : ends.plusSeconds(offset);
          // Resaleable and undamaged, so only the window can refuse.
          GoodsFacts fine = new GoodsFacts(goods.category(), EnumSet.allOf(ConditionFlag.class), goods.purchasedAt(),
              goods.deliveredAt(), goods.signedAt(), goods.promisedDeliveryBy(), goods.warrantyEndsOn(), 0, false,
              goods.installedAt(), goods.noReasonReturnWaivedAtPurchase());
          EligibilityRequest request = EligibilityRequest.of(fine, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND, at);

          EligibilityDecision decision = onlyRule(period).decide(request, SHANGHAI_WEEKDAYS);

          if (before) {
            assertThat(decision).isInstanceOfSatisfying(EligibilityDecision.Allowed.class,
                allowed -> assertThat(allowed.granted().endsAt()).contains(ends));
          } else {
            assertThat(decision).isInstanceOfSatisfying(EligibilityDecision.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED));
          }
        });
  }

  @Test
  void aDayCountedWindowEndsAtLocalMidnightAfterItsLastDayCountedFromTheDayAfterTheAnchor() {
    qt().forAll(PolicyGen.periods(), PolicyGen.goods())
        .assuming((period, goods) -> period.unit() != WindowUnit.HOURS && period.anchor().instantOf(goods).isPresent())
        .checkAssert((period, goods) -> {
          Instant ends = period.span(goods, SHANGHAI_WEEKDAYS).orElseThrow().endsAt().orElseThrow();
          LocalDate anchorDay = LocalDate.ofInstant(period.anchor().instantOf(goods).orElseThrow(), SHANGHAI);
          assertThat(ends.atZone(SHANGHAI).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
          LocalDate lastDay = LocalDate.ofInstant(ends, SHANGHAI).minusDays(1);

          // The day the count lands on, from the unit's definition; the anchor's own day never counts.
          LocalDate counted;
          if (period.unit() == WindowUnit.CALENDAR_DAYS) {
            counted = anchorDay.plusDays(period.length());
          } else if (period.unit() == WindowUnit.MONTHS) {
            counted = anchorDay.plusMonths(period.length());
          } else {
            counted = lastDay;
            while (!SHANGHAI_WEEKDAYS.isWorkingDay(counted)
                || SHANGHAI_WEEKDAYS.workingDaysBetween(anchorDay.plusDays(1), counted.plusDays(1)) > period.length()) {
              counted = counted.minusDays(1);
            }
            assertThat(SHANGHAI_WEEKDAYS.workingDaysBetween(anchorDay.plusDays(1), counted.plusDays(1)))
                .isEqualTo(period.length());
          }
          if (period.lastDay() == LastDayRule.AS_COUNTED) {
            assertThat(lastDay).isEqualTo(counted);
          } else {
            assertThat(lastDay).isAfterOrEqualTo(counted);
            assertThat(SHANGHAI_WEEKDAYS.isWorkingDay(lastDay)).isTrue();
            assertThat(counted.datesUntil(lastDay)).allMatch(day -> !SHANGHAI_WEEKDAYS.isWorkingDay(day));
          }
        });
  }

  @Test
  void excludedGoodsGetEverySellerFaultRemedyTheyWouldGetWithoutExclusions() {
    qt().forAll(PolicyGen.policies(), PolicyGen.goods(), Generate.pick(List.copyOf(
        EnumSet.complementOf(EnumSet.copyOf(ReasonSets.noReason())))), Generate.longRange(0, 900L * 24 * 3600))
        .checkAssert((policy, goods, sellerFault, offset) -> {
          EligibilityTerms withoutExclusions = EligibilityTerms.of(policy.eligibility().windows(), List.of());
          for (CaseType type : CaseType.values()) {
            EligibilityRequest request = EligibilityRequest.of(goods, sellerFault, type,
                goods.purchasedAt().plusSeconds(offset));

            assertThat(policy.eligibility().decide(request, SHANGHAI_WEEKDAYS))
                .isEqualTo(withoutExclusions.decide(request, SHANGHAI_WEEKDAYS));
          }
        });
  }

  @Test
  void aTypeAllowedAtSomeMomentStaysAllowedAtEveryLaterMomentBeforeItsGrantEnds() {
    qt().forAll(PolicyGen.policies(), PolicyGen.goods(), Generate.enumValues(Reason.class),
        Generate.longRange(0, 900L * 24 * 3600)).checkAssert((policy, goods, reason, offset) -> {
          Instant at = goods.purchasedAt().plusSeconds(offset);
          for (CaseType type : CaseType.values()) {
            EligibilityRequest request = EligibilityRequest.of(goods, reason, type, at);
            EligibilityDecision decision = policy.eligibility().decide(request, SHANGHAI_WEEKDAYS);
            if (decision instanceof EligibilityDecision.Allowed allowed) {
              Instant later = allowed.granted().endsAt()
                  .map(end -> at.plusSeconds((end.getEpochSecond() - at.getEpochSecond() - 1) / 2))
                  .orElse(at.plusSeconds(3_650L * 24 * 3600));

              allowed.allowed().forEach(grant -> grant.endsAt().ifPresent(end -> assertThat(end).isAfter(at)));
              assertThat(policy.eligibility().decide(request.at(later), SHANGHAI_WEEKDAYS))
                  .isInstanceOf(EligibilityDecision.Allowed.class);
            }
          }
        });
  }
}
