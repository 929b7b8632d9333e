package org.aftersales.policy.preset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.List;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.aftersales.policy.AfterSalesPolicy;
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
import org.junit.jupiter.api.Test;

/** What each preset's shipping and refund terms decide, named after the statute or seed rule they implement. */
class PresetMoneyExamplesTest {

  /** One 100.00 item with {@code shipping}, paid in full by card. */
  private static OrderSnapshot order(String currency, Shipping shipping) {
    Money price = Money.parse(currency + " 100.00");
    return OrderSnapshot.builder("o-1", Currency.getInstance(currency))
        .line(PurchasedLine.of("item", "sku", 1, price))
        .shipping(shipping)
        .payment(TenderPayment.of("card", TenderKind.CARD, price.plus(shipping.fee())))
        .build();
  }

  /** The item comes back with an assessed depreciation; the merchant paid 8.00 for the return label. */
  private static RefundRequest itemBack(String currency) {
    return RefundRequest.of(Currency.getInstance(currency), RequestedLine.of("item", 1))
        .withReturnShippingCharge(Money.parse(currency + " 8.00"))
        .withDepreciation(Money.parse(currency + " 30.00"));
  }

  private static Refund refund(AfterSalesPolicy policy, String currency, Shipping shipping, Reason reason) {
    Liability liability = policy.liability(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, reason));
    return policy.refund(order(currency, shipping), itemBack(currency), liability, List.of());
  }

  private static List<DeductionKind> kinds(Refund refund) {
    return refund.deductions().stream().map(Deduction::kind).toList();
  }

  @Test
  void cplArt24_aQualityReturnIsShippedAtTheSellersCost_art25_aNoReasonReturnAtTheConsumers() {
    AfterSalesPolicy statute = Presets.chinaStatutory();
    Shipping delivery = Shipping.standard(Money.parse("CNY 10.00"));

    assertThat(statute.liability(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, Reason.QUALITY_DEFECT)).legs())
        .extracting(LegLiability::payer).containsOnly(Payer.MERCHANT);
    Refund quality = refund(statute, "CNY", delivery, Reason.QUALITY_DEFECT);
    assertThat(quality.deductions()).isEmpty();
    assertThat(quality.total()).isEqualTo(Money.parse("CNY 110.00"));

    Refund noReason = refund(statute, "CNY", delivery, Reason.CHANGED_MIND);
    // Art. 25: the return shipping is the consumer's; goods must come back intact, so no depreciation.
    assertThat(kinds(noReason)).containsExactly(DeductionKind.RETURN_SHIPPING);
    assertThat(noReason.total()).isEqualTo(Money.parse("CNY 92.00"));
    assertThat(noReason.tenders()).extracting(TenderRefund::route).containsOnly(RefundRoute.ORIGINAL_PAYMENT);
  }

  @Test
  void seedMarketplace_changeOfMindReturnShippingIsDeducted_andTheRefundGoesBackByTheOriginalRoute() {
    AfterSalesPolicy marketplace = Presets.chinaMarketplace();

    Refund changedMind = refund(marketplace, "CNY", Shipping.standard(Money.parse("CNY 10.00")), Reason.CHANGED_MIND);

    assertThat(marketplace.liability(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND))
        .payerOf(ShippingLeg.RETURN)).hasValue(Payer.BUYER);
    assertThat(kinds(changedMind)).containsExactly(DeductionKind.RETURN_SHIPPING);
    assertThat(changedMind.tenders()).extracting(TenderRefund::route).containsOnly(RefundRoute.ORIGINAL_PAYMENT);
  }

  @Test
  void crdArt13_withdrawalRefundsTheStandardDeliveryButNotAPremiumSurplus_art14_theConsumerBearsReturnCostAndDiminishedValue() {
    AfterSalesPolicy eu = Presets.euConsumerRightsDirective();
    Shipping express = Shipping.premium(Money.parse("EUR 25.00"), Money.parse("EUR 5.00"));

    Refund withdrawal = refund(eu, "EUR", express, Reason.CHANGED_MIND);

    assertThat(withdrawal.shippingRefund()).isEqualTo(Money.parse("EUR 5.00"));
    assertThat(withdrawal.deductions()).extracting(Deduction::kind, Deduction::amount).containsExactly(
        Tuple.tuple(DeductionKind.RETURN_SHIPPING, Money.parse("EUR 8.00")),
        Tuple.tuple(DeductionKind.DEPRECIATION, Money.parse("EUR 30.00")));
    assertThat(withdrawal.total()).isEqualTo(Money.parse("EUR 67.00"));
  }

  @Test
  void craS20_aShortTermRejectionIsRefundedInFullWithoutDeduction_theTraderBearingTheReturnCost() {
    AfterSalesPolicy uk = Presets.ukConsumerRightsAct();
    Shipping delivery = Shipping.standard(Money.parse("GBP 4.00"));

    Liability rejection = uk.liability(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, Reason.QUALITY_DEFECT));
    Refund rejected = refund(uk, "GBP", delivery, Reason.QUALITY_DEFECT);

    assertThat(rejection.payerOf(ShippingLeg.RETURN)).hasValue(Payer.MERCHANT);
    assertThat(rejected.deductions()).isEmpty();
    assertThat(rejected.total()).isEqualTo(Money.parse("GBP 104.00"));
    // A cancellation under the CCR instead refunds the standard delivery and deducts the return label.
    Refund cancelled = refund(uk, "GBP", delivery, Reason.CHANGED_MIND);
    assertThat(cancelled.shippingRefund()).isEqualTo(Money.parse("GBP 4.00"));
    assertThat(kinds(cancelled)).containsExactly(DeductionKind.RETURN_SHIPPING, DeductionKind.DEPRECIATION);
  }
}
