package org.aftersales.policy.testing;

import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DayConvention;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.deadline.SlaUnit;
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
import org.aftersales.policy.eligibility.GoodsFacts;
import org.aftersales.policy.eligibility.LastDayRule;
import org.aftersales.policy.eligibility.ReasonSets;
import org.aftersales.policy.eligibility.RemedyCost;
import org.aftersales.policy.eligibility.Window;
import org.aftersales.policy.eligibility.WindowRule;
import org.aftersales.policy.eligibility.WindowUnit;
import org.aftersales.policy.evidence.EvidenceOccasion;
import org.aftersales.policy.evidence.EvidenceRule;
import org.aftersales.policy.evidence.EvidenceTerms;
import org.aftersales.policy.liability.LiabilityTerms;
import org.aftersales.policy.liability.Payer;
import org.aftersales.policy.liability.ReturnCover;
import org.aftersales.policy.refund.RefundRoute;
import org.aftersales.policy.refund.RefundTerms;
import org.aftersales.policy.sla.SlaTerms;
import org.aftersales.policy.source.Cited;
import org.aftersales.policy.sla.StepLimit;
import org.aftersales.policy.source.RuleRef;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of valid policies and of goods, for property tests. */
public final class PolicyGen {

  private static final Instant EARLIEST = Clocks.shanghai("2025-01-01T00:00");

  private PolicyGen() {}

