package org.aftersales.policy.preset;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.money.Money;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.channel.AutoRefundRule;
import org.aftersales.policy.channel.ChannelTerms;
import org.aftersales.policy.eligibility.Anchor;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.ConditionFlag;
import org.aftersales.policy.eligibility.EligibilityTerms;
import org.aftersales.policy.eligibility.ExclusionRule;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.ReasonSets;
import org.aftersales.policy.eligibility.RemedyCost;
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

/**
 * A Chinese marketplace on top of the statute: the seed platform rules for windows, evidence, time
 * limits and channels (shared/seed-rules.md).
 */
final class ChinaMarketplace {

  private static final String SEED = "China marketplace platform rules (seed-rules.md)";

  private ChinaMarketplace() {}

  static AfterSalesPolicy policy() {
    EligibilityTerms eligibility = EligibilityTerms.of(
        List.of(noReasonReturn(), ChinaStatutory.noReasonReturnOfSealedMedia(),
            ChinaStatutory.qualityReturn(), ChinaStatutory.qualityExchangeOrRepair(),
            ChinaStatutory.qualityWithinWarranty(),
            ChinaStatutory.sanbaoSevenDays(), ChinaStatutory.sanbaoFifteenDays(),
            ChinaStatutory.sanbaoWarrantyRepair(), ChinaStatutory.sanbaoAfterTwoFailedRepairs(),
            freshAcceptance(), paidRepair()),
        List.of(ChinaStatutory.statutoryExclusions(), hygieneAndConsumablesExcluded(),
            ChinaStatutory.confirmedExclusions()));
    EvidenceTerms evidence = new EvidenceTerms(List.of(ChinaStatutory.sanbaoProofOfPurchase(),
        buyerEvidence("cn.market.evidence.fault-photos", "photos or short video showing the problem with the whole item in view",
            List.of(EnumSet.of(EvidenceKind.PHOTO, EvidenceKind.VIDEO))).forReasons(ReasonSets.goodsFaults()),
        buyerEvidence("cn.market.evidence.repair-proof", "repair after the quality window, with proof of purchase",
            List.of(EnumSet.of(EvidenceKind.PROOF_OF_PURCHASE, EvidenceKind.INVOICE))).forTypes(EnumSet.of(CaseType.REPAIR)),
        buyerEvidence("cn.market.evidence.flagged-buyer", "suspected abusive returners face stricter evidence rules",
            List.of(EnumSet.of(EvidenceKind.VIDEO), EnumSet.of(EvidenceKind.PROOF_OF_PURCHASE)))
            .forStandings(EnumSet.of(BuyerStanding.FLAGGED)),
        evidence("cn.market.evidence.escalation", EvidenceOccasion.ESCALATION,
            "either party may escalate with supplementary evidence",
            List.of(EnumSet.of(EvidenceKind.PHOTO, EvidenceKind.VIDEO, EvidenceKind.CHAT_LOG, EvidenceKind.WRITTEN_STATEMENT))),
        evidence("cn.market.evidence.appraisal", EvidenceOccasion.ESCALATION,
            "third-party appraisal for valuable or technical goods",
            List.of(EnumSet.of(EvidenceKind.THIRD_PARTY_APPRAISAL, EvidenceKind.TEST_REPORT)))
            .forReasons(ReasonSets.performanceFaults()).forCategories(ChinaStatutory.SANBAO_GOODS),
        evidence("cn.market.evidence.rejection", EvidenceOccasion.MERCHANT_REJECTION,
            "a merchant rejects with a written explanation", List.of(EnumSet.of(EvidenceKind.WRITTEN_STATEMENT))),
        evidence("cn.market.evidence.refusal", EvidenceOccasion.MERCHANT_REFUSES_GOODS,
            "a merchant refuses returned goods with its inspection record and a written explanation",
            List.of(EnumSet.of(EvidenceKind.INSPECTION_REPORT, EvidenceKind.TEST_REPORT),
                EnumSet.of(EvidenceKind.WRITTEN_STATEMENT))),
        evidence("cn.market.evidence.shipping", EvidenceOccasion.MERCHANT_SHIPS,
            "shipping proof: tracking numbers", List.of(EnumSet.of(EvidenceKind.TRACKING_PROOF))),
        evidence("cn.market.evidence.repair-record", EvidenceOccasion.MERCHANT_COMPLETES_REPAIR,
            "processing records: replaced parts list or test report",
            List.of(EnumSet.of(EvidenceKind.REPAIR_REPORT, EvidenceKind.TEST_REPORT)))));
    Duration hours24 = Duration.ofHours(24);
    SlaTerms sla = SlaTerms.of(SeedStepLimits.startingFrom("cn.market.sla.", SeedStepLimits.libraryDefault("the platform"))
        .citing(DeadlineKind.MERCHANT_RESPONSE, SEED + ": the merchant responds within 24 hours; if it misses the limit"
            + " the system approves the request")
        .citing(DeadlineKind.RETURN_ADDRESS, SEED + ": after approving a return, the return address within 24 hours")
        .citing(DeadlineKind.INSPECTION, SEED + ": the merchant inspects returned goods within 3 working days of receipt")
        .citing(DeadlineKind.REPLACEMENT_DISPATCH, SEED + ": the replacement ships within 24 hours of receiving the"
            + " exchanged item")
        .citing(DeadlineKind.BUYER_CONFIRMS_DELIVERY, SEED + ": the buyer confirms a replacement or repaired item"
            + " within 3 working days of receipt")
        .citing(DeadlineKind.REPAIR_PLAN, SEED + ": after approving a repair, a plan and fee breakdown within 48 hours")
        .citing(DeadlineKind.REFUND_SETTLEMENT, SEED + ": the refund reaches the buyer within 3 days")
        .citing(DeadlineKind.PLATFORM_FIRST_JUDGMENT, SEED + ": simple disputes get a first judgment within 48 hours;"
            + " a review that times out counts as approved")
        .citing(DeadlineKind.PLATFORM_COMPLEX_JUDGMENT, SEED + ": complex disputes get a first judgment within 3"
            + " working days; a review that times out counts as approved")
        .citing(DeadlineKind.COMPLAINT_HANDLING, SEED + ": complaints handled within 24 hours (overdue, the platform"
            + " is alerted: this preset's choice)")
        .replacing(DeadlineKind.PLATFORM_RULING,
            SlaRule.of(SlaLimit.workingDays(5), DefaultAction.RULE_FOR_BUYER, hours24),
            SEED + ": the platform rules on an arbitration within 5 working days, finally; a review that times out"
                + " counts as approved")
        .steps());
    ChannelTerms channels = new ChannelTerms(
        RuleRef.of("cn.market.channels", SEED + ": requests come from the web shop, the app, customer-service staff,"
            + " phone or chat"),
        EnumSet.allOf(Channel.class),
        Optional.of(new AutoRefundRule(
            RuleRef.of("cn.market.auto-refund", SEED + ": small no-reason returns from trusted buyers may be refunded"
                + " automatically (the CNY 50.00 limit is this preset's choice)"),
            ReasonSets.noReason(), Money.parse("CNY 50.00"))));
    Cited<LiabilityTerms> shipping = Cited.of(RuleRef.of("cn.market.shipping", SEED + ": quality problems, wrong or"
        + " damaged goods: the merchant (or the platform, when at fault) pays the shipping both ways; change of mind:"
        + " the buyer pays the return shipping; " + ChinaStatutory.CPL + " art. 25"), LiabilityTerms.defaults());
    Cited<RefundTerms> refund = Cited.of(RuleRef.of("cn.market.refund", SEED + ": refund by the original payment"
        + " route; the merchant bears depreciation; the refund deducts the return shipping and other reasonable fees"
        + " where the buyer is liable (a discount or free-shipping threshold the kept goods no longer reach, a gift"
        + " kept); " + ChinaStatutory.SAMR_2017 + ": points and coupons in the same form"),
        ChinaStatutory.statutoryRefundTerms().withClawBackBrokenThresholds(true));
    return new AfterSalesPolicy("China marketplace", eligibility, evidence, sla, channels, shipping, refund);
  }

