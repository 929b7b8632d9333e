package org.aftersales.policy.refund;

import static org.aftersales.policy.refund.RefundExamples.CNY;
import static org.aftersales.policy.refund.RefundExamples.card;
import static org.aftersales.policy.refund.RefundExamples.cny;
import static org.aftersales.policy.refund.RefundExamples.line;
import static org.aftersales.policy.refund.RefundExamples.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.liability.Liability;
import org.aftersales.policy.liability.LiabilityDecider;
import org.aftersales.policy.liability.LiabilityQuestion;
import org.aftersales.policy.liability.LiabilityTerms;
import org.aftersales.policy.liability.Payer;
import org.junit.jupiter.api.Test;

/** Refund only on an order the merchant has not dispatched (未发货仅退款), rule {@value RuleIds#NOT_DISPATCHED}. */
class RefundBeforeDispatchTest {

  private static final RefundTerms TERMS = RefundTerms.defaults();

  private static Liability beforeDispatch(Reason reason) {
    return LiabilityDecider.decide(LiabilityQuestion.of(CaseType.REFUND_ONLY, reason).beforeDispatch(), LiabilityTerms.defaults());
  }

  private static Liability afterDispatch(Reason reason) {
    return LiabilityDecider.decide(LiabilityQuestion.of(CaseType.REFUND_ONLY, reason), LiabilityTerms.defaults());
  }

  private static final Liability CHANGED_MIND = beforeDispatch(Reason.CHANGED_MIND);

  /** 45.00 and 30.00 of goods, a 9.00 express delivery where the standard one costs 6.00: 84.00 paid. */
  private static OrderSnapshot premiumOrder() {
    return OrderSnapshot.builder("o-express", CNY)
        .line(PurchasedLine.of("A", "sku-a", 1, cny("45.00"))).line(PurchasedLine.of("B", "sku-b", 1, cny("30.00")))
        .shipping(Shipping.premium(cny("9.00"), cny("6.00"))).payment(card("84.00")).build();
  }

  @Test
  void refundOnlyBeforeDispatch_changedMind_refundsEverythingPaidIncludingPremiumDelivery() {
    Refund refund = RefundCalculator.calculate(premiumOrder(), request(line("A", 1), line("B", 1)), CHANGED_MIND, List.of(),
        TERMS.withKeepPremiumDeliverySurplus(true).withRestockingFeeBasisPoints(1500));

    assertThat(refund.shippingRefund()).isEqualTo(cny("9.00"));
    assertThat(refund.deductions()).isEmpty();
    assertThat(refund.total()).isEqualTo(cny("84.00"));
    assertThat(refund.amountTo("card")).isEqualTo(cny("84.00"));
    assertThat(refund.explanationText()).contains("The order is cancelled before dispatch and no delivery took place: the whole"
        + " delivery fee CNY 9.00 comes back, premium surplus included [REFUND-NOT-DISPATCHED]");
  }

  @Test
  void refundOnlyBeforeDispatch_evenWhenTheTermsPutTheDeliveryOnTheBuyer_theFeeComesBack() {
    Liability chinaDefaultsSayBuyer = LiabilityDecider.decide(
        LiabilityQuestion.of(CaseType.REFUND_ONLY, Reason.SIZE_OR_FIT).beforeDispatch(),
        LiabilityTerms.defaults().withChangeOfMindOriginalDelivery(Payer.BUYER));

    Refund refund = RefundCalculator.calculate(premiumOrder(), request(line("A", 1), line("B", 1)), chinaDefaultsSayBuyer, List.of(), TERMS);

    assertThat(refund.total()).isEqualTo(cny("84.00"));
  }

  @Test
  void refundOnlyAfterDispatch_refusedInTransitOnAChangeOfMind_theBuyerStillBearsTheDelivery() {
    Refund refund = RefundCalculator.calculate(premiumOrder(), request(line("A", 1), line("B", 1)), afterDispatch(Reason.CHANGED_MIND),
        List.of(), TERMS);

    assertThat(refund.shippingRefund().isZero()).isTrue();
    assertThat(refund.total()).isEqualTo(cny("75.00"));
    assertThat(refund.explanationText()).contains("[REFUND-ORIGINAL-SHIPPING-BUYER-BEARS]").doesNotContain(RuleIds.NOT_DISPATCHED);
  }

  @Test
  void refundOnlyAfterDispatch_notReceived_stillRefundsTheWholeFeeUnderTheSellerFaultRule() {
    Refund refund = RefundCalculator.calculate(premiumOrder(), request(line("A", 1), line("B", 1)), afterDispatch(Reason.NOT_RECEIVED),
        List.of(), TERMS);

    assertThat(refund.total()).isEqualTo(cny("84.00"));
    assertThat(refund.explanationText()).contains("[REFUND-ORIGINAL-SHIPPING]").doesNotContain(RuleIds.NOT_DISPATCHED);
  }

  @Test
  void refundOnlyBeforeDispatch_partialCancellation_refundsNoShippingBecauseTheRestStillShips_theLastCancellationRefundsAllOfIt() {
    OrderSnapshot order = premiumOrder();

    Refund cancelA = RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(), TERMS);
    Refund cancelB = RefundCalculator.calculate(order, request(line("B", 1)), CHANGED_MIND, List.of(cancelA), TERMS);

