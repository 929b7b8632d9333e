package org.aftersales.policy.preset;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
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

/** The UK baseline: the Consumer Rights Act 2015 remedies and the 14-day cancellation of distance contracts. */
final class UkConsumerRights {

  private static final String CRA = "Consumer Rights Act 2015";
  private static final String CCR = "Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013";

  private UkConsumerRights() {}

  static AfterSalesPolicy policy() {
    EligibilityTerms eligibility = EligibilityTerms.of(
        List.of(
            WindowRule.of(RuleRef.of("uk.cra.short-term-reject-30d", CRA + " s.20, s.22(3): the short-term right to"
                        + " reject ends 30 days after the first day after the goods are owned, delivered and, where the"
                        + " trader is to install them, notified installed"),
                    EnumSet.of(CaseType.RETURN_AND_REFUND), ReasonSets.goodsFaults(),
                    Window.period(Anchor.DELIVERED_AND_INSTALLED, 30, WindowUnit.CALENDAR_DAYS))
                .withCategories(EnumSet.complementOf(EnumSet.of(GoodsCategory.FRESH))),
            perishableShortTermReject(),
            WindowRule.of(RuleRef.of("uk.cra.repair-or-replace", CRA + " s.23: repair or replacement; claims within six"
                        + " years (Limitation Act 1980 s.5)"),
                    EnumSet.of(CaseType.EXCHANGE, CaseType.REPAIR), ReasonSets.goodsFaults(),
                    Window.period(Anchor.DELIVERED, 72, WindowUnit.MONTHS)),
            WindowRule.of(RuleRef.of("uk.ccr.cancel-14d", CCR + " reg. 29, 30(3): cancellation within 14 days after the"
                        + " day the goods come into physical possession"),
                    EnumSet.of(CaseType.RETURN_AND_REFUND), ReasonSets.noReason(),
                    Window.period(Anchor.DELIVERED, 14, WindowUnit.CALENDAR_DAYS))
                .withCategories(EnumSet.complementOf(EnumSet.of(GoodsCategory.INTIMATE_APPAREL))),
            WindowRule.of(RuleRef.of("uk.ccr.cancel-14d-sealed", CCR + " reg. 28: sealed goods unfit for return for"
                        + " hygiene reasons may be cancelled only while still sealed"),
                    EnumSet.of(CaseType.RETURN_AND_REFUND), ReasonSets.noReason(),
                    Window.period(Anchor.DELIVERED, 14, WindowUnit.CALENDAR_DAYS))
                .withCategories(EnumSet.of(GoodsCategory.INTIMATE_APPAREL))
                .withRequiredCondition(EnumSet.of(ConditionFlag.SEALED))),
        List.of(ExclusionRule.of(RuleRef.of("uk.ccr.cancel-excluded", CCR + " reg. 28, 37: goods made to the"
                + " consumer's specifications, goods liable to deteriorate rapidly, digital content once supply began"
                + " with consent"),
            EnumSet.of(GoodsCategory.CUSTOM_MADE, GoodsCategory.FRESH, GoodsCategory.VIRTUAL), ReasonSets.noReason())));
    SlaTerms sla = SlaTerms.of(SeedStepLimits.startingFrom("uk.sla.", SeedStepLimits.libraryDefault(CRA))
        .replacing(DeadlineKind.BUYER_SHIPS_RETURN,
            SlaRule.of(SlaLimit.calendarDays(14), DefaultAction.CLOSE_ABANDONED, Duration.ofHours(24)),
            CCR + " reg. 35(4): the consumer sends the goods back within 14 days after informing the trader")
        .replacing(DeadlineKind.REFUND_SETTLEMENT,
            SlaRule.of(SlaLimit.calendarDays(14), DefaultAction.RAISE_ALERT),
            CRA + " s.20(15): the refund is given within 14 days of the trader agreeing the consumer is entitled")
        .steps());
    ChannelTerms channels = ChannelTerms.of(
        RuleRef.of("uk.ccr.channels", CCR + " reg. 32(3): cancellation by any clear statement"),
        EnumSet.allOf(Channel.class));
    return new AfterSalesPolicy("UK Consumer Rights Act", eligibility, EvidenceTerms.none(), sla, channels,
        shipping(), refund());
  }

  /**
   * CRA s.22(4): goods that can be expected to perish sooner keep the short-term right to reject only
   * as long as they can be expected to last. How long that is depends on the goods; the preset states
   * 2 days from the day after delivery for its {@code FRESH} category, and a shop selling produce that
   * keeps longer states its own per-category rule. The pause of s.22(6) to (8) while a repair or
   * replacement is awaited is not modelled: the window is counted without it.
   */
  private static WindowRule perishableShortTermReject() {
    return WindowRule.of(RuleRef.of("uk.cra.short-term-reject-perishable", CRA + " s.22(4): goods of a kind that can"
                + " reasonably be expected to perish sooner may be rejected until the end of that shorter period (2"
                + " days for fresh produce is this preset's choice)"),
            EnumSet.of(CaseType.RETURN_AND_REFUND), ReasonSets.goodsFaults(),
            Window.period(Anchor.DELIVERED, 2, WindowUnit.CALENDAR_DAYS))
        .withCategories(EnumSet.of(GoodsCategory.FRESH));
  }

  private static Cited<LiabilityTerms> shipping() {
    return Cited.of(RuleRef.of("uk.shipping", CRA + " s.20(7), (8): goods rejected for a fault are made available to"
            + " the trader, who bears the reasonable costs of returning them; " + CCR + " reg. 34, 35: on cancellation"
            + " the trader refunds the standard delivery and the consumer bears the direct cost of returning the goods"
            + " if told so"),
        new LiabilityTerms(ReturnCover.BUYER_PAYS, Payer.MERCHANT, Payer.BUYER));
  }

  private static Cited<RefundTerms> refund() {
    return Cited.of(RuleRef.of("uk.refund", CRA + " s.20: a rejection is refunded by the means of payment the consumer"
            + " used, without any fee and, within the short-term right to reject, without deduction for use; " + CCR
            + " reg. 34: on cancellation all payments are reimbursed by the same means, less the surplus of a premium"
            + " delivery and any diminished value from handling beyond what is necessary"),
        RefundTerms.defaults().withClawBackBrokenThresholds(false).withChargeWaivedShipping(false)
            .withDeductKeptGifts(false).withDepreciationCapBasisPoints(10_000).withCouponsInKind(true)
            // Stated, not inherited from the defaults: the statute forbids the fee, whatever the defaults become.
            .withRestockingFeeBasisPoints(0));
  }
}
