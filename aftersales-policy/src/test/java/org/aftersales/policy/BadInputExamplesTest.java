package org.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.InvalidSlaPolicyException;
import org.aftersales.casefile.Reason;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.money.Money;
import org.aftersales.policy.channel.AutoRefundRule;
import org.aftersales.policy.channel.ChannelTerms;
import org.aftersales.policy.eligibility.Anchor;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.eligibility.EligibilityTerms;
import org.aftersales.policy.eligibility.ExclusionRule;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.GoodsFacts;
import org.aftersales.policy.eligibility.LastDayRule;
import org.aftersales.policy.eligibility.Window;
import org.aftersales.policy.eligibility.WindowRule;
import org.aftersales.policy.eligibility.WindowUnit;
import org.aftersales.policy.evidence.EvidenceOccasion;
import org.aftersales.policy.evidence.EvidenceRule;
import org.aftersales.policy.evidence.EvidenceTerms;
import org.aftersales.policy.preset.Presets;
import org.aftersales.policy.liability.LiabilityTerms;
import org.aftersales.policy.refund.InvalidRefundInputException;
import org.aftersales.policy.refund.RefundTerms;
import org.aftersales.policy.sla.SlaTerms;
import org.aftersales.policy.source.Cited;
import org.aftersales.policy.sla.StepLimit;
import org.aftersales.policy.source.RuleRef;
import org.junit.jupiter.api.Test;

/** Rules built in code refuse bad input with a message naming the field or rule, as JSON does. */
class BadInputExamplesTest {

  private static final RuleRef REF = RuleRef.of("r", "test");
  private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");

