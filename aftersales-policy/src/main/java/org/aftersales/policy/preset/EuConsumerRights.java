package org.aftersales.policy.preset;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
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
import org.aftersales.policy.evidence.EvidenceTerms;
import org.aftersales.policy.liability.LiabilityTerms;
import org.aftersales.policy.liability.Payer;
import org.aftersales.policy.liability.ReturnCover;
import org.aftersales.policy.refund.RefundTerms;
import org.aftersales.policy.sla.SlaTerms;
import org.aftersales.policy.source.Cited;
import org.aftersales.policy.source.RuleRef;

/**
 * The EU baseline: the Consumer Rights Directive's withdrawal and the Sale of Goods Directive's
 * conformity. Not modelled: art. 10, the withdrawal period running 12 months longer when the trader
 * did not inform the consumer of the right (or 14 days from the day the information is given late);
 * a shop that failed to inform must extend the window itself.
 */
final class EuConsumerRights {

  private static final String CRD = "Directive 2011/83/EU (Consumer Rights Directive)";
  private static final String SGD = "Directive (EU) 2019/771 (Sale of Goods Directive)";
  private static final String PERIODS = "Regulation 1182/71 art. 3(4): a period ending on a public holiday, Saturday"
      + " or Sunday ends with the next working day";

  /** Goods whose withdrawal ends once they are unsealed (art. 16(e), (i)). */
  private static final Set<GoodsCategory> SEALED_GOODS =
      Set.of(GoodsCategory.INTIMATE_APPAREL, GoodsCategory.SEALED_MEDIA);

  private EuConsumerRights() {}

  static AfterSalesPolicy policy() {
    EligibilityTerms eligibility = EligibilityTerms.of(
        List.of(
            WindowRule.of(RuleRef.of("eu.crd.withdrawal-14d", CRD + " art. 9(1), 9(2)(b): withdrawal within 14 days"
                        + " from the day the consumer acquires physical possession of the (last) goods; " + PERIODS),
                    EnumSet.of(CaseType.RETURN_AND_REFUND), ReasonSets.noReason(),
                    Window.statutoryPeriod(Anchor.DELIVERED, 14, WindowUnit.CALENDAR_DAYS))
                .withCategories(EnumSet.complementOf(EnumSet.copyOf(SEALED_GOODS))),
            WindowRule.of(RuleRef.of("eu.crd.withdrawal-14d-sealed", CRD + " art. 9(1), 16(e), 16(i): sealed goods"
                        + " unfit for return for hygiene reasons, and sealed audio or video recordings or computer"
                        + " software, may be withdrawn only while still sealed; " + PERIODS),
                    EnumSet.of(CaseType.RETURN_AND_REFUND), ReasonSets.noReason(),
                    Window.statutoryPeriod(Anchor.DELIVERED, 14, WindowUnit.CALENDAR_DAYS))
                .withCategories(SEALED_GOODS)
                .withRequiredCondition(EnumSet.of(ConditionFlag.SEALED)),
            WindowRule.of(RuleRef.of("eu.sgd.conformity-2y", SGD + " art. 10(1), 13(2): repair or replacement for a lack"
                        + " of conformity appearing within two years of delivery"),
                    EnumSet.of(CaseType.EXCHANGE, CaseType.REPAIR), ReasonSets.goodsFaults(),
                    Window.period(Anchor.DELIVERED, 24, WindowUnit.MONTHS))),
        List.of(ExclusionRule.of(RuleRef.of("eu.crd.withdrawal-excluded", CRD + " art. 16(c), (d), (j), (m): goods"
                + " made to the consumer's specifications, goods liable to deteriorate rapidly, a newspaper,"
                + " periodical or magazine (not a subscription), digital content supplied with consent"),
            EnumSet.of(GoodsCategory.CUSTOM_MADE, GoodsCategory.FRESH, GoodsCategory.NEWSPAPER_PERIODICAL,
                GoodsCategory.VIRTUAL), ReasonSets.noReason())));
    SlaTerms sla = SlaTerms.of(SeedStepLimits.startingFrom("eu.sla.", SeedStepLimits.libraryDefault(CRD))
        .replacing(DeadlineKind.BUYER_SHIPS_RETURN,
            SlaRule.of(SlaLimit.calendarDays(14), DefaultAction.CLOSE_ABANDONED, Duration.ofHours(24)),
            CRD + " art. 14(1): the consumer sends the goods back within 14 days of communicating the withdrawal")
        .steps());
    ChannelTerms channels = ChannelTerms.of(
        RuleRef.of("eu.crd.channels", CRD + " art. 11(1): withdrawal by any unequivocal statement"),
        EnumSet.allOf(Channel.class));
    return new AfterSalesPolicy("EU Consumer Rights Directive", eligibility, EvidenceTerms.none(), sla, channels,
        shipping(), refund());
  }

  private static Cited<LiabilityTerms> shipping() {
    return Cited.of(RuleRef.of("eu.crd.shipping", CRD + " art. 13(1), 13(2): on withdrawal the trader reimburses the"
            + " standard delivery; art. 14(1): the consumer bears the direct cost of returning the goods unless the"
            + " trader agreed to bear it or did not inform the consumer"),
        new LiabilityTerms(ReturnCover.BUYER_PAYS, Payer.MERCHANT, Payer.BUYER));
  }

  private static Cited<RefundTerms> refund() {
    return Cited.of(RuleRef.of("eu.crd.refund", CRD + " art. 13(1): all payments are reimbursed by the means of"
            + " payment the consumer used; art. 13(2): not the surplus of a delivery dearer than the standard one;"
            + " art. 14(2): the consumer is liable for diminished value from handling beyond what is necessary;"
            + " art. 14(5): no other liability for withdrawing, so no restocking fee and no clawed-back discounts"),
        RefundTerms.defaults().withClawBackBrokenThresholds(false).withChargeWaivedShipping(false)
            .withDeductKeptGifts(false).withDepreciationCapBasisPoints(10_000).withCouponsInKind(true)
            // Stated, not inherited from the defaults: the statute forbids the fee, whatever the defaults become.
            .withRestockingFeeBasisPoints(0));
  }
}