    assertThat(cancelA.shippingRefund().isZero()).isTrue();
    assertThat(cancelA.total()).isEqualTo(cny("45.00"));
    assertThat(cancelA.explanationText()).contains("The delivery fee (CNY 9.00) is not refunded: the order was not dispatched,"
        + " but line B still ships, so the delivery still takes place [REFUND-NOT-DISPATCHED]");
    assertThat(cancelB.shippingRefund()).isEqualTo(cny("9.00"));
    assertThat(cancelA.total().plus(cancelB.total())).isEqualTo(cny("84.00"));
  }

  @Test
  void refundOnlyBeforeDispatch_partialCancellation_thenTheRestReturnedAfterDelivery_followsTheRulesOfAReturn() {
    OrderSnapshot order = premiumOrder();
    Liability returnedByChoice = LiabilityDecider.decide(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND),
        LiabilityTerms.defaults());

    Refund cancelA = RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(), TERMS);
    Refund returnB = RefundCalculator.calculate(order, request(line("B", 1)), returnedByChoice, List.of(cancelA), TERMS);

    assertThat(returnB.shippingRefund().isZero()).isTrue();
    assertThat(cancelA.total().plus(returnB.total())).isEqualTo(cny("75.00"));
  }

  @Test
  void refundOnlyBeforeDispatch_partialCancellationBelowTheFreeShippingThreshold_chargesTheWaivedFeeOnlyOnTheBuyersChoice() {
    OrderSnapshot order = OrderSnapshot.builder("o-free", CNY)
        .line(PurchasedLine.of("A", "sku-a", 1, cny("60.00"))).line(PurchasedLine.of("B", "sku-b", 1, cny("50.00")))
        .shipping(Shipping.freeFrom(cny("99.00"), cny("10.00"))).payment(card("110.00")).build();

    Refund changedMind = RefundCalculator.calculate(order, request(line("B", 1)), CHANGED_MIND, List.of(), TERMS);
    Refund waivedByTerms = RefundCalculator.calculate(order, request(line("B", 1)), CHANGED_MIND, List.of(),
        TERMS.withChargeWaivedShipping(false));
    Refund merchantLate = RefundCalculator.calculate(order, request(line("B", 1)), beforeDispatch(Reason.DELIVERY_DELAY), List.of(), TERMS);
    Refund rest = RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(changedMind), TERMS);

    assertThat(changedMind.deductions()).extracting(Deduction::kind).containsExactly(DeductionKind.FREE_SHIPPING_THRESHOLD_BROKEN);
    assertThat(changedMind.total()).isEqualTo(cny("40.00"));
    assertThat(waivedByTerms.total()).isEqualTo(cny("50.00"));
    assertThat(merchantLate.total()).isEqualTo(cny("50.00"));
    assertThat(rest.released()).extracting(Deduction::amount).containsExactly(cny("10.00"));
    assertThat(changedMind.total().plus(rest.total())).isEqualTo(cny("110.00"));
  }

  @Test
  void refundOnlyBeforeDispatch_aGiftWhoseConditionGoes_staysWithTheMerchant_andIsNeverDeducted() {
    OrderSnapshot order = OrderSnapshot.builder("o-gift", CNY)
        .line(PurchasedLine.of("A", "sku-a", 1, cny("100.00"))).line(PurchasedLine.of("B", "sku-b", 1, cny("20.00")))
        .gift(Gift.withLine("mug", "sku-mug", cny("20.00"), "A")).payment(card("120.00")).build();

    Refund cancelA = RefundCalculator.calculate(order, request(line("A", 1)), CHANGED_MIND, List.of(), TERMS);
    Refund cancelB = RefundCalculator.calculate(order, request(line("B", 1)), CHANGED_MIND, List.of(cancelA), TERMS);

    assertThat(cancelA.deductions()).isEmpty();
    assertThat(cancelA.total()).isEqualTo(cny("100.00"));
    assertThat(cancelA.giftsReturned()).containsExactly("mug");
    assertThat(cancelA.explanationText()).contains("Gift mug stays with the merchant: the order was not dispatched and the goods"
        + " that earned it are cancelled [REFUND-NOT-DISPATCHED]");
    assertThat(cancelB.giftsReturned()).isEmpty();
    assertThat(cancelB.total()).isEqualTo(cny("20.00"));
  }

  @Test
  void refundOnlyBeforeDispatch_aReturnShippingChargeOrADepreciation_isRefusedNamingTheField() {
    OrderSnapshot order = premiumOrder();

    assertThatThrownBy(() -> RefundCalculator.calculate(order, request(line("A", 1)).withReturnShippingCharge(cny("8.00")),
        CHANGED_MIND, List.of(), TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("request.returnShippingCharge"))
        .hasMessage("request.returnShippingCharge: is CNY 8.00, but the order was not dispatched: there is no return leg to charge"
            + " [REFUND-NOT-DISPATCHED]");
    assertThatThrownBy(() -> RefundCalculator.calculate(order, request(line("A", 1)).withDepreciation(cny("1.00")),
        CHANGED_MIND, List.of(), TERMS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("request.depreciation"))
        .hasMessageContaining("the goods never left the merchant");
  }
}