  @Test
  void aRuleIdMustBeLowerCaseAndTheSourceNotBlank() {
    assertThatThrownBy(() -> RuleRef.of("Rule 1", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Rule 1'");
    assertThatThrownBy(() -> RuleRef.of("r", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source of rule r");
    assertThatThrownBy(() -> RuleRef.of(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("id");
  }

  @Test
  void aWindowRuleNeedsTypesReasonsAndASaneRepairCount() {
    Window week = Window.period(Anchor.SIGNED, 7, WindowUnit.CALENDAR_DAYS);
    assertThatThrownBy(() -> WindowRule.of(REF, Set.of(), Set.of(Reason.CHANGED_MIND), week))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("types of rule r must not be empty");
    assertThatThrownBy(() -> WindowRule.of(REF, Set.of(CaseType.REPAIR), Set.of(), week))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("reasons of rule r must not be empty");
    assertThatThrownBy(() -> WindowRule.of(REF, Set.of(CaseType.REPAIR), Set.of(Reason.QUALITY_DEFECT), week)
        .withMinFailedRepairs(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minFailedRepairs");
  }

  @Test
  void aPeriodNeedsALengthFrom1To10000AndAnHourWindowHasNoLastDayToMove() {
    assertThatThrownBy(() -> Window.period(Anchor.SIGNED, 0, WindowUnit.CALENDAR_DAYS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length must be 1 to 10000, but was 0");
    assertThatThrownBy(() -> new Window.Period(Anchor.SIGNED, 2, WindowUnit.HOURS, LastDayRule.NEXT_WORKING_DAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window of hours");
  }

  @Test
  void anExclusionMayNotTakeAwayAQualityRemedy() {
    assertThatThrownBy(() -> ExclusionRule.of(REF, Set.of(GoodsCategory.FRESH), Set.of(Reason.WRONG_ITEM)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[WRONG_ITEM]");
  }

  @Test
  void eligibilityTermsRefuseADuplicateIdAndAWindowThatCanNeverGrant() {
    WindowRule freshNoReason = WindowRule.of(REF, Set.of(CaseType.RETURN_AND_REFUND), Set.of(Reason.CHANGED_MIND),
        Window.period(Anchor.SIGNED, 7, WindowUnit.CALENDAR_DAYS)).withCategories(Set.of(GoodsCategory.FRESH));
    ExclusionRule fresh = ExclusionRule.of(RuleRef.of("x", "test"), Set.of(GoodsCategory.FRESH),
        Set.of(Reason.CHANGED_MIND));

    assertThatThrownBy(() -> EligibilityTerms.of(List.of(freshNoReason), List.of(fresh)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window rule r contradicts the exclusions");
    assertThatThrownBy(() -> EligibilityTerms.of(List.of(freshNoReason), List.of(ExclusionRule.of(REF,
        Set.of(GoodsCategory.VIRTUAL), Set.of(Reason.CHANGED_MIND)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rule id r is used twice");
  }

  @Test
  void goodsCannotArriveBeforeTheyAreBoughtNorFailANegativeNumberOfRepairs() {
    GoodsFacts bought = GoodsFacts.purchased(GoodsCategory.GENERAL, T);
    assertThatThrownBy(() -> bought.deliveredAndSignedAt(T.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deliveredAt");
    assertThatThrownBy(() -> bought.withFailedRepairs(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failedRepairs");
    assertThatThrownBy(() -> EligibilityRequest.of(bought, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND,
        T.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestedAt");
  }

  @Test
  void evidenceRulesNeedAlternativesAndDistinctIds() {
    assertThatThrownBy(() -> EvidenceRule.of(REF, EvidenceOccasion.BUYER_REQUEST, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("required of evidence rule r");
    assertThatThrownBy(() -> EvidenceRule.of(REF, EvidenceOccasion.BUYER_REQUEST, List.of(Set.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty set of alternatives");
    EvidenceRule photo = EvidenceRule.of(REF, EvidenceOccasion.BUYER_REQUEST, List.of(Set.of(EvidenceKind.PHOTO)));
    assertThatThrownBy(() -> new EvidenceTerms(List.of(photo, photo)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evidence rule id r is used twice");
  }

  @Test
  void slaTermsRefuseAStepLimitedTwiceAndADefaultActionTheLifecycleCannotTake() {
    StepLimit day = StepLimit.of(REF, DeadlineKind.MERCHANT_RESPONSE, SlaRule.of(SlaLimit.hours(24), DefaultAction.APPROVE));
    StepLimit again = StepLimit.of(RuleRef.of("s", "test"), DeadlineKind.MERCHANT_RESPONSE,
        SlaRule.of(SlaLimit.workingDays(1), DefaultAction.APPROVE));
    assertThatThrownBy(() -> SlaTerms.of(List.of(day, again)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MERCHANT_RESPONSE for every case type");
    StepLimit inspectionApproves = StepLimit.of(REF, DeadlineKind.INSPECTION,
        SlaRule.of(SlaLimit.workingDays(3), DefaultAction.APPROVE));
    assertThatThrownBy(() -> SlaTerms.of(List.of(inspectionApproves))).isInstanceOf(InvalidSlaPolicyException.class);
  }

  @Test
  void channelTermsNeedAChannelAndAnAutoRefundLimitAboveZero() {
    assertThatThrownBy(() -> ChannelTerms.of(REF, Set.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accepted channels of r");
    assertThatThrownBy(() -> new AutoRefundRule(REF, Set.of(Reason.CHANGED_MIND), Money.parse("CNY 0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upTo of auto-refund rule r");
  }

  @Test
  void aPolicyRefusesABlankNameAndOneIdInTwoTerms() {
    AfterSalesPolicy preset = Presets.chinaStatutory();
    assertThatThrownBy(() -> new AfterSalesPolicy(" ", preset.eligibility(), preset.evidence(), preset.sla(),
        preset.channels(), preset.shipping(), preset.refund())).isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank");
    ChannelTerms clash = new ChannelTerms(RuleRef.of("cn.law.no-reason-7d", "test"), EnumSet.of(Channel.APP),
        Optional.empty());
    assertThatThrownBy(() -> new AfterSalesPolicy("x", preset.eligibility(), preset.evidence(), preset.sla(), clash,
        preset.shipping(), preset.refund()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule id cn.law.no-reason-7d is used twice");
  }

  @Test
  void aPolicyRefusesMissingMoneyTermsAndAShippingOrRefundIdUsedElsewhere() {
    AfterSalesPolicy preset = Presets.chinaStatutory();
    assertThatThrownBy(() -> new AfterSalesPolicy("x", preset.eligibility(), preset.evidence(), preset.sla(),
        preset.channels(), null, preset.refund())).isInstanceOf(NullPointerException.class).hasMessage("shipping");
    assertThatThrownBy(() -> new AfterSalesPolicy("x", preset.eligibility(), preset.evidence(), preset.sla(),
        preset.channels(), preset.shipping(), null)).isInstanceOf(NullPointerException.class).hasMessage("refund");
    Cited<RefundTerms> clash = Cited.of(RuleRef.of("cn.law.shipping", "test"), RefundTerms.defaults());
    assertThatThrownBy(() -> new AfterSalesPolicy("x", preset.eligibility(), preset.evidence(), preset.sla(),
        preset.channels(), preset.shipping(), clash))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule id cn.law.shipping is used twice");
  }

  @Test
  void citedTermsNeedARefAndTerms() {
    assertThatThrownBy(() -> Cited.of(null, LiabilityTerms.defaults())).isInstanceOf(NullPointerException.class)
        .hasMessage("ref");
    assertThatThrownBy(() -> Cited.of(REF, null)).isInstanceOf(NullPointerException.class).hasMessage("terms");
  }

  @Test
  void thePolicysLiabilityAndRefundEntryPointsRefuseNulls() {
    AfterSalesPolicy preset = Presets.chinaStatutory();
    assertThatThrownBy(() -> preset.liability(null)).isInstanceOf(NullPointerException.class).hasMessage("question");
    assertThatThrownBy(() -> preset.refund(null, null, null, List.of()))
        .isInstanceOf(InvalidRefundInputException.class).hasMessageContaining("order");
  }
}