  /**
   * The statutory no-reason return as the platform words it. It must not fall below the statute: its
   * "packaging intact" is {@link ConditionFlag#PACKAGING_INTACT}, which opening the packaging to inspect
   * the goods does not break (SAMR 2017 art. 8), never {@link ConditionFlag#SEALED}; and its 7 days are
   * the statutory period itself, so the last day moves off a rest day as 民法典 art. 203 moves it.
   */
  static WindowRule noReasonReturn() {
    return WindowRule.of(
            RuleRef.of("cn.market.no-reason-7d", SEED + ": no-reason return within 7 days of receipt, counted from the"
                + " day after signing; goods resaleable: packaging intact, accessories complete, unused; "
                + ChinaStatutory.SAMR_2017 + " art. 8: opening the packaging to inspect the goods leaves them"
                + " intact; the 7 days are the statutory period of " + ChinaStatutory.CPL + " art. 25, so "
                + ChinaStatutory.CIVIL_CODE_203),
            EnumSet.of(CaseType.RETURN_AND_REFUND), ReasonSets.noReason(),
            Window.statutoryPeriod(Anchor.SIGNED, 7, WindowUnit.CALENDAR_DAYS))
        .withCategories(EnumSet.complementOf(EnumSet.of(GoodsCategory.SEALED_MEDIA)))
        .withRequiredCondition(EnumSet.of(ConditionFlag.UNUSED, ConditionFlag.PACKAGING_INTACT,
            ConditionFlag.ACCESSORIES_COMPLETE));
  }

