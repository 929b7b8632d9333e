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

  static final String CIVIL_CODE_621 = "民法典 art. 621: without an agreed inspection period the buyer objects to the"
      + " quality within a reasonable period, at the latest 2 years from receipt, or within the quality guarantee"
      + " period (质量保证期) if the goods have one; art. 622: an agreed period shorter than the statutory one yields to it";

  static final Set<GoodsCategory> SANBAO_GOODS = EnumSet.of(GoodsCategory.LARGE_APPLIANCE, GoodsCategory.ELECTRONICS);

  static final Set<GoodsCategory> NOT_SANBAO_GOODS = EnumSet.complementOf(EnumSet.copyOf(SANBAO_GOODS));

  /** SAMR 2017 art. 6: excluded by their nature, whatever the buyer confirmed. */
  static final Set<GoodsCategory> ART_6_GOODS = EnumSet.of(GoodsCategory.CUSTOM_MADE, GoodsCategory.FRESH,
      GoodsCategory.VIRTUAL, GoodsCategory.NEWSPAPER_PERIODICAL);

  private ChinaStatutory() {}

  static AfterSalesPolicy policy() {
    EligibilityTerms eligibility = EligibilityTerms.of(
        List.of(noReasonReturn(), noReasonReturnOfSealedMedia(), qualityReturn(), qualityExchangeOrRepair(),
            qualityWithinWarranty(), sanbaoSevenDays(), sanbaoFifteenDays(), sanbaoWarrantyRepair(),
            sanbaoAfterTwoFailedRepairs()),
        List.of(statutoryExclusions(), confirmedExclusions()));
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

  /**
   * The goods must be complete (SAMR 2017 art. 8: the goods, accessories and brand labels all there);
   * opening the packaging to inspect them does not count against them, so intact packaging is not asked.
   */
  static WindowRule noReasonReturn() {
    return WindowRule.of(
            RuleRef.of("cn.law.no-reason-7d", CPL + " art. 25; " + SAMR_2017
                + " art. 6, 8, 11: return without reason within 7 days, counted from the day after signing,"
                + " goods complete (opening the packaging to inspect them leaves them complete); " + CIVIL_CODE_203),
            EnumSet.of(CaseType.RETURN_AND_REFUND), ReasonSets.noReason(),
            Window.statutoryPeriod(Anchor.SIGNED, 7, WindowUnit.CALENDAR_DAYS))
        .withCategories(EnumSet.complementOf(EnumSet.of(GoodsCategory.SEALED_MEDIA)))
        .withRequiredCondition(EnumSet.of(ConditionFlag.UNUSED, ConditionFlag.ACCESSORIES_COMPLETE, ConditionFlag.TAGS_ON));
  }

  /** Audio, video and software on a carrier keep the no-reason return only while the buyer has not unsealed them. */
  static WindowRule noReasonReturnOfSealedMedia() {
    return WindowRule.of(
            RuleRef.of("cn.law.no-reason-7d-sealed-media", CPL + " art. 25; " + SAMR_2017 + " art. 6(3): audio-visual"
                + " products and computer software the consumer unsealed take no no-reason return; sealed, they do"
                + " within 7 days of the day after signing; " + CIVIL_CODE_203),
            EnumSet.of(CaseType.RETURN_AND_REFUND), ReasonSets.noReason(),
            Window.statutoryPeriod(Anchor.SIGNED, 7, WindowUnit.CALENDAR_DAYS))
        .withCategories(EnumSet.of(GoodsCategory.SEALED_MEDIA))
        .withRequiredCondition(EnumSet.of(ConditionFlag.UNUSED, ConditionFlag.ACCESSORIES_COMPLETE,
            ConditionFlag.TAGS_ON, ConditionFlag.SEALED));
  }

  static ExclusionRule statutoryExclusions() {
    return ExclusionRule.of(
        RuleRef.of("cn.law.no-reason-excluded", CPL + " art. 25; " + SAMR_2017 + " art. 6: (1) goods made to the"
            + " consumer's order, (2) fresh and perishable goods, (3) digital goods downloaded online (unsealed"
            + " carriers: cn.law.no-reason-7d-sealed-media), (4) newspapers and periodicals delivered"),
        ART_6_GOODS, ReasonSets.noReason());
  }

  /**
   * Art. 7 goods lose the no-reason return only when the buyer confirmed it at purchase, so the
   * exclusion needs {@code GoodsFacts.noReasonReturnWaivedAtPurchase}; which goods are of art. 7's
   * kind is the merchant's call when it asks for the confirmation, so every category not already
   * excluded by art. 6 is listed.
   */
  static ExclusionRule confirmedExclusions() {
    return ExclusionRule.of(
        RuleRef.of("cn.law.no-reason-excluded-confirmed", CPL + " art. 25; " + SAMR_2017 + " art. 7: goods unsafe"
            + " or changed once unsealed, goods losing much value once activated or tried, and clearance or flawed"
            + " goods marked at sale are excluded only if the consumer confirmed it at purchase; without the"
            + " confirmation the seller may not refuse the return"),
        EnumSet.complementOf(EnumSet.copyOf(ART_6_GOODS)), ReasonSets.noReason()).onceBuyerConfirmed();
  }

  static WindowRule qualityReturn() {
    return WindowRule.of(
        RuleRef.of("cn.law.quality-7d", CPL + " art. 24: goods not up to quality may be returned within 7 days of"
            + " receipt; " + CIVIL_CODE_203),
        EnumSet.of(CaseType.RETURN_AND_REFUND, CaseType.EXCHANGE, CaseType.REPAIR), ReasonSets.goodsFaults(),
        Window.statutoryPeriod(Anchor.SIGNED, 7, WindowUnit.CALENDAR_DAYS));
  }

  /**
   * Art. 24 sets no end to exchange or repair after the first 7 days; the limit is the Civil Code's
   * time for objecting to the quality: 2 years from receipt, or the quality guarantee (warranty) where
   * the goods have one. This rule and {@link #qualityWithinWarranty} both grant, and the later end wins,
   * so goods without a warranty keep 2 years and goods with a longer warranty keep the warranty. A
   * warranty shorter than 2 years still leaves the 2 years: the preset reads art. 622 (a period agreed
   * shorter than the statutory one yields to it) in the buyer's favour.
   *
   * <p>Not here: a return after 7 days where the contract may be rescinded (art. 24, 民法典 art. 563)
   * needs a judgment, so it is left to the merchant or the platform; goods under 三包 follow its own
   * rules, which art. 24 defers to ("依照国家规定"), so these two rules leave them out. The 2 years end
   * as counted, not moved off a rest day: a period that long needs no rescue of its last day, and moving
   * it would ask the calendar for holiday data two years ahead.
   */
  static WindowRule qualityExchangeOrRepair() {
    return WindowRule.of(
            RuleRef.of("cn.law.quality-after-7d", CPL + " art. 24: after 7 days the buyer may ask for exchange or"
                + " repair, with no time limit of its own; " + CIVIL_CODE_621),
            EnumSet.of(CaseType.EXCHANGE, CaseType.REPAIR), ReasonSets.goodsFaults(),
            Window.period(Anchor.SIGNED, 24, WindowUnit.MONTHS))
        .withCategories(NOT_SANBAO_GOODS);
  }

  /** Exchange or repair within the goods' warranty when it outlasts the 2 years of {@link #qualityExchangeOrRepair}. */
  static WindowRule qualityWithinWarranty() {
    return WindowRule.of(
            RuleRef.of("cn.law.quality-within-warranty", CPL + " art. 24: exchange or repair; " + CIVIL_CODE_621),
            EnumSet.of(CaseType.EXCHANGE, CaseType.REPAIR), ReasonSets.goodsFaults(), Window.warranty())
        .withCategories(NOT_SANBAO_GOODS);
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
            RuleRef.of("cn.sanbao.two-failed-repairs", SANBAO + " art. 11: repaired twice within the 三包 period and"
                + " still not usable: free exchange or return, on the repair records and certificate the repairer"
                + " provides (修理记录和证明)"),
            EnumSet.of(CaseType.EXCHANGE, CaseType.RETURN_AND_REFUND), ReasonSets.performanceFaults(), Window.warranty())
        .withCategories(SANBAO_GOODS)
        .withMinFailedRepairs(2)
        .withRequiredEvidence(EnumSet.of(EvidenceKind.REPAIR_REPORT));
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
