package org.aftersales.policy.preset;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.channel.ChannelTerms;
import org.aftersales.policy.eligibility.Anchor;
import org.aftersales.policy.eligibility.ConditionFlag;
import org.aftersales.policy.eligibility.EligibilityTerms;
import org.aftersales.policy.eligibility.ExclusionRule;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.ReasonSets;
import org.aftersales.policy.eligibility.Window;
import org.aftersales.policy.eligibility.WindowRule;
import org.aftersales.policy.eligibility.WindowUnit;
import org.aftersales.policy.evidence.EvidenceOccasion;
import org.aftersales.policy.evidence.EvidenceRule;
import org.aftersales.policy.evidence.EvidenceTerms;
import org.aftersales.policy.liability.LiabilityTerms;
import org.aftersales.policy.refund.RefundTerms;
import org.aftersales.policy.sla.SlaTerms;
import org.aftersales.policy.source.Cited;
import org.aftersales.policy.source.RuleRef;

/** The Chinese statutory baseline for distance selling: 七日无理由, 消法 art. 24, 三包. */
final class ChinaStatutory {

  static final String SAMR_2017 = "网络购买商品七日无理由退货暂行办法 (SAMR 2017)";
  static final String CPL = "消费者权益保护法 (2013)";
  static final String SANBAO = "部分商品修理更换退货责任规定 (三包)";
  static final String CIVIL_CODE_203 = "民法典 art. 203: a period whose last day is a statutory rest day ends at the end of the next working day";

  static final Set<GoodsCategory> SANBAO_GOODS = EnumSet.of(GoodsCategory.LARGE_APPLIANCE, GoodsCategory.ELECTRONICS);

  private ChinaStatutory() {}

  static AfterSalesPolicy policy() {
    EligibilityTerms eligibility = EligibilityTerms.of(
        List.of(noReasonReturn(), qualityReturn(), qualityExchangeOrRepair(), sanbaoSevenDays(), sanbaoFifteenDays(),
            sanbaoWarrantyRepair(), sanbaoAfterTwoFailedRepairs()),
        List.of(statutoryExclusions()));
    EvidenceTerms evidence = new EvidenceTerms(List.of(sanbaoProofOfPurchase()));
    String statute = "Chinese statute";
    SlaTerms sla = SlaTerms.of(SeedStepLimits.startingFrom("cn.law.sla.", SeedStepLimits.libraryDefault(statute))
        .replacing(DeadlineKind.INSPECTION,
            SlaRule.of(SlaLimit.calendarDays(7), DefaultAction.PASS_INSPECTION, java.time.Duration.ofHours(24)),
            SAMR_2017 + ": the price is returned within 7 days of receiving goods returned complete")
        .replacing(DeadlineKind.REPAIR_WORK,
            SlaRule.of(SlaLimit.calendarDays(15), DefaultAction.RAISE_ALERT, java.time.Duration.ofDays(3)),
            SANBAO + ": a repair takes no more than 15 days")
        .steps());
    ChannelTerms channels = ChannelTerms.of(
        RuleRef.of("cn.law.channels", CPL + " art. 25: distance selling by network, television, telephone or mail order"),
        EnumSet.allOf(Channel.class));
    return new AfterSalesPolicy("China statutory", eligibility, evidence, sla, channels, shipping(), refund());
  }

  static WindowRule noReasonReturn() {
    return WindowRule.of(
            RuleRef.of("cn.law.no-reason-7d", CPL + " art. 25; " + SAMR_2017
                + " art. 6, 8, 11: return without reason within 7 days, counted from the day after signing,"
                + " goods complete; " + CIVIL_CODE_203),
            EnumSet.of(CaseType.RETURN_AND_REFUND), ReasonSets.noReason(),
            Window.statutoryPeriod(Anchor.SIGNED, 7, WindowUnit.CALENDAR_DAYS))
        .withRequiredCondition(EnumSet.of(ConditionFlag.UNUSED, ConditionFlag.ACCESSORIES_COMPLETE, ConditionFlag.TAGS_ON));
  }

  static ExclusionRule statutoryExclusions() {
    return ExclusionRule.of(
        RuleRef.of("cn.law.no-reason-excluded", CPL + " art. 25; " + SAMR_2017
            + " art. 6: custom-made goods, fresh and perishable goods, digital goods downloaded or unsealed"),
        EnumSet.of(GoodsCategory.CUSTOM_MADE, GoodsCategory.FRESH, GoodsCategory.VIRTUAL), ReasonSets.noReason());
  }

