package org.aftersales.policy.seed;

import static org.aftersales.policy.testing.Clocks.SHANGHAI_WEEKDAYS;
import static org.aftersales.policy.testing.Clocks.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.eligibility.ConditionFlag;
import org.aftersales.policy.eligibility.EligibilityDecision;
import org.aftersales.policy.eligibility.EligibilityDecision.Allowed;
import org.aftersales.policy.eligibility.EligibilityDecision.Refused;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.GoodsFacts;
import org.aftersales.policy.eligibility.RefusalCode;
import org.aftersales.policy.eligibility.RemedyCost;
import org.aftersales.policy.testing.SeedDocument;
import org.assertj.core.api.ObjectAssert;
import org.junit.jupiter.api.Test;

/**
 * The "Windows" lines of seed-rules.md, each stated as a shop's JSON and shown deciding. 2026-03-02
 * is a Monday; the calendar is Shanghai's, weekends the only rest days.
 */
class SeedWindowsRulesTest {

  private static GoodsFacts signedOn(GoodsCategory category, String purchased, String signed) {
    return GoodsFacts.purchased(category, shanghai(purchased)).deliveredAndSignedAt(shanghai(signed));
  }

  private static EligibilityDecision decide(AfterSalesPolicy policy, GoodsFacts goods, Reason reason, CaseType type,
      String at) {
    return policy.decide(EligibilityRequest.of(goods, reason, type, shanghai(at)), SHANGHAI_WEEKDAYS);
  }

  private static void allowedBy(EligibilityDecision decision, String ruleId) {
    assertThat(decision).isInstanceOfSatisfying(Allowed.class,
        allowed -> assertThat(allowed.granted().rule().id()).isEqualTo(ruleId));
  }

  private static void refusedBy(EligibilityDecision decision, RefusalCode code, String ruleId) {
    assertThat(decision).isInstanceOfSatisfying(Refused.class, refused -> {
      assertThat(refused.code()).isEqualTo(code);
      assertThat(refused.rule().orElseThrow().id()).isEqualTo(ruleId);
    });
  }

  private static String windows(String windows) {
    return "{\"windows\": [" + windows + "], \"exclusions\": []}";
  }

  @Test
  void seedNoReasonReturnWithinSevenDaysOfReceiptCountsFromTheDayAfterSigning() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility(windows("""
        {"id": "shop.no-reason-7d", "source": "seed: no-reason return within 7 days of receipt, from the day after signing",
         "types": ["RETURN_AND_REFUND"], "reasons": ["CHANGED_MIND", "SIZE_OR_FIT"],
         "window": {"type": "PERIOD", "anchor": "SIGNED", "length": 7, "unit": "CALENDAR_DAYS"}}
        """)).read();
    GoodsFacts shirt = signedOn(GoodsCategory.GENERAL, "2026-02-27T09:00", "2026-03-02T20:00");

