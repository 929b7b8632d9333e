package org.aftersales.policy.liability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.aftersales.casefile.CaseType.EXCHANGE;
import static org.aftersales.casefile.CaseType.REFUND_ONLY;
import static org.aftersales.casefile.CaseType.REPAIR;
import static org.aftersales.casefile.CaseType.RETURN_AND_REFUND;
import static org.aftersales.policy.liability.ShippingLeg.ORIGINAL_DELIVERY;
import static org.aftersales.policy.liability.ShippingLeg.REPAIR_IN;
import static org.aftersales.policy.liability.ShippingLeg.REPAIR_OUT;
import static org.aftersales.policy.liability.ShippingLeg.REPLACEMENT_OUT;
import static org.aftersales.policy.liability.ShippingLeg.RETURN;

import java.util.Optional;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.money.CurrencyMismatchException;
import org.aftersales.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LiabilityDeciderTest {

  private static final LiabilityTerms CHINA = LiabilityTerms.defaults();

  private static Liability decide(CaseType type, Reason reason) {
    return LiabilityDecider.decide(LiabilityQuestion.of(type, reason), CHINA);
  }

  @ParameterizedTest
  @EnumSource(value = Reason.class, names = {"QUALITY_DEFECT", "WRONG_ITEM", "DAMAGED_IN_TRANSIT", "NOT_AS_DESCRIBED", "MISSING_PARTS"})
  void seedMoney_cnConsumerRightsLawArt24_qualityWrongOrDamagedGoods_merchantPaysShippingBothWays(Reason reason) {
    Liability exchange = decide(EXCHANGE, reason);

    assertThat(exchange.fault()).isEqualTo(Fault.SELLER);
    assertThat(exchange.legs()).extracting(LegLiability::leg).containsExactly(ORIGINAL_DELIVERY, RETURN, REPLACEMENT_OUT);
    assertThat(exchange.legs()).allSatisfy(leg -> {
      assertThat(leg.payer()).isEqualTo(Payer.MERCHANT);
      assertThat(leg.ruleId()).isEqualTo(LiabilityDecider.SELLER_FAULT);
    });
    assertThat(decide(RETURN_AND_REFUND, reason).payerOf(RETURN)).contains(Payer.MERCHANT);
  }

  @Test
  void seedMoney_qualityRepairInsideWarranty_merchantPaysBothRepairLegs() {
    Liability repair = decide(REPAIR, Reason.QUALITY_DEFECT);

    assertThat(repair.payerOf(REPAIR_IN)).contains(Payer.MERCHANT);
    assertThat(repair.payerOf(REPAIR_OUT)).contains(Payer.MERCHANT);
    assertThat(repair.payerOf(ORIGINAL_DELIVERY)).isEmpty();
  }

  @Test
  void seedWarranty_damageCausedByTheBuyer_buyerPaysTheRepairShipping() {
    Liability repair = LiabilityDecider.decide(LiabilityQuestion.of(REPAIR, Reason.QUALITY_DEFECT).withBuyerCausedDamage(), CHINA);

    assertThat(repair.fault()).isEqualTo(Fault.BUYER_DAMAGE);
    assertThat(repair.legs()).allSatisfy(leg -> {
      assertThat(leg.payer()).isEqualTo(Payer.BUYER);
      assertThat(leg.ruleId()).isEqualTo(LiabilityDecider.BUYER_DAMAGE);
    });
  }

  @Test
  void seedMoney_platformAtFault_platformPaysEveryLegWhateverTheReason() {
    Liability liability = LiabilityDecider.decide(LiabilityQuestion.of(EXCHANGE, Reason.CHANGED_MIND).withPlatformAtFault(), CHINA);

    assertThat(liability.fault()).isEqualTo(Fault.PLATFORM);
    assertThat(liability.legs()).allSatisfy(leg -> {
      assertThat(leg.payer()).isEqualTo(Payer.PLATFORM);
      assertThat(leg.ruleId()).isEqualTo(LiabilityDecider.PLATFORM_FAULT);
    });
  }

  @ParameterizedTest
  @EnumSource(value = Reason.class, names = {"CHANGED_MIND", "SIZE_OR_FIT"})
  void seedMoney_cnConsumerRightsLawArt25_changeOfMind_buyerPaysTheReturnShipping_unlessTheShopAgreedOtherwise(Reason reason) {
    Liability liability = decide(RETURN_AND_REFUND, reason);
    Liability agreed = LiabilityDecider.decide(LiabilityQuestion.of(RETURN_AND_REFUND, reason), CHINA.withChangeOfMindReturn(ReturnCover.FREE_RETURNS));

    assertThat(liability.fault()).isEqualTo(Fault.BUYER_CHOICE);
    assertThat(liability.payerOf(RETURN)).contains(Payer.BUYER);
    assertThat(agreed.payerOf(RETURN)).contains(Payer.MERCHANT);
    assertThat(liability.payerOf(ORIGINAL_DELIVERY)).contains(Payer.BUYER);
    assertThat(liability.legs().get(1).ruleId()).isEqualTo(LiabilityDecider.CHANGE_OF_MIND_RETURN);
  }

  @Test
  void changeOfMind_withShippingInsurance_theMerchantsInsuranceCoversTheReturn() {
    Liability liability = LiabilityDecider.decide(LiabilityQuestion.of(RETURN_AND_REFUND, Reason.CHANGED_MIND),
        CHINA.withChangeOfMindReturn(ReturnCover.SHIPPING_INSURANCE));

    assertThat(liability.payerOf(RETURN)).contains(Payer.MERCHANT);
    assertThat(liability.explanation()).contains("运费险").contains(LiabilityDecider.CHANGE_OF_MIND_RETURN);
  }

  @Test
  void changeOfMind_withAFreeReturnsPromise_theMerchantPaysTheReturn() {
    Liability liability = LiabilityDecider.decide(LiabilityQuestion.of(RETURN_AND_REFUND, Reason.CHANGED_MIND),
        CHINA.withChangeOfMindReturn(ReturnCover.FREE_RETURNS));

    assertThat(liability.payerOf(RETURN)).contains(Payer.MERCHANT);
    assertThat(liability.explanation()).contains("free-returns");
  }

  @Test
  void euCrdArt13_2_withdrawal_termsPutTheOriginalDeliveryOnTheMerchant() {
    Liability liability = LiabilityDecider.decide(LiabilityQuestion.of(RETURN_AND_REFUND, Reason.CHANGED_MIND),
        CHINA.withChangeOfMindOriginalDelivery(Payer.MERCHANT));

    assertThat(liability.payerOf(ORIGINAL_DELIVERY)).contains(Payer.MERCHANT);
    assertThat(liability.payerOf(RETURN)).contains(Payer.BUYER);
  }

  @Test
  void sizeExchange_termsDecideWhoSendsTheReplacement() {
    LiabilityQuestion size = LiabilityQuestion.of(EXCHANGE, Reason.SIZE_OR_FIT);

    assertThat(LiabilityDecider.decide(size, CHINA).payerOf(REPLACEMENT_OUT)).contains(Payer.BUYER);
    assertThat(LiabilityDecider.decide(size, CHINA.withChangeOfMindReplacementOut(Payer.MERCHANT)).payerOf(REPLACEMENT_OUT))
        .contains(Payer.MERCHANT);
  }

  @Test
  void seedMoney_exchangeToADearerItem_buyerPaysTheIncreaseAsASeparateLine() {
    Liability liability = LiabilityDecider.decide(LiabilityQuestion.of(EXCHANGE, Reason.SIZE_OR_FIT)
        .exchangingAt(ExchangePrices.of(Money.parse("CNY 199.00"), Money.parse("CNY 249.50"))), CHINA);

    PriceDifference difference = liability.priceDifference().orElseThrow();
    assertThat(difference.payer()).isEqualTo(Payer.BUYER);
    assertThat(difference.amount()).isEqualTo(Money.parse("CNY 50.50"));
    assertThat(difference.ruleId()).isEqualTo(LiabilityDecider.EXCHANGE_DEARER);
    assertThat(liability.explanation()).contains("PRICE_DIFFERENCE: BUYER pays CNY 50.50");
  }

  @Test
  void exchangeToACheaperItem_merchantPaysTheDifferenceBack_andEqualPricesHaveNone() {
    LiabilityQuestion question = LiabilityQuestion.of(EXCHANGE, Reason.QUALITY_DEFECT);
    Liability cheaper = LiabilityDecider.decide(question.exchangingAt(ExchangePrices.of(Money.parse("CNY 100"), Money.parse("CNY 80"))), CHINA);
    Liability same = LiabilityDecider.decide(question.exchangingAt(ExchangePrices.of(Money.parse("CNY 100"), Money.parse("CNY 100"))), CHINA);

    assertThat(cheaper.priceDifference().orElseThrow().payer()).isEqualTo(Payer.MERCHANT);
    assertThat(cheaper.priceDifference().orElseThrow().amount()).isEqualTo(Money.parse("CNY 20"));
    assertThat(same.priceDifference()).isEmpty();
  }

  @Test
  void aPaidRepairNobodyCaused_buyerPaysBothWays() {
    Liability repair = decide(REPAIR, Reason.CHANGED_MIND);

    assertThat(repair.payerOf(REPAIR_IN)).contains(Payer.BUYER);
    assertThat(repair.legs().get(0).ruleId()).isEqualTo(LiabilityDecider.PAID_REPAIR);
  }

  @Test
  void refundOnlyPutsOnlyTheOriginalDeliveryAtStake() {
    Liability notReceived = decide(REFUND_ONLY, Reason.NOT_RECEIVED);

    assertThat(notReceived.legs()).extracting(LegLiability::leg).containsExactly(ORIGINAL_DELIVERY);
    assertThat(notReceived.payerOf(ORIGINAL_DELIVERY)).contains(Payer.MERCHANT);
    assertThat(notReceived.payerOf(RETURN)).isEmpty();
  }

  @Test
  void theExplanationNamesEveryLegItsPayerAndItsRule() {
    String text = decide(RETURN_AND_REFUND, Reason.WRONG_ITEM).explanation();

    assertThat(text.lines()).containsExactly(
        "ORIGINAL_DELIVERY: MERCHANT pays; WRONG_ITEM is the seller's fault: the merchant pays the shipping both ways [LIABILITY-SELLER-FAULT]",
        "RETURN: MERCHANT pays; WRONG_ITEM is the seller's fault: the merchant pays the shipping both ways [LIABILITY-SELLER-FAULT]");
  }

  @Test
  void termsRefuseThePlatformAsPayerOfABuyersChoice_namingTheField() {
    assertThatThrownBy(() -> CHINA.withChangeOfMindOriginalDelivery(Payer.PLATFORM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("changeOfMindOriginalDelivery must be BUYER or MERCHANT");
    assertThatThrownBy(() -> CHINA.withChangeOfMindReplacementOut(Payer.PLATFORM))
        .hasMessageStartingWith("changeOfMindReplacementOut");
    assertThatThrownBy(() -> CHINA.withChangeOfMindReturn(null))
        .isInstanceOf(NullPointerException.class).hasMessage("changeOfMindReturn");
  }

  @Test
  void aResultOrCaseTypeThatIsNull_isRefusedNamingIt() {
    assertThatThrownBy(() -> new Liability(Fault.SELLER, null, Optional.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("legs");
    assertThatThrownBy(() -> new Liability(Fault.SELLER, java.util.Arrays.asList((LegLiability) null), Optional.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("legs[0]");
    assertThatThrownBy(() -> ShippingLeg.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("type");
  }

  @Test
  void aQuestionRefusesExchangePricesOutsideAnExchangeAndMixedCurrencies() {
    ExchangePrices prices = ExchangePrices.of(Money.parse("CNY 1"), Money.parse("CNY 2"));

    assertThatThrownBy(() -> LiabilityQuestion.of(RETURN_AND_REFUND, Reason.CHANGED_MIND).exchangingAt(prices))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only to an EXCHANGE");
    assertThatThrownBy(() -> ExchangePrices.of(Money.parse("CNY 1"), Money.parse("EUR 1")))
        .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("exchange.replacement");
    assertThatThrownBy(() -> new LiabilityQuestion(REPAIR, Reason.QUALITY_DEFECT, true, true, Optional.empty()))
        .hasMessageContaining("contradict");
  }

  @ParameterizedTest
  @EnumSource(Reason.class)
  void notDispatched_refundOnly_merchantBearsTheOriginalDeliveryWhateverTheReason(Reason reason) {
    Liability cancelled = LiabilityDecider.decide(LiabilityQuestion.of(REFUND_ONLY, reason).beforeDispatch(), CHINA);

    assertThat(cancelled.dispatched()).isFalse();
    assertThat(cancelled.legs()).singleElement().satisfies(leg -> {
      assertThat(leg.leg()).isEqualTo(ORIGINAL_DELIVERY);
      assertThat(leg.payer()).isEqualTo(Payer.MERCHANT);
      assertThat(leg.ruleId()).isEqualTo(LiabilityDecider.NOT_DISPATCHED);
    });
    assertThat(cancelled.fault()).isEqualTo(Fault.of(reason, false, false));
  }

  @Test
  void notDispatched_changedMind_outranksTermsThatPutTheDeliveryOnTheBuyer_andThePlatformsFault() {
    Liability changedMind = LiabilityDecider.decide(LiabilityQuestion.of(REFUND_ONLY, Reason.CHANGED_MIND).beforeDispatch(),
        CHINA.withChangeOfMindOriginalDelivery(Payer.BUYER));
    Liability platform = LiabilityDecider.decide(
        LiabilityQuestion.of(REFUND_ONLY, Reason.CHANGED_MIND).withPlatformAtFault().beforeDispatch(), CHINA);

    assertThat(changedMind.payerOf(ORIGINAL_DELIVERY)).contains(Payer.MERCHANT);
    assertThat(changedMind.explanation()).isEqualTo("ORIGINAL_DELIVERY: MERCHANT pays; the order was cancelled (CHANGED_MIND)"
        + " before the merchant dispatched it: no delivery took place, so the merchant gives back the whole delivery fee"
        + " [LIABILITY-NOT-DISPATCHED]");
    assertThat(platform.fault()).isEqualTo(Fault.PLATFORM);
    assertThat(platform.payerOf(ORIGINAL_DELIVERY)).contains(Payer.MERCHANT);
  }

  @Test
  void dispatched_refusedInTransitOnAChangeOfMind_theBuyerStillBearsTheOriginalDelivery() {
    LiabilityQuestion refusedInTransit = LiabilityQuestion.of(REFUND_ONLY, Reason.CHANGED_MIND);
    Liability liability = LiabilityDecider.decide(refusedInTransit, CHINA);

    assertThat(refusedInTransit.dispatched()).isTrue();
    assertThat(liability.dispatched()).isTrue();
    assertThat(liability.payerOf(ORIGINAL_DELIVERY)).contains(Payer.BUYER);
    assertThat(liability.legs().get(0).ruleId()).isEqualTo(LiabilityDecider.CHANGE_OF_MIND_ORIGINAL_DELIVERY);
  }

  @ParameterizedTest
  @EnumSource(value = CaseType.class, names = "REFUND_ONLY", mode = EnumSource.Mode.EXCLUDE)
  void notDispatched_isOnlyForRefundOnly_otherCaseTypesAreRefusedNamingTheField(CaseType type) {
    assertThatThrownBy(() -> LiabilityQuestion.of(type, Reason.CHANGED_MIND).beforeDispatch())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dispatched: false (before dispatch) applies only to a REFUND_ONLY case, but type was " + type);
  }

  @Test
  void notDispatched_contradictsDamageCausedByTheBuyer_andALiabilityWithAReturnLegOrAPriceDifference() {
    assertThatThrownBy(() -> LiabilityQuestion.of(REFUND_ONLY, Reason.CHANGED_MIND).withBuyerCausedDamage().beforeDispatch())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dispatched: false contradicts buyerCausedDamage");
    LegLiability returnLeg = new LegLiability(RETURN, Payer.BUYER, "R", "the buyer sends it back");
    assertThatThrownBy(() -> new Liability(Fault.BUYER_CHOICE, java.util.List.of(returnLeg), Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dispatched: false, but legs names RETURN");
    PriceDifference difference = new PriceDifference(Payer.BUYER, Money.parse("CNY 1"), "R", "dearer");
    assertThatThrownBy(() -> new Liability(Fault.BUYER_CHOICE, java.util.List.of(), Optional.of(difference), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dispatched: false, but a priceDifference");
  }
}
