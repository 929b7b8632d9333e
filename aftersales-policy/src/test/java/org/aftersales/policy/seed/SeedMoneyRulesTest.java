package org.aftersales.policy.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.List;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.liability.ExchangePrices;
import org.aftersales.policy.liability.LegLiability;
import org.aftersales.policy.liability.Liability;
import org.aftersales.policy.liability.LiabilityQuestion;
import org.aftersales.policy.liability.Payer;
import org.aftersales.policy.liability.ShippingLeg;
import org.aftersales.policy.refund.Deduction;
import org.aftersales.policy.refund.DeductionKind;
import org.aftersales.policy.refund.OrderSnapshot;
import org.aftersales.policy.refund.PurchasedLine;
import org.aftersales.policy.refund.Refund;
import org.aftersales.policy.refund.RefundRequest;
import org.aftersales.policy.refund.RefundRoute;
import org.aftersales.policy.refund.RequestedLine;
import org.aftersales.policy.refund.Shipping;
import org.aftersales.policy.refund.TenderKind;
import org.aftersales.policy.refund.TenderPayment;
import org.aftersales.policy.refund.TenderRefund;
import org.assertj.core.groups.Tuple;
import org.aftersales.policy.testing.SeedDocument;
import org.junit.jupiter.api.Test;

/**
 * The "Money" lines of seed-rules.md, each as a shop's {@code "shipping"} and {@code "refund"}
 * sections, shown deciding: the liability and the refund come from a policy read from JSON.
 */
class SeedMoneyRulesTest {

  private static final Currency CNY = Currency.getInstance("CNY");

  private static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  /** One 200.00 kettle, 10.00 standard delivery, 210.00 paid by card and wallet. */
  private static OrderSnapshot kettleOrder() {
    return OrderSnapshot.builder("o-kettle", CNY)
        .line(PurchasedLine.of("kettle", "sku-kettle", 1, cny("200.00")))
        .shipping(Shipping.standard(cny("10.00")))
        .payment(TenderPayment.of("card", TenderKind.CARD, cny("150.00")))
        .payment(TenderPayment.of("wallet", TenderKind.WALLET, cny("60.00")))
        .build();
  }

  /** The kettle comes back; the merchant paid {@code returnShipping} for the pickup. */
  private static RefundRequest kettleBack(String returnShipping) {
    return RefundRequest.of(CNY, RequestedLine.of("kettle", 1)).withReturnShippingCharge(cny(returnShipping));
  }