  /** The seed's hygiene exclusion, which SAMR 2017 art. 7 allows only with the buyer's confirmation at purchase. */
  static ExclusionRule hygieneAndConsumablesExcluded() {
    return ExclusionRule.of(
        RuleRef.of("cn.market.no-reason-excluded", SEED + ": intimate apparel and consumables are excluded from"
            + " no-reason return, confirmed by the buyer at purchase (" + ChinaStatutory.SAMR_2017 + " art. 7)"),
        EnumSet.of(GoodsCategory.INTIMATE_APPAREL, GoodsCategory.CONSUMABLE), ReasonSets.noReason())
        .onceBuyerConfirmed();
  }

  /**
   * The seed's acceptance check as a fast path on top of the statute: a refund without sending the
   * produce back, claimed within 2 hours of signing. A shop cannot contract out of 消费者权益保护法
   * art. 24, so fresh produce keeps the statutory quality return and exchange besides.
   */
  static WindowRule freshAcceptance() {
    return WindowRule.of(
            RuleRef.of("cn.market.fresh-2h", SEED + ": fresh produce is checked on acceptance within 2 hours of"
                + " receipt, refunded without return; the quality remedies of " + ChinaStatutory.CPL
                + " art. 24 stay (cn.law.quality-7d, cn.law.quality-after-7d)"),
            EnumSet.of(CaseType.REFUND_ONLY), ReasonSets.goodsFaults(),
            Window.period(Anchor.SIGNED, 2, WindowUnit.HOURS))
        .withCategories(EnumSet.of(GoodsCategory.FRESH));
  }

  static WindowRule paidRepair() {
    return WindowRule.of(
            RuleRef.of("cn.market.paid-repair", SEED + ": damage caused by the buyer is outside warranty and the buyer"
                + " pays for the repair"),
            EnumSet.of(CaseType.REPAIR), EnumSet.of(Reason.QUALITY_DEFECT), Window.unlimited())
        .withCost(RemedyCost.BUYER_PAYS);
  }

  private static EvidenceRule buyerEvidence(String id, String says, List<Set<EvidenceKind>> required) {
    return evidence(id, EvidenceOccasion.BUYER_REQUEST, says, required);
  }

  private static EvidenceRule evidence(String id, EvidenceOccasion occasion, String says,
      List<Set<EvidenceKind>> required) {
    return EvidenceRule.of(RuleRef.of(id, SEED + ": " + says), occasion, required);
  }
}