  static WindowRule qualityReturn() {
    return WindowRule.of(
        RuleRef.of("cn.law.quality-7d", CPL + " art. 24: goods not up to quality may be returned within 7 days of"
            + " receipt; " + CIVIL_CODE_203),
        EnumSet.of(CaseType.RETURN_AND_REFUND, CaseType.EXCHANGE, CaseType.REPAIR), ReasonSets.goodsFaults(),
        Window.statutoryPeriod(Anchor.SIGNED, 7, WindowUnit.CALENDAR_DAYS));
  }

  static WindowRule qualityExchangeOrRepair() {
    return WindowRule.of(
        RuleRef.of("cn.law.quality-after-7d", CPL + " art. 24: after 7 days the buyer may ask for exchange or repair"),
        EnumSet.of(CaseType.EXCHANGE, CaseType.REPAIR), ReasonSets.goodsFaults(), Window.warranty());
  }

  static WindowRule sanbaoSevenDays() {
    return WindowRule.of(
            RuleRef.of("cn.sanbao.7d", SANBAO + ": a performance fault within 7 days of sale: return, exchange or"
                + " repair; " + CIVIL_CODE_203),
            EnumSet.of(CaseType.RETURN_AND_REFUND, CaseType.EXCHANGE, CaseType.REPAIR), ReasonSets.performanceFaults(),
            Window.statutoryPeriod(Anchor.PURCHASED, 7, WindowUnit.CALENDAR_DAYS))
        .withCategories(SANBAO_GOODS);
  }

  static WindowRule sanbaoFifteenDays() {
    return WindowRule.of(
            RuleRef.of("cn.sanbao.15d", SANBAO + ": a performance fault within 15 days of sale: exchange or repair; "
                + CIVIL_CODE_203),
            EnumSet.of(CaseType.EXCHANGE, CaseType.REPAIR), ReasonSets.performanceFaults(),
            Window.statutoryPeriod(Anchor.PURCHASED, 15, WindowUnit.CALENDAR_DAYS))
        .withCategories(SANBAO_GOODS);
  }

  static WindowRule sanbaoWarrantyRepair() {
    return WindowRule.of(
            RuleRef.of("cn.sanbao.warranty-repair", SANBAO + ": free repair within the 三包 warranty period"),
            EnumSet.of(CaseType.REPAIR), ReasonSets.performanceFaults(), Window.warranty())
        .withCategories(SANBAO_GOODS);
  }

  static WindowRule sanbaoAfterTwoFailedRepairs() {
    return WindowRule.of(
            RuleRef.of("cn.sanbao.two-failed-repairs", SANBAO
                + ": repaired twice within the warranty and still faulty: free exchange or return"),
            EnumSet.of(CaseType.EXCHANGE, CaseType.RETURN_AND_REFUND), ReasonSets.performanceFaults(), Window.warranty())
        .withCategories(SANBAO_GOODS)
        .withMinFailedRepairs(2);
  }

  static EvidenceRule sanbaoProofOfPurchase() {
    return EvidenceRule.of(
            RuleRef.of("cn.sanbao.proof-of-purchase", SANBAO + ": remedies are claimed with the invoice or 三包 voucher"),
            EvidenceOccasion.BUYER_REQUEST, List.of(EnumSet.of(EvidenceKind.INVOICE, EvidenceKind.PROOF_OF_PURCHASE)))
        .forReasons(ReasonSets.performanceFaults())
        .forCategories(SANBAO_GOODS);
  }

  /** Art. 24 (seller fault: the merchant pays) is the decider's own rule; the terms say who pays the rest. */
  static Cited<LiabilityTerms> shipping() {
    return Cited.of(RuleRef.of("cn.law.shipping", CPL + " art. 24: for a return, exchange or repair of goods not"
        + " up to quality the seller bears the necessary costs such as shipping; art. 25: the return shipping of a"
        + " no-reason return is the consumer's unless agreed otherwise"), LiabilityTerms.defaults());
  }

  /** What the statute lets a refund deduct: return shipping, kept gifts, a free-shipping threshold no longer met. */
  static RefundTerms statutoryRefundTerms() {
    return RefundTerms.defaults().withClawBackBrokenThresholds(false).withCouponsInKind(true);
  }

  private static Cited<RefundTerms> refund() {
    return Cited.of(RuleRef.of("cn.law.refund", CPL + " art. 25: the price paid is returned, the return shipping"
        + " being the consumer's; " + SAMR_2017 + ": the refund goes back the way it was paid, points and coupons in"
        + " the same form; a gift not returned is paid at its marked price; free shipping the return no longer"
        + " qualifies for may be charged; goods opened only to inspect them count as intact, so nothing is deducted"
        + " for depreciation"), statutoryRefundTerms());
  }
}
