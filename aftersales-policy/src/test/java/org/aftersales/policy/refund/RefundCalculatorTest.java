package org.aftersales.policy.refund;

import static org.aftersales.policy.refund.RefundExamples.CNY;
import static org.aftersales.policy.refund.RefundExamples.card;
import static org.aftersales.policy.refund.RefundExamples.cny;
import static org.aftersales.policy.refund.RefundExamples.line;
import static org.aftersales.policy.refund.RefundExamples.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.aftersales.policy.liability.Liability;
import org.aftersales.policy.liability.LiabilityDecider;
import org.aftersales.policy.liability.LiabilityQuestion;
import org.aftersales.policy.liability.LiabilityTerms;
import org.aftersales.policy.liability.Payer;
import org.aftersales.policy.liability.ReturnCover;
import org.junit.jupiter.api.Test;

class RefundCalculatorTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final RefundTerms TERMS = RefundTerms.defaults();

  private static Liability liability(Reason reason) {
    return LiabilityDecider.decide(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, reason), LiabilityTerms.defaults());
  }

  private static final Liability CHANGED_MIND = liability(Reason.CHANGED_MIND);
  private static final Liability QUALITY = liability(Reason.QUALITY_DEFECT);

  /** Three lines, 233.00 after item prices, and a 10.00 coupon on the whole order. */
  private static OrderSnapshot couponOrder() {
    return OrderSnapshot.builder("o-coupon", CNY)
        .line(PurchasedLine.of("A", "sku-a", 1, cny("100.00")))
        .line(PurchasedLine.of("B", "sku-b", 2, cny("50.00")))
        .line(PurchasedLine.of("C", "sku-c", 1, cny("33.00")))
        .discount(OrderDiscount.coupon("coupon-10", cny("10.00")))
        .payment(card("223.00"))
        .build();
  }

  /** 满300减30 over a 200.00 line and a 150.00 line: 320.00 paid. */
  private static OrderSnapshot manjianOrder() {
    return OrderSnapshot.builder("o-manjian", CNY)
        .line(PurchasedLine.of("A", "sku-a", 1, cny("200.00")))
        .line(PurchasedLine.of("B", "sku-b", 1, cny("150.00")))
        .discount(OrderDiscount.thresholdPromotion("manjian-300-30", cny("300.00"), cny("30.00")))
        .payment(card("320.00"))
        .build();
  }

  @Test
  void cnCoupon_isSpreadOverTheLinesByLargestRemainder_andAFullReturnRefundsExactlyWhatWasPaid() {
    OrderSnapshot order = couponOrder();

    // 10.00 in proportion to 100 : 100 : 33 is 4.2918 : 4.2918 : 1.4163; the one fen left goes to C.
    assertThat(order.linePaid()).containsExactly(cny("95.71"), cny("95.71"), cny("31.58"));
    Refund all = RefundCalculator.calculate(order, request(line("A", 1), line("B", 2), line("C", 1)), QUALITY, List.of(), TERMS);
    assertThat(all.total()).isEqualTo(cny("223.00"));
    assertThat(all.lines()).extracting(LineRefund::goods).containsExactly(cny("95.71"), cny("95.71"), cny("31.58"));
  }

  @Test
  void cnCoupon_theLastUnitOfALineTakesTheRemainder() {
    OrderSnapshot order = couponOrder();

    Refund first = RefundCalculator.calculate(order, request(line("B", 1)), QUALITY, List.of(), TERMS);
    Refund second = RefundCalculator.calculate(order, request(line("B", 1)), QUALITY, List.of(first), TERMS);

    assertThat(first.lines().get(0).unitAmounts()).containsExactly(cny("47.85"));
    assertThat(second.lines().get(0).unitAmounts()).containsExactly(cny("47.86"));
    assertThat(second.explanationText()).contains("Line B: unit 2 of 2 comes back at CNY 47.86 of the CNY 95.71 paid for the line after discounts; the last unit takes the remainder");
  }

  @Test
  void unitsCarryTheirProRataShareWithinOneFen_soAKeptUnitNeverCostsMoreThanItsPrice() {
    // 100 units at 1.00 with a 0.01 coupon: 99.99 paid. Flooring every unit to 0.99 and giving the
    // last one the remainder refunded 98.01 for 99 units and left the kept unit costing 1.98.
    OrderSnapshot order = OrderSnapshot.builder("o-bulk", CNY)
        .line(PurchasedLine.of("A", "sku-a", 100, cny("1.00")))
        .discount(OrderDiscount.coupon("coupon-1fen", cny("0.01")))
        .payment(card("99.99")).build();

    Refund ninetyNine = RefundCalculator.calculate(order, request(line("A", 99)), QUALITY, List.of(), TERMS);
    Refund last = RefundCalculator.calculate(order, request(line("A", 1)), QUALITY, List.of(ninetyNine), TERMS);

    assertThat(ninetyNine.total()).isEqualTo(cny("98.99"));
    assertThat(ninetyNine.lines().get(0).unitAmounts()).allMatch(unit -> unit.equals(cny("0.99")) || unit.equals(cny("1.00")));
    assertThat(last.total()).isEqualTo(cny("1.00"));
  }

  @Test
  void manjian_thresholdBrokenByAPartialReturn_deductsThePromotionsShareOnTheKeptGoods() {
    OrderSnapshot order = manjianOrder();
    assertThat(order.linePaid()).containsExactly(cny("182.86"), cny("137.14"));

    Refund returnB = RefundCalculator.calculate(order, request(line("B", 1)), CHANGED_MIND, List.of(), TERMS);

    // A alone (200.00) no longer reaches 300.00, so A loses its 17.14 share of the 30.00 off.
    assertThat(returnB.lines().get(0).goods()).isEqualTo(cny("137.14"));
    assertThat(returnB.deductions()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DeductionKind.DISCOUNT_THRESHOLD_BROKEN);
      assertThat(d.subject()).isEqualTo("manjian-300-30");
      assertThat(d.amount()).isEqualTo(cny("17.14"));
    });
    assertThat(returnB.total()).isEqualTo(cny("120.00"));
    assertThat(returnB.explanationText()).contains("[DEDUCT-DISCOUNT-THRESHOLD-BROKEN]");
  }

  @Test
  void theExplanationReadsAsOneSentencePerStep_eachCitingItsRule() {
    RefundRequest returnB = request(line("B", 1)).withReturnShippingCharge(cny("12.00"));

    Refund refund = RefundCalculator.calculate(manjianOrder(), returnB, CHANGED_MIND, List.of(), TERMS);

    assertThat(refund.explanation()).containsExactly(
        "Line B: its one unit comes back at CNY 137.14, what was paid for it after discounts [REFUND-GOODS]",
        "Deducted CNY 17.14: THRESHOLD_PROMOTION manjian-300-30 needs CNY 300.00 of eligible goods; the goods kept (CNY 200.00)"
            + " no longer reach it, so its share on them (CNY 17.14) is no longer given [DEDUCT-DISCOUNT-THRESHOLD-BROKEN]",
        "Deducted CNY 12.00: the buyer pays the return shipping of this return, CNY 12.00 [DEDUCT-RETURN-SHIPPING]",
        "Split over the tenders in proportion to what each can still take back: [card CNY 108.00 to ORIGINAL_PAYMENT] [REFUND-BY-TENDER]",
        "Refund: CNY 108.00.");
  }

  @Test
  void manjian_theClawbackTakesBackOnlyTheDiscountTheKeptUnitsGot_soTheyNeverCostMoreThanTheirPrice() {
    // 满100减1.72 over three units of 1.00 and one of 100.00: line A carries 0.05 of it, 2.95 paid.
    OrderSnapshot order = OrderSnapshot.builder("o-manjian-units", CNY)
        .line(PurchasedLine.of("A", "sku-a", 3, cny("1.00"))).line(PurchasedLine.of("B", "sku-b", 1, cny("100.00")))
        .discount(OrderDiscount.thresholdPromotion("manjian-100", cny("100.00"), cny("1.72")))
        .payment(card("101.28")).build();

    Refund refund = RefundCalculator.calculate(order, request(line("A", 2), line("B", 1)), CHANGED_MIND, List.of(), TERMS);

    // The kept unit was paid 0.99, so 0.01 of discount is all there is to take back; 0.02 made it cost 1.01.
    assertThat(refund.deductions()).extracting(Deduction::amount).containsExactly(cny("0.01"));
    assertThat(order.totalPaid().minus(refund.total())).isEqualTo(cny("1.00"));
  }

  @Test
  void manjian_returningTheRestLater_releasesTheClawback_soTheOrderRefundsWhatWasPaid() {
    OrderSnapshot order = manjianOrder();
    Refund returnB = RefundCalculator.calculate(order, request(line("B", 1)), CHANGED_MIND, List.of(), TERMS);

    Refund returnA = RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(returnB), TERMS);

    assertThat(returnA.released()).extracting(Deduction::amount).containsExactly(cny("17.14"));
    assertThat(returnA.total()).isEqualTo(cny("200.00"));
    assertThat(returnB.total().plus(returnA.total())).isEqualTo(cny("320.00"));
  }

  @Test
  void manjian_aReturnForAQualityDefect_neverClawsBackTheThreshold() {
    Refund returnB = RefundCalculator.calculate(manjianOrder(), request(line("B", 1)), QUALITY, List.of(), TERMS);

    assertThat(returnB.deductions()).isEmpty();
    assertThat(returnB.total()).isEqualTo(cny("137.14"));
    assertThat(returnB.explanationText()).contains("Not deducted, the return is not the buyer's choice");
  }

  @Test
  void manjian_termsMayWaiveTheClawback() {
    Refund returnB = RefundCalculator.calculate(manjianOrder(), request(line("B", 1)), CHANGED_MIND, List.of(),
        TERMS.withClawBackBrokenThresholds(false));

    assertThat(returnB.total()).isEqualTo(cny("137.14"));
  }

  @Test
  void giftNotReturned_isDeductedAtItsMarkedPrice() {
    OrderSnapshot order = OrderSnapshot.builder("o-gift", CNY).line(PurchasedLine.of("A", "sku-a", 1, cny("100.00")))
        .gift(Gift.withLine("mug", "sku-mug", cny("20.00"), "A")).payment(card("100.00")).build();

    Refund kept = RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(), TERMS);
    Refund returned = RefundCalculator.calculate(order, request(line("A", 1)).returningGifts("mug"), CHANGED_MIND, List.of(), TERMS);

    assertThat(kept.total()).isEqualTo(cny("80.00"));
    assertThat(kept.deductions()).extracting(Deduction::kind).containsExactly(DeductionKind.GIFT_NOT_RETURNED);
    assertThat(returned.total()).isEqualTo(cny("100.00"));
  }

  @Test
  void giftNotReturned_deductionIsCappedByTheRefund() {
    OrderSnapshot order = OrderSnapshot.builder("o-gift", CNY).line(PurchasedLine.of("A", "sku-a", 1, cny("30.00")))
        .gift(Gift.withLine("blender", "sku-blender", cny("50.00"), "A")).payment(card("30.00")).build();

    Refund refund = RefundCalculator.calculate(order, request(line("A", 1)), QUALITY, List.of(), TERMS);

    assertThat(refund.deductions()).extracting(Deduction::amount).containsExactly(cny("30.00"));
    assertThat(refund.total()).isEqualTo(cny("0.00"));
    assertThat(refund.explanationText()).contains("capped at what the refund had left");
  }

  @Test
  void giftForASpend_isOwedWhenTheKeptGoodsFallBelowItsThreshold() {
    OrderSnapshot order = OrderSnapshot.builder("o-mz", CNY)
        .line(PurchasedLine.of("A", "sku-a", 1, cny("120.00"))).line(PurchasedLine.of("B", "sku-b", 1, cny("80.00")))
        .gift(Gift.fromSpend("tote", "sku-tote", cny("15.00"), cny("150.00"))).payment(card("200.00")).build();

    Refund returnB = RefundCalculator.calculate(order, request(line("B", 1)), CHANGED_MIND, List.of(), TERMS);

    assertThat(returnB.total()).isEqualTo(cny("65.00"));
  }

  @Test
  void euCrdArt13_2_fullWithdrawalRefundsTheStandardDelivery_butNotThePremiumSurplus() {
    Money eur80 = Money.parse("EUR 80.00");
    OrderSnapshot order = OrderSnapshot.builder("o-eu", EUR).line(PurchasedLine.of("A", "sku-a", 1, eur80))
        .shipping(Shipping.premium(Money.parse("EUR 9.99"), Money.parse("EUR 4.99")))
        .payment(TenderPayment.of("card", TenderKind.CARD, Money.parse("EUR 89.99"))).build();
    Liability withdrawal = LiabilityDecider.decide(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND),
        LiabilityTerms.defaults().withChangeOfMindOriginalDelivery(Payer.MERCHANT));

    Refund refund = RefundCalculator.calculate(order, RefundRequest.of(EUR, line("A", 1)), withdrawal, List.of(), TERMS);

    assertThat(refund.shippingRefund()).isEqualTo(Money.parse("EUR 4.99"));
    assertThat(refund.total()).isEqualTo(Money.parse("EUR 84.99"));
    assertThat(refund.explanationText()).contains("EUR 4.99 comes back; the premium surplus EUR 5.00 the buyer chose does not [EU-CRD-ART-13-2]");
  }

  @Test
  void euCrdArt13_2_aStandardDeliveryIsRefundedInFull_andTermsMayRefundAPremiumSurplusToo() {
    Liability withdrawal = LiabilityDecider.decide(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND),
        LiabilityTerms.defaults().withChangeOfMindOriginalDelivery(Payer.MERCHANT));
    OrderSnapshot standard = OrderSnapshot.builder("o-eu-std", EUR).line(PurchasedLine.of("A", "sku-a", 1, Money.parse("EUR 80.00")))
        .shipping(Shipping.standard(Money.parse("EUR 4.99")))
        .payment(TenderPayment.of("card", TenderKind.CARD, Money.parse("EUR 84.99"))).build();
    OrderSnapshot premium = OrderSnapshot.builder("o-eu-pre", EUR).line(PurchasedLine.of("A", "sku-a", 1, Money.parse("EUR 80.00")))
        .shipping(Shipping.premium(Money.parse("EUR 9.99"), Money.parse("EUR 4.99")))
        .payment(TenderPayment.of("card", TenderKind.CARD, Money.parse("EUR 89.99"))).build();
    RefundRequest all = RefundRequest.of(EUR, line("A", 1));

    assertThat(RefundCalculator.calculate(standard, all, withdrawal, List.of(), TERMS).shippingRefund()).isEqualTo(Money.parse("EUR 4.99"));
    assertThat(RefundCalculator.calculate(premium, all, withdrawal, List.of(), TERMS.withKeepPremiumDeliverySurplus(false)).shippingRefund())
        .isEqualTo(Money.parse("EUR 9.99"));
  }

  @Test
  void euCrdArt13_aPartialWithdrawalRefundsNoDelivery_theOneThatBringsTheLastItemBackRefundsTheStandardDelivery() {
    OrderSnapshot order = OrderSnapshot.builder("o-eu-part", EUR)
        .line(PurchasedLine.of("A", "sku-a", 1, Money.parse("EUR 30.00"))).line(PurchasedLine.of("B", "sku-b", 1, Money.parse("EUR 50.00")))
        .shipping(Shipping.premium(Money.parse("EUR 9.99"), Money.parse("EUR 4.99")))
        .payment(TenderPayment.of("card", TenderKind.CARD, Money.parse("EUR 89.99"))).build();
    Liability withdrawal = LiabilityDecider.decide(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND),
        LiabilityTerms.defaults().withChangeOfMindOriginalDelivery(Payer.MERCHANT));

    Refund returnA = RefundCalculator.calculate(order, RefundRequest.of(EUR, line("A", 1)), withdrawal, List.of(), TERMS);
    Refund returnB = RefundCalculator.calculate(order, RefundRequest.of(EUR, line("B", 1)), withdrawal, List.of(returnA), TERMS);

    assertThat(returnA.shippingRefund().isZero()).isTrue();
    assertThat(returnA.explanationText()).contains("goods of line B are kept and were delivered by it [EU-CRD-ART-13-2]");
    assertThat(returnB.shippingRefund()).isEqualTo(Money.parse("EUR 4.99"));
    assertThat(returnA.total().plus(returnB.total())).isEqualTo(Money.parse("EUR 84.99"));
  }

  @Test
  void sellerFault_fullReturnRefundsTheWholeOriginalShipping_aPartialOneDoesNot() {
    OrderSnapshot order = OrderSnapshot.builder("o-ship", CNY).line(PurchasedLine.of("A", "sku-a", 2, cny("50.00")))
        .shipping(Shipping.premium(cny("8.00"), cny("6.00"))).payment(card("108.00")).build();

    Refund partial = RefundCalculator.calculate(order, request(line("A", 1)), QUALITY, List.of(), TERMS);
    Refund rest = RefundCalculator.calculate(order, request(line("A", 1)), QUALITY, List.of(partial), TERMS);

    assertThat(partial.shippingRefund().isZero()).isTrue();
    assertThat(rest.shippingRefund()).isEqualTo(cny("8.00"));
    assertThat(partial.total().plus(rest.total())).isEqualTo(cny("108.00"));
  }

  @Test
  void changeOfMindInChina_theBuyerKeepsBearingTheOriginalDelivery() {
    OrderSnapshot order = OrderSnapshot.builder("o-ship", CNY).line(PurchasedLine.of("A", "sku-a", 1, cny("50.00")))
        .shipping(Shipping.standard(cny("8.00"))).payment(card("58.00")).build();

    Refund refund = RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(), TERMS);

    assertThat(refund.total()).isEqualTo(cny("50.00"));
    assertThat(refund.explanationText()).contains("[REFUND-ORIGINAL-SHIPPING-BUYER-BEARS]");
  }

  @Test
  void seedMoney_changeOfMind_buyerPaysTheReturnShipping_deductedFromTheRefund() {
    OrderSnapshot order = OrderSnapshot.of("o-com", List.of(PurchasedLine.of("A", "sku-a", 1, cny("199.00"))), List.of(card("199.00")));
    RefundRequest withPickup = request(line("A", 1)).withReturnShippingCharge(cny("12.00"));

    Refund changedMind = RefundCalculator.calculate(order, withPickup, CHANGED_MIND, List.of(), TERMS);
    Refund quality = RefundCalculator.calculate(order, withPickup, QUALITY, List.of(), TERMS);

    assertThat(changedMind.deductions()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DeductionKind.RETURN_SHIPPING);
      assertThat(d.amount()).isEqualTo(cny("12.00"));
      assertThat(d.ruleId()).isEqualTo(RuleIds.RETURN_SHIPPING);
    });
    assertThat(changedMind.total()).isEqualTo(cny("187.00"));
    assertThat(quality.total()).isEqualTo(cny("199.00"));
    assertThat(quality.explanationText()).contains("the merchant pays the return");
  }

  @Test
  void changeOfMind_termsThatDoNotDeductReturnShipping_leaveTheBuyersReturnShippingInTheRefund() {
    OrderSnapshot order = OrderSnapshot.of("o-com", List.of(PurchasedLine.of("A", "sku-a", 1, cny("199.00"))), List.of(card("199.00")));
    RefundRequest withPickup = request(line("A", 1)).withReturnShippingCharge(cny("12.00"));

    Refund refund = RefundCalculator.calculate(order, withPickup, CHANGED_MIND, List.of(), TERMS.withDeductReturnShipping(false));

    assertThat(refund.deductions()).isEmpty();
    assertThat(refund.total()).isEqualTo(cny("199.00"));
    assertThat(refund.explanationText())
        .contains("Return shipping CNY 12.00 is not deducted: the terms do not deduct it [" + RuleIds.RETURN_SHIPPING + "]");
  }

  @Test
  void changeOfMind_withShippingInsurance_nothingIsDeductedForTheReturn() {
    OrderSnapshot order = OrderSnapshot.of("o-com", List.of(PurchasedLine.of("A", "sku-a", 1, cny("199.00"))), List.of(card("199.00")));
    Liability insured = LiabilityDecider.decide(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND),
        LiabilityTerms.defaults().withChangeOfMindReturn(ReturnCover.SHIPPING_INSURANCE));

    Refund refund = RefundCalculator.calculate(order, request(line("A", 1)).withReturnShippingCharge(cny("12.00")), insured, List.of(), TERMS);

    assertThat(refund.total()).isEqualTo(cny("199.00"));
  }

  @Test
  void freeShippingThresholdNoLongerMet_chargesTheWaivedFee_untilTheRestComesBack() {
    OrderSnapshot order = OrderSnapshot.builder("o-free", CNY)
        .line(PurchasedLine.of("A", "sku-a", 1, cny("60.00"))).line(PurchasedLine.of("B", "sku-b", 1, cny("50.00")))
        .shipping(Shipping.freeFrom(cny("99.00"), cny("10.00"))).payment(card("110.00")).build();

    Refund returnB = RefundCalculator.calculate(order, request(line("B", 1)), CHANGED_MIND, List.of(), TERMS);
    Refund returnA = RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(returnB), TERMS);

    assertThat(returnB.deductions()).extracting(Deduction::kind).containsExactly(DeductionKind.FREE_SHIPPING_THRESHOLD_BROKEN);
    assertThat(returnB.total()).isEqualTo(cny("40.00"));
    assertThat(returnA.released()).extracting(Deduction::amount).containsExactly(cny("10.00"));
    assertThat(returnA.total()).isEqualTo(cny("70.00"));
  }

  @Test
  void seedMoney_merchantBearsDepreciationByDefault_orDeductsItWithinTheTermsCap() {
    OrderSnapshot order = OrderSnapshot.of("o-dep", List.of(PurchasedLine.of("A", "sku-a", 1, cny("199.00"))), List.of(card("199.00")));
    RefundRequest assessed = request(line("A", 1)).withDepreciation(cny("50.00"));

    Refund merchantBears = RefundCalculator.calculate(order, assessed, CHANGED_MIND, List.of(), TERMS);
    Refund capped = RefundCalculator.calculate(order, assessed, CHANGED_MIND, List.of(), TERMS.withDepreciationCapBasisPoints(2000));
    Refund sellerFault = RefundCalculator.calculate(order, assessed, QUALITY, List.of(), TERMS.withDepreciationCapBasisPoints(2000));

    assertThat(merchantBears.total()).isEqualTo(cny("199.00"));
    assertThat(merchantBears.explanationText()).contains("the terms make the merchant bear it");
    assertThat(capped.deductions()).extracting(Deduction::amount).containsExactly(cny("39.80"));
    assertThat(sellerFault.total()).isEqualTo(cny("199.00"));
  }

  @Test
  void seedMoney_otherReasonableFeesWhereTheBuyerIsLiable_aRestockingFeeOnlyOnTheBuyersChoice() {
    OrderSnapshot order = OrderSnapshot.of("o-rs", List.of(PurchasedLine.of("A", "sku-a", 1, cny("199.00"))), List.of(card("199.00")));
    RefundTerms fifteenPercent = TERMS.withRestockingFeeBasisPoints(1500);

    assertThat(RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(), fifteenPercent).total())
        .isEqualTo(cny("169.15"));
    assertThat(RefundCalculator.calculate(order, request(line("A", 1)), QUALITY, List.of(), fifteenPercent).total())
        .isEqualTo(cny("199.00"));
  }

  @Test
  void notReceived_refundOnly_givesBackTheGoodsAndTheWholeDeliveryFee() {
    OrderSnapshot order = OrderSnapshot.builder("o-nr", CNY).line(PurchasedLine.of("A", "sku-a", 1, cny("45.00")))
        .shipping(Shipping.standard(cny("6.00"))).payment(card("51.00")).build();
    Liability lost = LiabilityDecider.decide(LiabilityQuestion.of(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED), LiabilityTerms.defaults());

    Refund refund = RefundCalculator.calculate(order, request(line("A", 1)), lost, List.of(), TERMS);

    assertThat(refund.shippingRefund()).isEqualTo(cny("6.00"));
    assertThat(refund.total()).isEqualTo(cny("51.00"));
    assertThat(refund.explanationText()).contains("[REFUND-ORIGINAL-SHIPPING]");
  }

  @Test
  void seedMoney_platformAtFault_aChangeOfMindReasonStillGetsTheWholeDeliveryFeeAndNoDeductions() {
    OrderSnapshot order = OrderSnapshot.builder("o-pf", CNY).line(PurchasedLine.of("A", "sku-a", 1, cny("45.00")))
        .shipping(Shipping.premium(cny("9.00"), cny("6.00"))).payment(card("54.00")).build();
    Liability platform = LiabilityDecider.decide(
        LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND).withPlatformAtFault(), LiabilityTerms.defaults());

    Refund refund = RefundCalculator.calculate(order, request(line("A", 1)).withReturnShippingCharge(cny("8.00")), platform, List.of(),
        TERMS.withRestockingFeeBasisPoints(1000));

    assertThat(refund.deductions()).isEmpty();
    assertThat(refund.total()).isEqualTo(cny("54.00"));
  }

  @Test
  void aDeductionTooBigForOneRefund_staysOwedAndIsTakenFromTheNext() {
    OrderSnapshot order = OrderSnapshot.builder("o-owed", CNY)
        .line(PurchasedLine.of("A", "sku-a", 1, cny("10.00"))).line(PurchasedLine.of("B", "sku-b", 1, cny("90.00")))
        .gift(Gift.withLine("speaker", "sku-speaker", cny("25.00"), "A")).payment(card("100.00")).build();

    Refund returnA = RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(), TERMS);
    Refund returnB = RefundCalculator.calculate(order, request(line("B", 1)), CHANGED_MIND, List.of(returnA), TERMS);

    assertThat(returnA.total()).isEqualTo(cny("0.00"));
    assertThat(returnB.deductions()).extracting(Deduction::amount).containsExactly(cny("15.00"));
    assertThat(returnB.total()).isEqualTo(cny("75.00"));
  }

  @Test
  void aReleaseComesBeforeTheDeductionsOfTheSameRefund_soTheyAreNotCappedBelowWhatItHolds() {
    OrderSnapshot order = OrderSnapshot.builder("o-release", CNY)
        .line(PurchasedLine.of("A", "sku-a", 1, cny("5.00"))).line(PurchasedLine.of("B", "sku-b", 1, cny("100.00")))
        .gift(Gift.withLine("speaker", "sku-speaker", cny("25.00"), "A"))
        .shipping(Shipping.freeFrom(cny("90.00"), cny("10.00"))).payment(card("105.00")).build();
    Refund returnB = RefundCalculator.calculate(order, request(line("B", 1)), CHANGED_MIND, List.of(), TERMS);

    Refund returnA = RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(returnB), TERMS);

    // Returning A gives back the 10.00 free-shipping charge and owes the speaker's 25.00:
    // 5.00 + 10.00 is there to take it from, not 5.00 alone.
    assertThat(returnB.total()).isEqualTo(cny("90.00"));
    assertThat(returnA.released()).extracting(Deduction::amount).containsExactly(cny("10.00"));
    assertThat(returnA.deductions()).extracting(Deduction::amount).containsExactly(cny("15.00"));
    assertThat(returnA.total()).isEqualTo(cny("0.00"));
  }

  /** Card 120.00 + balance 50.00 + 3,000 points worth 30.00 for two units of 100.00. */
  private static OrderSnapshot splitTenderOrder() {
    return OrderSnapshot.of("o-split", List.of(PurchasedLine.of("A", "sku-a", 2, cny("100.00"))), List.of(
        card("120.00"),
        TenderPayment.of("balance", TenderKind.STORE_BALANCE, cny("50.00")),
        TenderPayment.points("points", 3000, cny("30.00"))));
  }

  @Test
  void seedMoney_refundByTheOriginalRoute_splitOverTheTenders_pointsBackInKind() {
    OrderSnapshot order = splitTenderOrder();

    Refund first = RefundCalculator.calculate(order, request(line("A", 1)), QUALITY, List.of(), TERMS);
    Refund second = RefundCalculator.calculate(order, request(line("A", 1)), QUALITY, List.of(first), TERMS);

    assertThat(first.tenders()).extracting(TenderRefund::amount).containsExactly(cny("60.00"), cny("25.00"), cny("15.00"));
    assertThat(first.tenders()).extracting(TenderRefund::route)
        .containsExactly(RefundRoute.ORIGINAL_PAYMENT, RefundRoute.ORIGINAL_PAYMENT, RefundRoute.POINTS);
    assertThat(first.tenders().get(2).points() + second.tenders().get(2).points()).isEqualTo(3000);
    for (TenderPayment paid : order.payments()) {
      assertThat(first.amountTo(paid.tenderId()).plus(second.amountTo(paid.tenderId()))).isEqualTo(paid.amount());
    }
  }

  @Test
  void seedMoney_someShopsRefundToStoreBalance_andPointsNotInKindGoThereToo() {
    Refund refund = RefundCalculator.calculate(splitTenderOrder(), request(line("A", 2)), QUALITY, List.of(),
        TERMS.withRoute(RefundRoute.STORE_BALANCE).withPointsInKind(false));

    assertThat(refund.tenders()).extracting(TenderRefund::route).containsOnly(RefundRoute.STORE_BALANCE);
    assertThat(refund.tenders()).extracting(TenderRefund::points).containsOnly(0L);
  }

  @Test
  void couponsGoBackInKind_whenEveryLineTheyCoveredComesBack_andTheTermsSaySo() {
    OrderSnapshot order = OrderSnapshot.builder("o-cp", CNY)
        .line(PurchasedLine.of("A", "sku-a", 2, cny("50.00"))).line(PurchasedLine.of("B", "sku-b", 1, cny("20.00")))
        .discount(OrderDiscount.coupon("c-10", cny("10.00")).onLines("A")).payment(card("110.00")).build();
    RefundTerms inKind = TERMS.withCouponsInKind(true);

    Refund partial = RefundCalculator.calculate(order, request(line("A", 1)), QUALITY, List.of(), inKind);
    Refund rest = RefundCalculator.calculate(order, request(line("A", 1)), QUALITY, List.of(partial), inKind);
    Refund notInKind = RefundCalculator.calculate(order, request(line("A", 2)), QUALITY, List.of(), TERMS);

    assertThat(partial.couponsReissued()).isEmpty();
    assertThat(rest.couponsReissued()).containsExactly("c-10");
    assertThat(notInKind.couponsReissued()).isEmpty();
  }

  @Test
  void badInput_aQuantityBeyondWhatWasBought_namesTheField() {
    assertThatThrownBy(() -> RefundCalculator.calculate(couponOrder(), request(line("B", 3)), QUALITY, List.of(), TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("request.lines[0].quantity"))
        .hasMessageContaining("line B has 2 of 2 not yet refunded");
  }

  @Test
  void badInput_aQuantityAlreadyRefunded_namesTheField() {
    OrderSnapshot order = couponOrder();
    Refund earlier = RefundCalculator.calculate(order, request(line("B", 2)), QUALITY, List.of(), TERMS);

    assertThatThrownBy(() -> RefundCalculator.calculate(order, request(line("A", 1), line("B", 1)), QUALITY, List.of(earlier), TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("request.lines[1].quantity"))
        .hasMessageContaining("has 0 of 2 not yet refunded");
  }

  @Test
  void badInput_anUnknownLine_anUnknownGift_aNegativeQuantity() {
    assertThatThrownBy(() -> RefundCalculator.calculate(couponOrder(), request(line("Z", 1)), QUALITY, List.of(), TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("request.lines[0].lineId"));
    assertThatThrownBy(() -> RefundCalculator.calculate(couponOrder(), request(line("A", 1)).returningGifts("none"), QUALITY, List.of(), TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("request.giftsReturned"));
    assertThatThrownBy(() -> line("A", -1))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("quantity"))
        .hasMessage("quantity: must be at least 1, but was -1");
    assertThatThrownBy(() -> new TenderPayment("p", TenderKind.POINTS, cny("1.00"), -5))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("points"));
  }

  @Test
  void badInput_aLineAskedTwice_aZeroQuantity_aNullEarlierList_nameTheField() {
    assertThatThrownBy(() -> request(line("A", 1), line("A", 1)))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("lines[1]"))
        .hasMessageContaining("repeats the id 'A'");
    assertThatThrownBy(() -> line("A", 0))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
    assertThatThrownBy(() -> RefundCalculator.calculate(couponOrder(), request(line("A", 1)), QUALITY, null, TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("earlier"));
  }

  @Test
  void badInput_aCurrencyMismatch_namesTheField() {
    RefundRequest euro = new RefundRequest(List.of(line("A", 1)), Set.of(), Money.parse("EUR 5.00"), Money.parse("EUR 0"));

    assertThatThrownBy(() -> RefundCalculator.calculate(couponOrder(), euro, QUALITY, List.of(), TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("request.returnShippingCharge"))
        .hasMessageContaining("is in EUR but the order is in CNY");
    assertThatThrownBy(() -> OrderSnapshot.of("o", List.of(
            PurchasedLine.of("A", "a", 1, cny("1.00")), PurchasedLine.of("B", "b", 1, Money.parse("EUR 1.00"))), List.of(card("2.00"))))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("lines[1].unitPrice"));
  }

  @Test
  void badInput_anOrderThatDoesNotAddUp_namesTheField() {
    List<PurchasedLine> lines = List.of(PurchasedLine.of("A", "a", 1, cny("100.00")));

    assertThatThrownBy(() -> OrderSnapshot.of("o", lines, List.of(card("99.00"))))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("payments"))
        .hasMessageContaining("add up to CNY 99.00 but the order cost CNY 100.00");
    assertThatThrownBy(() -> OrderSnapshot.builder("o", CNY).line(lines.get(0)).discount(OrderDiscount.coupon("c", cny("100.01"))).payment(card("0.00")).build())
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("discounts[0].amount"));
    assertThatThrownBy(() -> OrderSnapshot.builder("o", CNY).line(lines.get(0))
            .discount(OrderDiscount.thresholdPromotion("m", cny("150.00"), cny("10.00"))).payment(card("90.00")).build())
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("discounts[0].threshold"));
    assertThatThrownBy(() -> PurchasedLine.of("A", "a", 2, cny("1.00")).withItemDiscount(cny("2.01")))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("itemDiscount"));
  }

  @Test
  void badInput_anEarlierRefundOfAnotherOrderWithTheSameLineAndTenderIds_isRefused() {
    // Hosts number lines and tenders per order, so "A" and "card" recur across orders.
    OrderSnapshot cheap = OrderSnapshot.of("o-cheap", List.of(PurchasedLine.of("A", "sku-a", 2, cny("1.00"))), List.of(card("2.00")));
    OrderSnapshot dear = OrderSnapshot.of("o-dear", List.of(PurchasedLine.of("A", "sku-a", 2, cny("50.00"))), List.of(card("100.00")));
    Refund ofCheap = RefundCalculator.calculate(cheap, request(line("A", 1)), QUALITY, List.of(), TERMS);

    assertThatThrownBy(() -> RefundCalculator.calculate(dear, request(line("A", 1)), QUALITY, List.of(ofCheap), TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("earlier[0].orderId"))
        .hasMessageContaining("o-cheap").hasMessageContaining("o-dear");
  }

  @Test
  void badInput_anEarlierRefundListedTwice_orOneLeftOut_isRefused() {
    // Listed twice, the 17.14 clawback of the first return would count as 34.28 held and be released twice.
    OrderSnapshot order = OrderSnapshot.builder("o-twice", CNY)
        .line(PurchasedLine.of("A", "sku-a", 1, cny("200.00"))).line(PurchasedLine.of("B", "sku-b", 2, cny("75.00")))
        .discount(OrderDiscount.thresholdPromotion("manjian-300-30", cny("300.00"), cny("30.00")))
        .payment(card("320.00")).build();
    Refund first = RefundCalculator.calculate(order, request(line("B", 1)), CHANGED_MIND, List.of(), TERMS);
    Refund second = RefundCalculator.calculate(order, request(line("B", 1)), CHANGED_MIND, List.of(first), TERMS);

    assertThatThrownBy(() -> RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(first, first), TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("earlier[1].lines[0].firstUnit"))
        .hasMessageContaining("unit 1 of line B is in two earlier refunds");
    assertThatThrownBy(() -> RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(second), TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("earlier[0].lines[0].firstUnit"))
        .hasMessageContaining("no earlier refund covers unit 1 of line B");
  }

  @Test
  void badInput_anEarlierRefundComputedAtOtherPrices_isRefused() {
    // The host re-priced the order after the first refund: 2 x 50.00 became 2 x 60.00.
    OrderSnapshot before = OrderSnapshot.of("o-repriced", List.of(PurchasedLine.of("A", "sku-a", 2, cny("60.00"))), List.of(card("120.00")));
    OrderSnapshot after = OrderSnapshot.of("o-repriced", List.of(PurchasedLine.of("A", "sku-a", 2, cny("50.00"))), List.of(card("100.00")));
    Refund first = RefundCalculator.calculate(before, request(line("A", 1)), QUALITY, List.of(), TERMS);

    assertThatThrownBy(() -> RefundCalculator.calculate(after, request(line("A", 1)), QUALITY, List.of(first), TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("earlier[0].lines[0].goods"))
        .hasMessageContaining("CNY 60.00").hasMessageContaining("CNY 50.00");
  }

  @Test
  void badInput_earlierRefundsReleasingMoreThanTheyDeducted_areRefused() {
    // A stored refund edited to release a 5.00 clawback nobody deducted: trusted, the next return
    // "settled" the negative balance by deducting 5.00 from the buyer.
    OrderSnapshot order = manjianOrder();
    Refund real = RefundCalculator.calculate(order, request(line("B", 1)), QUALITY, List.of(), TERMS);
    Deduction invented = new Deduction(DeductionKind.DISCOUNT_THRESHOLD_BROKEN, "manjian-300-30", cny("5.00"),
        RuleIds.DISCOUNT_THRESHOLD_BROKEN, "edited in");
    Money total = real.total().plus(cny("5.00"));
    Refund edited = new Refund(real.orderId(), real.lines(), real.shippingRefund(), real.deductions(), List.of(invented),
        List.of(new TenderRefund("card", TenderKind.CARD, total, RefundRoute.ORIGINAL_PAYMENT, 0)), real.giftsReturned(),
        real.couponsReissued(), total, real.explanation());

    assertThatThrownBy(() -> RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(edited), TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("earlier"))
        .hasMessageContaining("release CNY 5.00 more than they deducted under DISCOUNT_THRESHOLD_BROKEN:manjian-300-30");
  }

  @Test
  void badInput_anEarlierRefundThroughATenderTheOrderDoesNotHave_namesTheField() {
    // The same order as the host once stored it, paid by card and balance: the earlier refund names a tender it no longer has.
    OrderSnapshot manjian = manjianOrder();
    OrderSnapshot stale = new OrderSnapshot("o-manjian", CNY, manjian.lines(), manjian.discounts(), manjian.shipping(), List.of(),
        List.of(card("200.00"), TenderPayment.of("balance", TenderKind.STORE_BALANCE, cny("120.00"))));
    Refund foreign = RefundCalculator.calculate(stale, request(line("A", 1)), QUALITY, List.of(), TERMS);
    List<Refund> earlier = new ArrayList<>(List.of(foreign));

    assertThatThrownBy(() -> RefundCalculator.calculate(manjianOrder(), request(line("A", 1)), QUALITY, earlier, TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("earlier[0].tenders[1].tenderId"));
  }
}
