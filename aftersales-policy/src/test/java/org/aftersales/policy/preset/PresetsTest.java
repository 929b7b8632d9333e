package org.aftersales.policy.preset;

import static org.aftersales.policy.testing.Clocks.SHANGHAI_WEEKDAYS;
import static org.aftersales.policy.testing.Clocks.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aftersales.application.TenantPolicy;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.money.Money;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.EligibilityDecision.Allowed;
import org.aftersales.policy.eligibility.EligibilityDecision.Refused;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.GoodsFacts;
import org.aftersales.policy.eligibility.RefusalCode;
import org.aftersales.policy.eligibility.RemedyCost;
import org.aftersales.policy.source.RuleRef;
import org.aftersales.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PresetsTest {

  static Stream<AfterSalesPolicy> presets() {
    return Presets.all().stream();
  }

  @ParameterizedTest(name = "{index}: every rule of the preset cites a source and has an id of its own")
  @MethodSource("presets")
  void everyRuleCitesItsSource(AfterSalesPolicy preset) {
    List<RuleRef> rules = preset.rules();
    Set<String> ids = new HashSet<>();

    assertThat(rules).isNotEmpty().allSatisfy(rule -> {
      assertThat(ids.add(rule.id())).as("unique id %s", rule.id()).isTrue();
      assertThat(rule.source()).as(rule.id()).hasSizeGreaterThan(20);
    });
  }

  @ParameterizedTest(name = "{index}: the preset's time limits make a tenant policy the core accepts")
  @MethodSource("presets")
  void eachPresetsTimeLimitsRunInTheCore(AfterSalesPolicy preset) {
    TenantPolicy tenant = TenantPolicy.of(preset.slaPolicy(), SHANGHAI_WEEKDAYS, Fixtures.WAREHOUSE);

    assertThat(tenant.sla().rule(CaseType.RETURN_AND_REFUND, DeadlineKind.MERCHANT_RESPONSE)).isPresent();
    assertThat(preset.sla().source(CaseType.RETURN_AND_REFUND, DeadlineKind.MERCHANT_RESPONSE)).isPresent();
  }

  @Test
  void chinaMarketplaceApprovesWhenTheMerchantIsSilentFor24HoursAndRulesArbitrationsIn5WorkingDays() {
    AfterSalesPolicy marketplace = Presets.chinaMarketplace();

    assertThat(marketplace.slaPolicy().rule(CaseType.EXCHANGE, DeadlineKind.MERCHANT_RESPONSE)).hasValueSatisfying(rule -> {
      assertThat(rule.limit()).isEqualTo(SlaLimit.hours(24));
      assertThat(rule.defaultAction()).isEqualTo(DefaultAction.APPROVE);
      assertThat(rule.remindBefore()).containsExactly(Duration.ofHours(6));
    });
    assertThat(marketplace.slaPolicy().rule(CaseType.REPAIR, DeadlineKind.PLATFORM_RULING)).hasValueSatisfying(rule -> {
      assertThat(rule.limit()).isEqualTo(SlaLimit.workingDays(5));
      assertThat(rule.defaultAction()).isEqualTo(DefaultAction.RULE_FOR_BUYER);
    });
    assertThat(marketplace.sla().source(CaseType.REPAIR, DeadlineKind.PLATFORM_RULING).orElseThrow().source())
        .contains("5 working days");
  }

  @Test
  void chinaStatutoryGivesTheSellerSevenDaysFromReceiptOfTheReturnToRefund() {
    assertThat(Presets.chinaStatutory().slaPolicy().rule(CaseType.RETURN_AND_REFUND, DeadlineKind.INSPECTION))
        .hasValueSatisfying(rule -> assertThat(rule.limit()).isEqualTo(SlaLimit.calendarDays(7)));
  }

  @Test
  void chinaMarketplaceFreshProduceIsRefundedWithoutReturnOnlyWithinTwoHoursOfSigning() {
    GoodsFacts fish = GoodsFacts.purchased(GoodsCategory.FRESH, shanghai("2026-03-02T08:00"))
        .deliveredAndSignedAt(shanghai("2026-03-02T10:00"));
    EligibilityRequest claim = EligibilityRequest.of(fish, Reason.QUALITY_DEFECT, CaseType.REFUND_ONLY,
        shanghai("2026-03-02T11:00")).withEvidence(EnumSet.of(EvidenceKind.PHOTO));

    assertThat(Presets.chinaMarketplace().decide(claim, SHANGHAI_WEEKDAYS)).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().rule().id()).isEqualTo("cn.market.fresh-2h"));
    assertThat(Presets.chinaMarketplace().decide(claim.at(shanghai("2026-03-02T12:00")), SHANGHAI_WEEKDAYS))
        .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.code()).isEqualTo(RefusalCode.WINDOW_CLOSED));
  }

  @Test
  void chinaMarketplaceRepairsBuyerDamageAtTheBuyersCostAndRefundsSmallTrustedReturnsAutomatically() {
    GoodsFacts dropped = GoodsFacts.purchased(GoodsCategory.ELECTRONICS, shanghai("2026-03-02T08:00"))
        .deliveredAndSignedAt(shanghai("2026-03-03T10:00")).withBuyerCausedDamage();
    EligibilityRequest repair = EligibilityRequest.of(dropped, Reason.QUALITY_DEFECT, CaseType.REPAIR,
        shanghai("2026-05-01T10:00")).withEvidence(EnumSet.of(EvidenceKind.PHOTO, EvidenceKind.INVOICE));
    GoodsFacts socks = GoodsFacts.purchased(GoodsCategory.GENERAL, shanghai("2026-03-02T08:00"))
        .deliveredAndSignedAt(shanghai("2026-03-03T10:00"));
    EligibilityRequest smallReturn = EligibilityRequest.of(socks, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND,
        shanghai("2026-03-05T10:00")).by(BuyerStanding.TRUSTED).claiming(Money.parse("CNY 19.90"));

    assertThat(Presets.chinaMarketplace().decide(repair, SHANGHAI_WEEKDAYS)).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().cost()).isEqualTo(RemedyCost.BUYER_PAYS));
    assertThat(Presets.chinaMarketplace().decide(smallReturn, SHANGHAI_WEEKDAYS)).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.autoRefund()).map(RuleRef::id).contains("cn.market.auto-refund"));
  }
}
