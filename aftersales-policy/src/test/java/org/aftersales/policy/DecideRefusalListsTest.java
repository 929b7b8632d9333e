package org.aftersales.policy;

import static org.aftersales.policy.testing.Clocks.SHANGHAI_WEEKDAYS;
import static org.aftersales.policy.testing.Clocks.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.channel.ChannelTerms;
import org.aftersales.policy.eligibility.EligibilityDecision.Refused;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.eligibility.Grant;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.GoodsFacts;
import org.aftersales.policy.eligibility.RefusalCode;
import org.aftersales.policy.preset.Presets;
import org.aftersales.policy.source.RuleRef;
import org.junit.jupiter.api.Test;

/** What a refusal of {@link AfterSalesPolicy#decide} offers instead, and how it names the accepted channels. */
class DecideRefusalListsTest {

  private static final GoodsFacts SHIRT = GoodsFacts.purchased(GoodsCategory.GENERAL, shanghai("2026-03-02T08:00"))
      .deliveredAndSignedAt(shanghai("2026-03-03T10:00"));

  @Test
  void marketEvidenceFaultPhotosRefusalOffersOnlyTheOtherCaseTypesNotTheRefusedOne() {
    EligibilityRequest withoutPhotos = EligibilityRequest.of(SHIRT, Reason.QUALITY_DEFECT, CaseType.RETURN_AND_REFUND,
        shanghai("2026-03-04T10:00"));

    assertThat(Presets.chinaMarketplace().decide(withoutPhotos, SHANGHAI_WEEKDAYS)).isInstanceOfSatisfying(
        Refused.class, refused -> {
          assertThat(refused.code()).isEqualTo(RefusalCode.EVIDENCE_MISSING);
          assertThat(refused.rule().orElseThrow().id()).isEqualTo("cn.market.evidence.fault-photos");
          assertThat(refused.allowed()).extracting(Grant::type).doesNotContain(CaseType.RETURN_AND_REFUND)
              .contains(CaseType.EXCHANGE, CaseType.REPAIR);
        });
  }

  @Test
  void channelRefusalListsTheAcceptedChannelsInChannelOrderWhateverOrderTheyWereGivenIn() {
    AfterSalesPolicy webAndChat = withChannels(EnumSet.of(Channel.CHAT, Channel.WEB, Channel.APP));
    EligibilityRequest byPhone = EligibilityRequest.of(SHIRT, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND,
        shanghai("2026-03-04T10:00")).via(Channel.PHONE);

    assertThat(webAndChat.decide(byPhone, SHANGHAI_WEEKDAYS)).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(RefusalCode.CHANNEL_NOT_ACCEPTED);
      assertThat(refused.message()).contains("accepted: [WEB, APP, CHAT] (rule");
    });
  }

  private static AfterSalesPolicy withChannels(EnumSet<Channel> accepted) {
    AfterSalesPolicy market = Presets.chinaMarketplace();
    return new AfterSalesPolicy(market.name(), market.eligibility(), market.evidence(), market.sla(),
        ChannelTerms.of(RuleRef.of("shop.channels", "shop: app, chat and web only"), accepted), market.shipping(),
        market.refund());
  }
}