  /** Returns subsets of an enum's constants, empty ones included unless {@code nonEmpty}. */
  public static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type, boolean nonEmpty) {
    E[] constants = type.getEnumConstants();
    return Generate.range(nonEmpty ? 1 : 0, (1 << constants.length) - 1).map(mask -> {
      Set<E> set = EnumSet.noneOf(type);
      for (int i = 0; i < constants.length; i++) {
        if ((mask & (1 << i)) != 0) {
          set.add(constants[i]);
        }
      }
      return set;
    });
  }

  private static RuleRef ref(String id) {
    return RuleRef.of(id, "generated rule " + id + " (source text: \"引用\")");
  }

  /** Returns day- or hour-counted periods of any anchor. */
  public static Gen<Window.Period> periods() {
    return Generate.enumValues(Anchor.class).zip(Generate.range(1, 400), Generate.enumValues(WindowUnit.class),
        Generate.enumValues(LastDayRule.class), (anchor, length, unit, lastDay) ->
            new Window.Period(anchor, length, unit, unit == WindowUnit.HOURS ? LastDayRule.AS_COUNTED : lastDay));
  }

  private static Gen<Window> windows() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(6, periods().map(period -> (Window) period)),
        org.quicktheories.api.Pair.of(1, Generate.constant(Window.warranty())),
        org.quicktheories.api.Pair.of(1, Generate.constant(Window.unlimited())));
  }

  private static Gen<WindowRule> windowRules() {
    Gen<WindowRule> base = subsets(CaseType.class, true).zip(subsets(Reason.class, true), windows(),
        (types, reasons, window) -> WindowRule.of(ref("placeholder"), types, reasons, window));
    Gen<WindowRule> narrowed = base.zip(subsets(GoodsCategory.class, false), subsets(ConditionFlag.class, false),
        Generate.range(0, 3), Generate.enumValues(RemedyCost.class), (rule, categories, condition, repairs, cost) ->
            rule.withCategories(categories).withRequiredCondition(condition).withMinFailedRepairs(repairs)
                .withCost(cost));
    return narrowed.zip(subsets(EvidenceKind.class, false), WindowRule::withRequiredEvidence);
  }

  private static Gen<ExclusionRule> exclusions() {
    List<Reason> noReason = List.copyOf(ReasonSets.noReason());
    return subsets(GoodsCategory.class, true).zip(Generate.range(1, (1 << noReason.size()) - 1), (categories, mask) -> {
      Set<Reason> reasons = EnumSet.noneOf(Reason.class);
      for (int i = 0; i < noReason.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          reasons.add(noReason.get(i));
        }
      }
      return ExclusionRule.of(ref("placeholder"), categories, reasons);
    }).zip(Generate.booleans(), (rule, confirmed) -> confirmed ? rule.onceBuyerConfirmed() : rule);
  }

  private static Gen<EvidenceRule> evidenceRules() {
    Gen<List<Set<EvidenceKind>>> required = lists().of(subsets(EvidenceKind.class, true)).ofSizeBetween(1, 3);
    return Generate.enumValues(EvidenceOccasion.class).zip(required, subsets(Reason.class, false),
        subsets(GoodsCategory.class, false), subsets(BuyerStanding.class, false),
        (occasion, kinds, reasons, categories, standings) -> EvidenceRule.of(ref("placeholder"), occasion, kinds)
            .forReasons(reasons).forCategories(categories).forStandings(standings));
  }

  private static final List<Duration> REMINDERS =
      List.of(Duration.ofHours(48), Duration.ofHours(24), Duration.ofHours(6), Duration.ofMinutes(30));

  /** Step limits on the seed's default actions, with random lengths, units, reminders and case types. */
  private static Gen<StepLimit> stepLimits() {
    SlaPolicy seed = SlaPolicy.seedDefaults();
    Gen<DeadlineKind> kinds = Generate.enumValues(DeadlineKind.class);
    Gen<Optional<CaseType>> types = Generate.enumValues(CaseType.class).map(Optional::of)
        .mix(Generate.constant(Optional.empty()), 50);
    return kinds.zip(types, Generate.range(1, 500), Generate.enumValues(SlaUnit.class), Generate.range(0, 15),
        (kind, type, amount, unit, reminderMask) -> {
          if (amount % 7 == 0 && type.isPresent()) {
            return new StepLimit(ref("placeholder"), kind, type, Optional.empty());
          }
          List<Duration> reminders = new ArrayList<>();
          for (int i = 0; i < REMINDERS.size(); i++) {
            if ((reminderMask & (1 << i)) != 0) {
              reminders.add(REMINDERS.get(i));
            }
          }
          SlaRule rule = new SlaRule(new SlaLimit(amount, unit), reminders,
              seed.rule(CaseType.RETURN_AND_REFUND, kind).orElseThrow().defaultAction());
          return new StepLimit(ref("placeholder"), kind, type, Optional.of(rule));
        });
  }

  private static Gen<ChannelTerms> channels() {
    Gen<Optional<AutoRefundRule>> autoRefund = subsets(Reason.class, true)
        .zip(Generate.longRange(1, 100_000_000), (reasons, cents) ->
            Optional.of(new AutoRefundRule(ref("c.auto"), reasons, Money.of(cents, "CNY"))))
        .mix(Generate.constant(Optional.empty()), 40);
    return subsets(Channel.class, true).zip(autoRefund, (accepted, auto) -> new ChannelTerms(ref("c.channels"), accepted, auto));
  }

  /**
   * Returns valid policies: up to 5 window rules, 2 exclusions, 4 evidence rules and 6 step limits,
   * and any shipping and refund terms.
   */
  public static Gen<AfterSalesPolicy> policies() {
    Gen<EligibilityTerms> eligibility = lists().of(windowRules()).ofSizeBetween(0, 5)
        .zip(lists().of(exclusions()).ofSizeBetween(0, 2), PolicyGen::eligibility)
        .assuming(terms -> terms != null);
    Gen<EvidenceTerms> evidence = lists().of(evidenceRules()).ofSizeBetween(0, 4).map(rules -> {
      List<EvidenceRule> named = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        EvidenceRule rule = rules.get(i);
        named.add(new EvidenceRule(ref("e" + i), rule.occasion(), rule.reasons(), rule.types(), rule.categories(),
            rule.standings(), rule.required()));
      }
      return new EvidenceTerms(named);
    });
    Gen<SlaTerms> sla = lists().of(stepLimits()).ofSizeBetween(0, 6)
        .zip(Generate.enumValues(DayConvention.class), Generate.range(1, 5), Generate.range(0, 4), PolicyGen::sla)
        .assuming(terms -> terms != null);
    Gen<String> names = Generate.pick(List.of("Shop A", "店铺 B", "Tab\tand \"quotes\""));
    // QuickTheories zips at most five generators: build with default money terms, then vary them.
    Gen<AfterSalesPolicy> withDefaultMoney = names.zip(eligibility, evidence, sla, channels(),
        (name, e, v, s, c) -> new AfterSalesPolicy(name, e, v, s, c, Cited.of(ref("m.shipping"), LiabilityTerms.defaults()),
            Cited.of(ref("m.refund"), RefundTerms.defaults())));
    return withDefaultMoney.zip(shippingTerms(), refundTerms(),
        (policy, shipping, refund) -> new AfterSalesPolicy(policy.name(), policy.eligibility(), policy.evidence(),
            policy.sla(), policy.channels(), Cited.of(ref("m.shipping"), shipping), Cited.of(ref("m.refund"), refund)));
  }

  /** Returns any valid shipping terms: every cover, and the buyer or merchant for each leg. */
  public static Gen<LiabilityTerms> shippingTerms() {
    Gen<Payer> shopParty = Generate.pick(List.of(Payer.BUYER, Payer.MERCHANT));
    return Generate.enumValues(ReturnCover.class).zip(shopParty, shopParty, LiabilityTerms::new);
  }

  /** Returns any valid refund terms: every flag, basis points from 0 to 10000 (the ends often), both money routes. */
  public static Gen<RefundTerms> refundTerms() {
    Gen<Boolean> flag = Generate.booleans();
    Gen<Integer> basisPoints = Generate.range(0, 10_000).mix(Generate.pick(List.of(0, 10_000)), 30);
    Gen<RefundRoute> route = Generate.pick(List.of(RefundRoute.ORIGINAL_PAYMENT, RefundRoute.STORE_BALANCE, RefundRoute.BANK_CARD));
    Gen<List<Boolean>> flags = lists().of(flag).ofSize(7);
    return flags.zip(basisPoints, basisPoints, route, (f, restocking, depreciation, to) -> new RefundTerms(f.get(0),
        f.get(1), f.get(2), f.get(3), restocking, depreciation, f.get(4), f.get(5), f.get(6), to));
  }

  private static EligibilityTerms eligibility(List<WindowRule> windows, List<ExclusionRule> exclusions) {
    List<WindowRule> named = new ArrayList<>();
    for (int i = 0; i < windows.size(); i++) {
      WindowRule rule = windows.get(i);
      named.add(new WindowRule(ref("w" + i), rule.types(), rule.reasons(), rule.categories(), rule.window(),
          rule.requiredCondition(), rule.minFailedRepairs(), rule.cost(), rule.requiredEvidence()));
    }
    List<ExclusionRule> namedExclusions = new ArrayList<>();
    for (int i = 0; i < exclusions.size(); i++) {
      ExclusionRule rule = exclusions.get(i);
      namedExclusions.add(
          new ExclusionRule(ref("x" + i), rule.categories(), rule.reasons(), rule.needsBuyerConfirmation()));
    }
    try {
      return EligibilityTerms.of(named, namedExclusions);
    } catch (IllegalArgumentException shadowed) {
      return null;
    }
  }

  private static SlaTerms sla(List<StepLimit> steps, DayConvention convention, int attempts, int caps) {
    List<StepLimit> named = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      StepLimit step = steps.get(i);
      if (seen.add(step.step() + "/" + step.caseType())) {
        named.add(new StepLimit(ref("s" + i), step.step(), step.caseType(), step.rule()));
      }
    }
    try {
      return new SlaTerms(named, convention, attempts, caps, caps, caps);
    } catch (IllegalArgumentException notCarriedOut) {
      return null;
    }
  }

  /** Returns goods of any category and condition, delivered and signed within 30 days of purchase, maybe with a warranty. */
  public static Gen<GoodsFacts> goods() {
    Gen<GoodsFacts> base = Generate.enumValues(GoodsCategory.class).zip(subsets(ConditionFlag.class, false),
        Generate.longRange(0, 400L * 24 * 3600), Generate.longRange(0, 30L * 24 * 3600),
        (category, condition, purchaseOffset, deliveryDelay) -> {
          Instant purchased = EARLIEST.plusSeconds(purchaseOffset);
          return GoodsFacts.purchased(category, purchased).withCondition(condition)
              .deliveredAndSignedAt(purchased.plusSeconds(deliveryDelay))
              .withPromisedDeliveryBy(purchased.plusSeconds(3 * 24 * 3600));
        });
    Gen<GoodsFacts> repaired = base.zip(Generate.range(0, 3), Generate.range(-1, 800), Generate.booleans(),
        (goods, repairs, warrantyDays, damaged) -> {
          GoodsFacts withRepairs = goods.withFailedRepairs(repairs);
          GoodsFacts withWarranty = warrantyDays < 0 ? withRepairs : withRepairs.withWarrantyEndingOn(
              LocalDate.ofInstant(goods.purchasedAt(), Clocks.SHANGHAI).plusDays(warrantyDays));
          return damaged ? withWarranty.withBuyerCausedDamage() : withWarranty;
        });
    // Installation: -1 for none, else that many seconds after delivery; and the art. 7 waiver or not.
    return repaired.zip(Generate.longRange(-1, 20L * 24 * 3600), Generate.booleans(), (goods, installDelay, waived) -> {
      GoodsFacts installed = installDelay < 0 ? goods : goods.installedAt(goods.deliveredAt().orElseThrow()
          .plusSeconds(installDelay));
      return waived ? installed.withNoReasonReturnWaivedAtPurchase() : installed;
    });
  }
}