  private static Liability returning(AfterSalesPolicy policy, Reason reason) {
    return policy.liability(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, reason));
  }

  private static Refund refund(AfterSalesPolicy policy, Liability liability, RefundRequest request) {
    return policy.refund(kettleOrder(), request, liability, List.of());
  }

  private static String shipping(String id, String source, String returnCover, String replacementOut) {
    return """
        {"id": "%s", "source": "%s", "changeOfMindReturn": "%s", "changeOfMindOriginalDelivery": "BUYER",
         "changeOfMindReplacementOut": "%s"}
        """.formatted(id, source, returnCover, replacementOut);
  }

  private static String refund(String id, String source, String route, boolean deductReturnShipping, int restocking,
      int depreciationCap) {
    return """
        {"id": "%s", "source": "%s", "route": "%s", "deductReturnShipping": %s, "chargeWaivedShipping": true,
         "clawBackBrokenThresholds": true, "deductKeptGifts": true, "restockingFeeBasisPoints": %d,
         "depreciationCapBasisPoints": %d, "keepPremiumDeliverySurplus": true, "pointsInKind": true,
         "couponsInKind": false}
        """.formatted(id, source, route, deductReturnShipping, restocking, depreciationCap);
  }

  private static List<DeductionKind> kinds(Refund refund) {
    return refund.deductions().stream().map(Deduction::kind).toList();
  }

  @Test
  void seedQualityProblemWrongOrDamagedGoods_theMerchantOrThePlatformWhenAtFault_paysTheShippingBothWays() {
    AfterSalesPolicy policy = SeedDocument.shop().shipping(shipping("shop.shipping",
        "seed: change of mind, the buyer pays the return", "BUYER_PAYS", "BUYER")).read();

    for (Reason reason : List.of(Reason.QUALITY_DEFECT, Reason.WRONG_ITEM, Reason.DAMAGED_IN_TRANSIT)) {
      Liability liability = returning(policy, reason);
      assertThat(liability.legs()).as("%s", reason).extracting(LegLiability::payer)
          .containsExactly(Payer.MERCHANT, Payer.MERCHANT);
      Refund refund = refund(policy, liability, kettleBack("12.00"));
      assertThat(refund.deductions()).as("%s", reason).isEmpty();
      assertThat(refund.shippingRefund()).as("%s", reason).isEqualTo(cny("10.00"));
      assertThat(refund.total()).as("%s", reason).isEqualTo(cny("210.00"));
    }
    Liability platformFault = policy.liability(
        LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, Reason.DAMAGED_IN_TRANSIT).withPlatformAtFault());
    assertThat(platformFault.legs()).extracting(LegLiability::payer).containsExactly(Payer.PLATFORM, Payer.PLATFORM);
    assertThat(refund(policy, platformFault, kettleBack("12.00")).total()).isEqualTo(cny("210.00"));
  }

  @Test
  void seedChangeOfMind_theBuyerPaysTheReturnShipping_andTheRefundMayDeductIt() {
    AfterSalesPolicy deducting = SeedDocument.shop().refund(refund("shop.refund",
        "seed: the refund deducts the return shipping", "ORIGINAL_PAYMENT", true, 0, 0)).read();
    AfterSalesPolicy notDeducting = SeedDocument.shop().refund(refund("shop.refund",
        "a shop that lets the buyer send it back themselves", "ORIGINAL_PAYMENT", false, 0, 0)).read();
    AfterSalesPolicy insured = SeedDocument.shop().shipping(shipping("shop.shipping",
        "a shop that buys return-shipping insurance (运费险)", "SHIPPING_INSURANCE", "BUYER")).read();

    Liability changedMind = returning(deducting, Reason.CHANGED_MIND);
    assertThat(changedMind.payerOf(ShippingLeg.RETURN)).hasValue(Payer.BUYER);
    Refund deducted = refund(deducting, changedMind, kettleBack("12.00"));
    assertThat(deducted.deductions()).singleElement().satisfies(deduction -> {
      assertThat(deduction.kind()).isEqualTo(DeductionKind.RETURN_SHIPPING);
      assertThat(deduction.amount()).isEqualTo(cny("12.00"));
    });
    // The buyer keeps paying the 10.00 delivery too (changeOfMindOriginalDelivery BUYER).
    assertThat(deducted.total()).isEqualTo(cny("188.00"));
    assertThat(refund(notDeducting, returning(notDeducting, Reason.CHANGED_MIND), kettleBack("12.00")).total())
        .isEqualTo(cny("200.00"));
    Liability covered = returning(insured, Reason.CHANGED_MIND);
    assertThat(covered.payerOf(ShippingLeg.RETURN)).hasValue(Payer.MERCHANT);
    assertThat(refund(insured, covered, kettleBack("12.00")).total()).isEqualTo(cny("200.00"));
  }

  @Test
  void seedReturn_theMerchantBearsDepreciationOrTheFullPrice_asItsPolicySays() {
    AfterSalesPolicy merchantBears = SeedDocument.shop().refund(refund("shop.refund",
        "seed: the merchant bears depreciation", "ORIGINAL_PAYMENT", true, 0, 0)).read();
    AfterSalesPolicy buyerBearsUpToAFifth = SeedDocument.shop().refund(refund("shop.refund",
        "a shop deducting assessed depreciation up to 20% of the goods", "ORIGINAL_PAYMENT", true, 0, 2_000)).read();
    RefundRequest usedKettle = RefundRequest.of(CNY, RequestedLine.of("kettle", 1)).withDepreciation(cny("50.00"));

    assertThat(refund(merchantBears, returning(merchantBears, Reason.CHANGED_MIND), usedKettle).total())
        .isEqualTo(cny("200.00"));
    Refund capped = refund(buyerBearsUpToAFifth, returning(buyerBearsUpToAFifth, Reason.CHANGED_MIND), usedKettle);
    assertThat(capped.deductions()).singleElement().satisfies(deduction -> {
      assertThat(deduction.kind()).isEqualTo(DeductionKind.DEPRECIATION);
      assertThat(deduction.amount()).isEqualTo(cny("40.00"));
    });
    assertThat(capped.total()).isEqualTo(cny("160.00"));
    // A faulty kettle is never depreciated, whatever the terms.
    assertThat(refund(buyerBearsUpToAFifth, returning(buyerBearsUpToAFifth, Reason.QUALITY_DEFECT), usedKettle).total())
        .isEqualTo(cny("210.00"));
  }

  @Test
  void seedExchangeToADearerItem_theBuyerPaysTheIncrease() {
    AfterSalesPolicy buyerPaysResend = SeedDocument.shop().read();
    AfterSalesPolicy freeResend = SeedDocument.shop().shipping(shipping("shop.shipping",
        "a shop that sends a size exchange free", "BUYER_PAYS", "MERCHANT")).read();
    LiabilityQuestion dearerSize = LiabilityQuestion.of(CaseType.EXCHANGE, Reason.SIZE_OR_FIT)
        .exchangingAt(ExchangePrices.of(cny("200.00"), cny("230.00")));

    Liability liability = buyerPaysResend.liability(dearerSize);

    assertThat(liability.priceDifference()).hasValueSatisfying(difference -> {
      assertThat(difference.payer()).isEqualTo(Payer.BUYER);
      assertThat(difference.amount()).isEqualTo(cny("30.00"));
    });
    assertThat(liability.payerOf(ShippingLeg.REPLACEMENT_OUT)).hasValue(Payer.BUYER);
    assertThat(freeResend.liability(dearerSize).payerOf(ShippingLeg.REPLACEMENT_OUT)).hasValue(Payer.MERCHANT);
    assertThat(freeResend.liability(dearerSize).priceDifference().orElseThrow().payer()).isEqualTo(Payer.BUYER);
  }

  @Test
  void seedRefundByTheOriginalPaymentRoute_someShopsOfferStoreBalanceOrBankCard() {
    AfterSalesPolicy originalRoute = SeedDocument.shop().refund(refund("shop.refund",
        "seed: refund by the original payment route", "ORIGINAL_PAYMENT", true, 0, 0)).read();
    AfterSalesPolicy storeBalance = SeedDocument.shop().refund(refund("shop.refund",
        "seed: some shops offer store balance", "STORE_BALANCE", true, 0, 0)).read();

    AfterSalesPolicy bankCard = SeedDocument.shop().refund(refund("shop.refund",
        "seed: some shops offer a bank card", "BANK_CARD", true, 0, 0)).read();

    Refund back = refund(originalRoute, returning(originalRoute, Reason.QUALITY_DEFECT), kettleBack("0.00"));
    Refund toBalance = refund(storeBalance, returning(storeBalance, Reason.QUALITY_DEFECT), kettleBack("0.00"));
    Refund toCard = refund(bankCard, returning(bankCard, Reason.QUALITY_DEFECT), kettleBack("0.00"));

    assertThat(back.tenders()).extracting(TenderRefund::tenderId, TenderRefund::route).containsExactly(
        Tuple.tuple("card", RefundRoute.ORIGINAL_PAYMENT),
        Tuple.tuple("wallet", RefundRoute.ORIGINAL_PAYMENT));
    assertThat(toBalance.tenders()).extracting(TenderRefund::route)
        .containsOnly(RefundRoute.STORE_BALANCE);
    assertThat(toCard.tenders()).extracting(TenderRefund::route).containsOnly(RefundRoute.BANK_CARD);
    assertThat(toBalance.total()).isEqualTo(back.total()).isEqualTo(toCard.total()).isEqualTo(cny("210.00"));
  }

  @Test
  void seedRefundAmountAfterDeductingShippingOrOtherReasonableFees_whereTheBuyerIsLiable() {
    AfterSalesPolicy policy = SeedDocument.shop().refund(refund("shop.refund",
        "seed: return shipping and a 10% restocking fee where the buyer is liable", "ORIGINAL_PAYMENT", true, 1_000,
        0)).read();

    Refund changedMind = refund(policy, returning(policy, Reason.CHANGED_MIND), kettleBack("12.00"));
    Refund faulty = refund(policy, returning(policy, Reason.QUALITY_DEFECT), kettleBack("12.00"));

    assertThat(kinds(changedMind)).containsExactly(DeductionKind.RETURN_SHIPPING, DeductionKind.RESTOCKING_FEE);
    assertThat(changedMind.deductions()).extracting(Deduction::amount).containsExactly(cny("12.00"), cny("20.00"));
    assertThat(changedMind.total()).isEqualTo(cny("168.00"));
    assertThat(faulty.deductions()).isEmpty();
    assertThat(faulty.total()).isEqualTo(cny("210.00"));
  }
}
