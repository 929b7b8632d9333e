package org.aftersales.policy.eligibility;

import static org.aftersales.policy.testing.Clocks.SHANGHAI_WEEKDAYS;
import static org.aftersales.policy.testing.Clocks.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.eligibility.EligibilityDecision.Allowed;
import org.aftersales.policy.eligibility.EligibilityDecision.Refused;
import org.aftersales.policy.source.RuleRef;
import org.junit.jupiter.api.Test;

/** 2026-03-02 is a Monday. */
class RefusalNamesTheRightRuleTest {

  private static final WindowRule DELAY = WindowRule.of(
      RuleRef.of("shop.delivery-delay", "seed: delivery delay beyond the promised time, compensation or refund"),
      EnumSet.of(CaseType.REFUND_ONLY), EnumSet.of(Reason.DELIVERY_DELAY),
      Window.period(Anchor.PROMISED_DELIVERY, 15, WindowUnit.CALENDAR_DAYS));

  private static GoodsFacts promisedByWednesdayEvening() {
    return GoodsFacts.purchased(GoodsCategory.GENERAL, shanghai("2026-03-02T09:00"))
        .withPromisedDeliveryBy(shanghai("2026-03-04T18:00"));
  }

  private static EligibilityDecision delayClaim(GoodsFacts goods) {
    return EligibilityTerms.of(List.of(DELAY), List.of()).decide(EligibilityRequest.of(goods,
        Reason.DELIVERY_DELAY, CaseType.REFUND_ONLY, shanghai("2026-03-06T10:00")), SHANGHAI_WEEKDAYS);
  }

  @Test
  void seedDeliveryDelayIsNoClaimForGoodsDeliveredBeforeThePromisedTime() {
    GoodsFacts onTime = promisedByWednesdayEvening()
        .deliveredAt(shanghai("2026-03-04T11:00"), shanghai("2026-03-04T11:05"));

    assertThat(delayClaim(onTime)).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_NOT_OPEN);
      assertThat(refused.rule().orElseThrow().id()).isEqualTo("shop.delivery-delay");
      assertThat(refused.message()).contains("never opens: the goods were delivered in time");
    });
  }

  @Test
  void seedDeliveryDelayIsAClaimForGoodsDeliveredAfterThePromisedTimeOrNotAtAll() {
    GoodsFacts late = promisedByWednesdayEvening()
        .deliveredAt(shanghai("2026-03-04T18:01"), shanghai("2026-03-04T18:05"));

    assertThat(delayClaim(late)).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().endsAt()).contains(shanghai("2026-03-20T00:00")));
    assertThat(delayClaim(promisedByWednesdayEvening())).isInstanceOf(Allowed.class);
  }

  @Test
  void anExcludedCategoryNoWindowCoversIsRefusedNamingTheExclusionNotAsNoRule() {
    EligibilityTerms shop = EligibilityTerms.of(
        List.of(WindowRule.of(RuleRef.of("shop.no-reason-7d", "seed: 7 days no-reason for clothes"),
                EnumSet.of(CaseType.RETURN_AND_REFUND), ReasonSets.noReason(),
                Window.period(Anchor.SIGNED, 7, WindowUnit.CALENDAR_DAYS))
            .withCategories(EnumSet.of(GoodsCategory.GENERAL))),
        List.of(ExclusionRule.of(RuleRef.of("shop.fresh-excluded", "seed: fresh produce, no no-reason return"),
            EnumSet.of(GoodsCategory.FRESH), ReasonSets.noReason())));
    GoodsFacts strawberries = GoodsFacts.purchased(GoodsCategory.FRESH, shanghai("2026-03-02T09:00"))
        .deliveredAndSignedAt(shanghai("2026-03-03T09:00"));

    EligibilityDecision decision = shop.decide(EligibilityRequest.of(strawberries, Reason.CHANGED_MIND,
        CaseType.RETURN_AND_REFUND, shanghai("2026-03-03T10:00")), SHANGHAI_WEEKDAYS);

    assertThat(decision).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.EXCLUDED_GOODS);
      assertThat(refused.rule().orElseThrow().id()).isEqualTo("shop.fresh-excluded");
      assertThat(refused.message()).contains("FRESH goods are excluded from CHANGED_MIND", "shop.fresh-excluded");
    });
  }

  @Test
  void aReasonNoRuleSpeaksOfAndNoExclusionTakesAwayIsStillNoRule() {
    EligibilityTerms shop = EligibilityTerms.of(List.of(DELAY), List.of());
    GoodsFacts goods = promisedByWednesdayEvening();

    EligibilityDecision decision = shop.decide(EligibilityRequest.of(goods, Reason.CHANGED_MIND,
        CaseType.RETURN_AND_REFUND, shanghai("2026-03-03T10:00")), SHANGHAI_WEEKDAYS);

    assertThat(decision).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.NO_RULE);
      assertThat(refused.rule()).isEmpty();
    });
  }
}
