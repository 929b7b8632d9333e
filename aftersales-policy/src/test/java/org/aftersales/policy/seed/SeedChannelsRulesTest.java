package org.aftersales.policy.seed;

import static org.aftersales.policy.testing.Clocks.SHANGHAI_WEEKDAYS;
import static org.aftersales.policy.testing.Clocks.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.EligibilityDecision.Allowed;
import org.aftersales.policy.eligibility.EligibilityDecision.Refused;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.GoodsFacts;
import org.aftersales.policy.eligibility.RefusalCode;
import org.aftersales.policy.testing.SeedDocument;
import org.junit.jupiter.api.Test;

/**
 * The "Channels and follow-up" lines of seed-rules.md that a policy states, as a shop's JSON shown
 * deciding. (Tracking, rating and metrics are the core's and later issues' business.)
 */
class SeedChannelsRulesTest {

  private static final String NO_REASON_WINDOW = """
      {"windows": [{"id": "shop.no-reason-7d", "source": "seed: no-reason return within 7 days of receipt",
                    "types": ["RETURN_AND_REFUND", "EXCHANGE"], "reasons": ["CHANGED_MIND"],
                    "window": {"type": "PERIOD", "anchor": "SIGNED", "length": 7, "unit": "CALENDAR_DAYS"}}],
       "exclusions": []}
      """;

  private static EligibilityRequest noReasonReturn() {
    GoodsFacts mug = GoodsFacts.purchased(GoodsCategory.GENERAL, shanghai("2026-03-01T10:00"))
        .deliveredAndSignedAt(shanghai("2026-03-02T10:00"));
    return EligibilityRequest.of(mug, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND, shanghai("2026-03-04T10:00"));
  }

  @Test
  void seedRequestsComeFromTheWebShopTheAppCustomerServicePhoneOrChat() {
    AfterSalesPolicy everyChannel = SeedDocument.shop().eligibility(NO_REASON_WINDOW).channels("""
        {"id": "shop.channels", "source": "seed: web shop, mobile app, customer-service staff, phone or chat",
         "accepted": ["WEB", "APP", "CUSTOMER_SERVICE", "PHONE", "CHAT"]}
        """).read();
    AfterSalesPolicy appAndWebOnly = SeedDocument.shop().eligibility(NO_REASON_WINDOW).channels("""
        {"id": "shop.online-only", "source": "a shop that takes requests online only", "accepted": ["WEB", "APP"]}
        """).read();

    for (Channel channel : Channel.values()) {
      assertThat(everyChannel.decide(noReasonReturn().via(channel), SHANGHAI_WEEKDAYS)).as("%s", channel)
          .isInstanceOf(Allowed.class);
    }
    assertThat(appAndWebOnly.decide(noReasonReturn().via(Channel.PHONE), SHANGHAI_WEEKDAYS))
        .isInstanceOfSatisfying(Refused.class, refused -> {
          assertThat(refused.code()).isEqualTo(RefusalCode.CHANNEL_NOT_ACCEPTED);
          assertThat(refused.rule().orElseThrow().id()).isEqualTo("shop.online-only");
        });
  }

  @Test
  void seedSuspectedAbusiveReturnersFaceStricterEvidenceRules() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility(NO_REASON_WINDOW).evidence("""
        {"rules": [{"id": "platform.flagged-buyer-video", "source": "seed: flagged abusive returners face stricter evidence rules",
                    "occasion": "BUYER_REQUEST", "standings": ["FLAGGED"], "required": [["VIDEO"]]}]}
        """).read();

    assertThat(policy.decide(noReasonReturn(), SHANGHAI_WEEKDAYS)).isInstanceOf(Allowed.class);
    assertThat(policy.decide(noReasonReturn().by(BuyerStanding.FLAGGED), SHANGHAI_WEEKDAYS))
        .isInstanceOfSatisfying(Refused.class, refused -> {
          assertThat(refused.code()).isEqualTo(RefusalCode.EVIDENCE_MISSING);
          assertThat(refused.rule().orElseThrow().id()).isEqualTo("platform.flagged-buyer-video");
        });
    assertThat(policy.decide(noReasonReturn().by(BuyerStanding.FLAGGED).withEvidence(EnumSet.of(EvidenceKind.VIDEO)),
        SHANGHAI_WEEKDAYS)).isInstanceOf(Allowed.class);
  }

  @Test
  void seedSmallNoReasonReturnsFromTrustedBuyersAreRefundedAutomatically() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility(NO_REASON_WINDOW).channels("""
        {"id": "shop.channels", "source": "seed: every channel", "accepted": ["WEB", "APP", "CUSTOMER_SERVICE", "PHONE", "CHAT"],
         "autoRefund": {"id": "platform.trusted-auto-refund",
                        "source": "seed: small no-reason returns from trusted buyers may be refunded automatically",
                        "reasons": ["CHANGED_MIND"], "upTo": "CNY 50.00"}}
        """).read();
    EligibilityRequest trusted = noReasonReturn().by(BuyerStanding.TRUSTED);

    assertThat(policy.decide(trusted.claiming(Money.parse("CNY 50.00")), SHANGHAI_WEEKDAYS))
        .isInstanceOfSatisfying(Allowed.class, allowed -> assertThat(allowed.autoRefund())
            .hasValueSatisfying(rule -> assertThat(rule.id()).isEqualTo("platform.trusted-auto-refund")));
    assertThat(((Allowed) policy.decide(trusted.claiming(Money.parse("CNY 50.01")), SHANGHAI_WEEKDAYS)).autoRefund())
        .as("above the limit").isEmpty();
    assertThat(((Allowed) policy.decide(noReasonReturn().claiming(Money.parse("CNY 5.00")), SHANGHAI_WEEKDAYS))
        .autoRefund()).as("a buyer not trusted").isEmpty();
    assertThat(((Allowed) policy.decide(trusted.asking(CaseType.EXCHANGE), SHANGHAI_WEEKDAYS)).autoRefund())
        .as("an exchange asks no money back").isEmpty();
    assertThat(((Allowed) policy.decide(trusted.claiming(Money.parse("USD 1.00")), SHANGHAI_WEEKDAYS)).autoRefund())
        .as("another currency").isEmpty();
  }
}