    allowedBy(decide(policy, shirt, Reason.SIZE_OR_FIT, CaseType.RETURN_AND_REFUND, "2026-03-09T23:59:59"),
        "shop.no-reason-7d");
    refusedBy(decide(policy, shirt, Reason.SIZE_OR_FIT, CaseType.RETURN_AND_REFUND, "2026-03-10T00:00"),
        RefusalCode.WINDOW_CLOSED, "shop.no-reason-7d");
  }

  @Test
  void seedOneShopCountsItsSevenDayAfterSalesWindowFromThePurchaseDate() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility(windows("""
        {"id": "shop.after-sales-7d-from-purchase", "source": "seed: 7-day after-sales window from the purchase date",
         "types": ["RETURN_AND_REFUND", "EXCHANGE"], "reasons": ["CHANGED_MIND", "SIZE_OR_FIT", "QUALITY_DEFECT"],
         "window": {"type": "PERIOD", "anchor": "PURCHASED", "length": 7, "unit": "CALENDAR_DAYS"}}
        """)).read();
    GoodsFacts lateParcel = signedOn(GoodsCategory.GENERAL, "2026-03-02T10:00", "2026-03-06T10:00");

    allowedBy(decide(policy, lateParcel, Reason.CHANGED_MIND, CaseType.EXCHANGE, "2026-03-09T23:59"),
        "shop.after-sales-7d-from-purchase");
    refusedBy(decide(policy, lateParcel, Reason.CHANGED_MIND, CaseType.EXCHANGE, "2026-03-10T00:00"),
        RefusalCode.WINDOW_CLOSED, "shop.after-sales-7d-from-purchase");
  }

  @Test
  void seedOneShopOffersNoReasonReturnsForFifteenDays() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility(windows("""
        {"id": "shop.no-reason-15d", "source": "seed: no-reason returns for 15 days",
         "types": ["RETURN_AND_REFUND"], "reasons": ["CHANGED_MIND"],
         "window": {"type": "PERIOD", "anchor": "SIGNED", "length": 15, "unit": "CALENDAR_DAYS"}}
        """)).read();
    GoodsFacts shirt = signedOn(GoodsCategory.GENERAL, "2026-02-27T09:00", "2026-03-02T08:00");

    allowedBy(decide(policy, shirt, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND, "2026-03-17T23:59"),
        "shop.no-reason-15d");
    refusedBy(decide(policy, shirt, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND, "2026-03-18T00:00"),
        RefusalCode.WINDOW_CLOSED, "shop.no-reason-15d");
  }

  @Test
  void seedQualityProblemsReturnOrExchangeWithinSevenDaysOfReceiptThenRepairWithProof() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility(windows("""
        {"id": "shop.quality-7d", "source": "seed: quality problems, return or exchange within 7 days of receipt",
         "types": ["RETURN_AND_REFUND", "EXCHANGE"], "reasons": ["QUALITY_DEFECT", "NOT_AS_DESCRIBED"],
         "window": {"type": "PERIOD", "anchor": "SIGNED", "length": 7, "unit": "CALENDAR_DAYS"}},
        {"id": "shop.quality-repair", "source": "seed: repair after that, with proof",
         "types": ["REPAIR"], "reasons": ["QUALITY_DEFECT", "NOT_AS_DESCRIBED"], "window": {"type": "WARRANTY"}}
        """)).evidence("""
        {"rules": [{"id": "shop.repair-proof", "source": "seed: repair after that, with proof",
                    "occasion": "BUYER_REQUEST", "types": ["REPAIR"], "required": [["PROOF_OF_PURCHASE", "INVOICE"]]}]}
        """).read();
    GoodsFacts blender = signedOn(GoodsCategory.GENERAL, "2026-02-27T09:00", "2026-03-02T08:00")
        .withWarrantyEndingOn(LocalDate.of(2027, 2, 26));

    allowedBy(decide(policy, blender, Reason.QUALITY_DEFECT, CaseType.RETURN_AND_REFUND, "2026-03-09T20:00"),
        "shop.quality-7d");
    EligibilityDecision returnOnDay8 =
        decide(policy, blender, Reason.QUALITY_DEFECT, CaseType.RETURN_AND_REFUND, "2026-03-10T08:00");
    refusedBy(returnOnDay8, RefusalCode.WINDOW_CLOSED, "shop.quality-7d");
    assertThat(returnOnDay8.allowed()).extracting(grant -> grant.type()).containsExactly(CaseType.REPAIR);
    refusedBy(decide(policy, blender, Reason.QUALITY_DEFECT, CaseType.REPAIR, "2026-03-10T08:00"),
        RefusalCode.EVIDENCE_MISSING, "shop.repair-proof");
    allowedBy(policy.decide(EligibilityRequest.of(blender, Reason.QUALITY_DEFECT, CaseType.REPAIR,
        shanghai("2026-03-10T08:00")).withEvidence(EnumSet.of(EvidenceKind.INVOICE)), SHANGHAI_WEEKDAYS),
        "shop.quality-repair");
  }

  @Test
  void seedOneShopTakesQualityClaimsWithinThreeWorkingDaysOfReceiptAndRepairsWithinSixMonthsOfPurchase() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility(windows("""
        {"id": "shop.quality-3wd", "source": "seed: quality return or exchange within 3 working days of receipt",
         "types": ["RETURN_AND_REFUND", "EXCHANGE"], "reasons": ["QUALITY_DEFECT"],
         "window": {"type": "PERIOD", "anchor": "SIGNED", "length": 3, "unit": "WORKING_DAYS"}},
        {"id": "shop.repair-6m", "source": "seed: repair within 6 months of purchase",
         "types": ["REPAIR"], "reasons": ["QUALITY_DEFECT"],
         "window": {"type": "PERIOD", "anchor": "PURCHASED", "length": 6, "unit": "MONTHS"}}
        """)).read();
    // Signed on Friday 6 March: the working days are Monday 9, Tuesday 10 and Wednesday 11 March.
    GoodsFacts lamp = signedOn(GoodsCategory.GENERAL, "2026-03-01T09:00", "2026-03-06T17:00");

    allowedBy(decide(policy, lamp, Reason.QUALITY_DEFECT, CaseType.EXCHANGE, "2026-03-11T23:59"), "shop.quality-3wd");
    refusedBy(decide(policy, lamp, Reason.QUALITY_DEFECT, CaseType.EXCHANGE, "2026-03-12T00:00"),
        RefusalCode.WINDOW_CLOSED, "shop.quality-3wd");
    allowedBy(decide(policy, lamp, Reason.QUALITY_DEFECT, CaseType.REPAIR, "2026-09-01T23:59"), "shop.repair-6m");
    refusedBy(decide(policy, lamp, Reason.QUALITY_DEFECT, CaseType.REPAIR, "2026-09-02T00:00"),
        RefusalCode.WINDOW_CLOSED, "shop.repair-6m");
  }

  @Test
  void seedFreshProduceIsCheckedWithinTwoHoursOfReceiptAndHasNoNoReasonReturn() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility("""
        {"windows": [
           {"id": "shop.no-reason-7d", "source": "seed: no-reason return within 7 days",
            "types": ["RETURN_AND_REFUND"], "reasons": ["CHANGED_MIND"],
            "window": {"type": "PERIOD", "anchor": "SIGNED", "length": 7, "unit": "CALENDAR_DAYS"}},
           {"id": "shop.fresh-2h", "source": "seed: fresh produce, acceptance check within 2 hours of receipt",
            "types": ["REFUND_ONLY", "RETURN_AND_REFUND"], "categories": ["FRESH"],
            "reasons": ["QUALITY_DEFECT", "DAMAGED_IN_TRANSIT", "WRONG_ITEM"],
            "window": {"type": "PERIOD", "anchor": "SIGNED", "length": 2, "unit": "HOURS"}}],
         "exclusions": [
           {"id": "shop.fresh-no-reason", "source": "seed: fresh produce, no no-reason return",
            "categories": ["FRESH"], "reasons": ["CHANGED_MIND"]}]}
        """).read();
    GoodsFacts cherries = signedOn(GoodsCategory.FRESH, "2026-03-01T09:00", "2026-03-02T10:00");

    allowedBy(decide(policy, cherries, Reason.DAMAGED_IN_TRANSIT, CaseType.REFUND_ONLY, "2026-03-02T11:59:59"),
        "shop.fresh-2h");
    refusedBy(decide(policy, cherries, Reason.DAMAGED_IN_TRANSIT, CaseType.REFUND_ONLY, "2026-03-02T12:00"),
        RefusalCode.WINDOW_CLOSED, "shop.fresh-2h");
    refusedBy(decide(policy, cherries, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND, "2026-03-02T10:30"),
        RefusalCode.EXCLUDED_GOODS, "shop.fresh-no-reason");
  }

  @Test
  void seedVirtualCustomMadeIntimateAndConsumableGoodsAreExcludedAndNoReasonReturnNeedsResaleableGoods() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility("""
        {"windows": [
           {"id": "shop.no-reason-7d", "source": "seed: no-reason return needs goods resaleable",
            "types": ["RETURN_AND_REFUND"], "reasons": ["CHANGED_MIND"],
            "window": {"type": "PERIOD", "anchor": "SIGNED", "length": 7, "unit": "CALENDAR_DAYS"},
            "requiredCondition": ["PACKAGING_INTACT", "ACCESSORIES_COMPLETE", "UNUSED"]},
           {"id": "shop.quality-7d", "source": "seed: quality return within 7 days of receipt",
            "types": ["RETURN_AND_REFUND"], "reasons": ["QUALITY_DEFECT"],
            "window": {"type": "PERIOD", "anchor": "SIGNED", "length": 7, "unit": "CALENDAR_DAYS"}}],
         "exclusions": [
           {"id": "shop.virtual-no-reason", "source": "seed: virtual goods, no no-reason return",
            "categories": ["VIRTUAL"], "reasons": ["CHANGED_MIND"]},
           {"id": "shop.excluded-no-reason", "source": "seed: custom-made, intimate apparel and consumables excluded",
            "categories": ["CUSTOM_MADE", "INTIMATE_APPAREL", "CONSUMABLE"], "reasons": ["CHANGED_MIND"]}]}
        """).read();

    refusedBy(decide(policy, signedOn(GoodsCategory.VIRTUAL, "2026-03-02T09:00", "2026-03-02T09:00"),
        Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND, "2026-03-02T10:00"),
        RefusalCode.EXCLUDED_GOODS, "shop.virtual-no-reason");
    for (GoodsCategory category : EnumSet.of(GoodsCategory.CUSTOM_MADE, GoodsCategory.INTIMATE_APPAREL,
        GoodsCategory.CONSUMABLE)) {
      GoodsFacts goods = signedOn(category, "2026-03-01T09:00", "2026-03-02T09:00");
      refusedBy(decide(policy, goods, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND, "2026-03-03T10:00"),
          RefusalCode.EXCLUDED_GOODS, "shop.excluded-no-reason");
      allowedBy(decide(policy, goods, Reason.QUALITY_DEFECT, CaseType.RETURN_AND_REFUND, "2026-03-03T10:00"),
          "shop.quality-7d");
    }
    GoodsFacts packagingDamaged = signedOn(GoodsCategory.GENERAL, "2026-03-01T09:00", "2026-03-02T09:00")
        .withCondition(EnumSet.of(ConditionFlag.ACCESSORIES_COMPLETE, ConditionFlag.UNUSED));
    EligibilityDecision packagingDamagedReturn =
        decide(policy, packagingDamaged, Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND, "2026-03-03T10:00");
    refusedBy(packagingDamagedReturn, RefusalCode.GOODS_NOT_RESALEABLE, "shop.no-reason-7d");
    assertThat(((Refused) packagingDamagedReturn).message()).contains("PACKAGING_INTACT");
  }

  @Test
  void seedWarrantyDiffersByCategoryAndBrandRepairIsFreeInsideItAndBuyerDamageIsRepairedAtTheBuyersCost() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility(windows("""
        {"id": "shop.brand-warranty", "source": "seed: free repair inside the brand's warranty",
         "types": ["REPAIR"], "reasons": ["QUALITY_DEFECT"], "window": {"type": "WARRANTY"}},
        {"id": "shop.appliance-warranty-3y", "source": "seed: warranty periods differ by category",
         "types": ["REPAIR"], "reasons": ["QUALITY_DEFECT"], "categories": ["LARGE_APPLIANCE"],
         "window": {"type": "PERIOD", "anchor": "PURCHASED", "length": 36, "unit": "MONTHS"}},
        {"id": "shop.paid-repair", "source": "seed: damage caused by the buyer is outside warranty, the buyer pays",
         "types": ["REPAIR"], "reasons": ["QUALITY_DEFECT"], "window": {"type": "UNLIMITED"}, "cost": "BUYER_PAYS"}
        """)).read();
    GoodsFacts phone = signedOn(GoodsCategory.ELECTRONICS, "2026-03-02T09:00", "2026-03-03T09:00")
        .withWarrantyEndingOn(LocalDate.of(2027, 3, 1));
    GoodsFacts fridge = signedOn(GoodsCategory.LARGE_APPLIANCE, "2026-03-02T09:00", "2026-03-03T09:00")
        .withWarrantyEndingOn(LocalDate.of(2027, 3, 1));

    ObjectAssert<EligibilityDecision> phoneInWarranty =
        assertThat(decide(policy, phone, Reason.QUALITY_DEFECT, CaseType.REPAIR, "2027-03-01T12:00"));
    phoneInWarranty.isInstanceOfSatisfying(Allowed.class, allowed -> {
      assertThat(allowed.granted().rule().id()).isEqualTo("shop.brand-warranty");
      assertThat(allowed.granted().cost()).isEqualTo(RemedyCost.FREE);
    });
    assertThat(decide(policy, phone, Reason.QUALITY_DEFECT, CaseType.REPAIR, "2027-03-02T12:00"))
        .isInstanceOfSatisfying(Allowed.class, allowed -> {
          assertThat(allowed.granted().rule().id()).isEqualTo("shop.paid-repair");
          assertThat(allowed.granted().cost()).isEqualTo(RemedyCost.BUYER_PAYS);
        });
    allowedBy(decide(policy, fridge, Reason.QUALITY_DEFECT, CaseType.REPAIR, "2028-06-01T12:00"),
        "shop.appliance-warranty-3y");
    assertThat(decide(policy, phone.withBuyerCausedDamage(), Reason.QUALITY_DEFECT, CaseType.REPAIR,
        "2026-06-01T12:00")).isInstanceOfSatisfying(Allowed.class, allowed -> {
          assertThat(allowed.granted().rule().id()).isEqualTo("shop.paid-repair");
          assertThat(allowed.granted().cost()).isEqualTo(RemedyCost.BUYER_PAYS);
        });
  }

  @Test
  void seedBuyerDamageWithoutAPaidRepairRuleIsRefusedNamingTheWarrantyRule() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility(windows("""
        {"id": "shop.brand-warranty", "source": "seed: damage caused by the buyer is outside warranty",
         "types": ["REPAIR"], "reasons": ["QUALITY_DEFECT"], "window": {"type": "WARRANTY"}}
        """)).read();
    GoodsFacts dropped = signedOn(GoodsCategory.ELECTRONICS, "2026-03-02T09:00", "2026-03-03T09:00")
        .withWarrantyEndingOn(LocalDate.of(2027, 3, 1)).withBuyerCausedDamage();

    refusedBy(decide(policy, dropped, Reason.QUALITY_DEFECT, CaseType.REPAIR, "2026-06-01T12:00"),
        RefusalCode.BUYER_CAUSED_DAMAGE, "shop.brand-warranty");
  }

  @Test
  void seedDeliveryDelayBeyondThePromisedTimeEntitlesTheBuyerToARefund() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility(windows("""
        {"id": "shop.delivery-delay", "source": "seed: delivery delay beyond the promised time, compensation or refund",
         "types": ["REFUND_ONLY", "RETURN_AND_REFUND"], "reasons": ["DELIVERY_DELAY"],
         "window": {"type": "PERIOD", "anchor": "PROMISED_DELIVERY", "length": 15, "unit": "CALENDAR_DAYS"}}
        """)).read();
    GoodsFacts promisedByWednesday = GoodsFacts.purchased(GoodsCategory.GENERAL, shanghai("2026-03-02T09:00"))
        .withPromisedDeliveryBy(shanghai("2026-03-04T18:00"));

    refusedBy(decide(policy, promisedByWednesday, Reason.DELIVERY_DELAY, CaseType.REFUND_ONLY, "2026-03-04T17:59"),
        RefusalCode.WINDOW_NOT_OPEN, "shop.delivery-delay");
    allowedBy(decide(policy, promisedByWednesday, Reason.DELIVERY_DELAY, CaseType.REFUND_ONLY, "2026-03-04T18:00"),
        "shop.delivery-delay");
  }

  @Test
  void seedLifetimeRepairAndAuthenticityGuaranteeAreCommitmentsWithoutEnd() {
    AfterSalesPolicy policy = SeedDocument.shop().eligibility(windows("""
        {"id": "shop.lifetime-repair", "source": "seed: lifetime repair, a service commitment",
         "types": ["REPAIR"], "reasons": ["QUALITY_DEFECT"], "window": {"type": "UNLIMITED"}},
        {"id": "shop.authenticity", "source": "seed: authenticity guarantee, a service commitment",
         "types": ["RETURN_AND_REFUND"], "reasons": ["NOT_AS_DESCRIBED"], "window": {"type": "UNLIMITED"}}
        """)).read();
    GoodsFacts watch = signedOn(GoodsCategory.GENERAL, "2026-03-02T09:00", "2026-03-03T09:00");

    assertThat(decide(policy, watch, Reason.QUALITY_DEFECT, CaseType.REPAIR, "2036-03-02T09:00"))
        .isInstanceOfSatisfying(Allowed.class, allowed -> {
          assertThat(allowed.granted().rule().id()).isEqualTo("shop.lifetime-repair");
          assertThat(allowed.granted().endsAt()).isEmpty();
        });
    allowedBy(decide(policy, watch, Reason.NOT_AS_DESCRIBED, CaseType.RETURN_AND_REFUND, "2031-01-01T00:00"),
        "shop.authenticity");
  }
}
