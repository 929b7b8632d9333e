package org.aftersales.policy.liability;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides who pays each shipping leg of a case (seed rules, "Money").
 *
 * <ul>
 *   <li>{@value #NOT_DISPATCHED}: the merchant had not dispatched the goods (refund only before
 *       shipment, 未发货仅退款): no delivery took place, so the merchant bears the original
 *       delivery, premium or not, whatever the reason or fault; this rule comes before all others.
 *       Goods refused in transit or returned to the sender were dispatched and follow the rules below.
 *   <li>{@value #PLATFORM_FAULT}: the platform caused the case, so it pays every leg.
 *   <li>{@value #SELLER_FAULT}: quality, wrong or damaged goods, not as described, missing parts,
 *       not delivered: the merchant pays the shipping both ways (China, Consumer Rights Protection
 *       Law art. 24: the operator bears the transport and other necessary costs of a return,
 *       exchange or repair it owes).
 *   <li>{@value #BUYER_DAMAGE}: the buyer damaged the goods, so a repair is outside warranty and
 *       the buyer pays every leg.
 *   <li>{@value #CHANGE_OF_MIND_RETURN}, {@value #CHANGE_OF_MIND_ORIGINAL_DELIVERY}, {@value
 *       #CHANGE_OF_MIND_REPLACEMENT}: change of mind, size or fit: the terms say, by default the
 *       buyer (China, Consumer Rights Protection Law art. 25: the consumer bears the return
 *       shipping of a no-reason return unless agreed otherwise; {@link ReturnCover} is that
 *       agreement).
 *   <li>{@value #PAID_REPAIR}: a repair nobody's fault caused is a paid repair: the buyer pays both
 *       ways.
 *   <li>{@value #EXCHANGE_DEARER} / {@value #EXCHANGE_CHEAPER}: an exchange to a dearer item makes
 *       the buyer pay the increase, to a cheaper one gives the buyer the difference back.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class LiabilityDecider {

  /** The goods were not dispatched: no delivery took place. */
  public static final String NOT_DISPATCHED = "LIABILITY-NOT-DISPATCHED";
  /** The platform caused the case. */
  public static final String PLATFORM_FAULT = "LIABILITY-PLATFORM-FAULT";
  /** The seller's side caused the case. */
  public static final String SELLER_FAULT = "LIABILITY-SELLER-FAULT";
  /** The buyer damaged the goods. */
  public static final String BUYER_DAMAGE = "LIABILITY-BUYER-DAMAGE";
  /** Return leg of a buyer-choice return or exchange. */
  public static final String CHANGE_OF_MIND_RETURN = "LIABILITY-CHANGE-OF-MIND-RETURN";
  /** Original delivery of goods returned by the buyer's choice. */
  public static final String CHANGE_OF_MIND_ORIGINAL_DELIVERY = "LIABILITY-CHANGE-OF-MIND-ORIGINAL-DELIVERY";
  /** Replacement leg of a buyer-choice exchange. */
  public static final String CHANGE_OF_MIND_REPLACEMENT = "LIABILITY-CHANGE-OF-MIND-REPLACEMENT";
  /** A repair with nobody at fault. */
  public static final String PAID_REPAIR = "LIABILITY-PAID-REPAIR";
  /** An exchange to a dearer item. */
  public static final String EXCHANGE_DEARER = "LIABILITY-EXCHANGE-DEARER";
  /** An exchange to a cheaper item. */
  public static final String EXCHANGE_CHEAPER = "LIABILITY-EXCHANGE-CHEAPER";

  private LiabilityDecider() {}

  /**
   * Decides who pays each leg that {@code question}'s case type puts at stake ({@link
   * ShippingLeg#of}), and the price difference of an exchange. Equal prices give no price
   * difference. A question before dispatch puts the original delivery on the merchant ({@value
   * #NOT_DISPATCHED}) whatever the reason, fault or terms; the result keeps the fault the reason
   * gives and is marked not dispatched.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Liability decide(LiabilityQuestion question, LiabilityTerms terms) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(terms, "terms");
    Fault fault = question.fault();
    if (!question.dispatched()) {
      return new Liability(fault, List.of(new LegLiability(ShippingLeg.ORIGINAL_DELIVERY, Payer.MERCHANT, NOT_DISPATCHED,
          "the order was cancelled (" + question.reason() + ") before the merchant dispatched it: no delivery took place,"
              + " so the merchant gives back the whole delivery fee")), Optional.empty(), false);
    }
    List<LegLiability> legs = new ArrayList<>();
    for (ShippingLeg leg : ShippingLeg.of(question.type())) {
      legs.add(decideLeg(leg, fault, question, terms));
    }
    return new Liability(fault, legs, question.exchange().flatMap(LiabilityDecider::priceDifference));
  }

  private static LegLiability decideLeg(ShippingLeg leg, Fault fault, LiabilityQuestion question, LiabilityTerms terms) {
    switch (fault) {
      case PLATFORM:
        return new LegLiability(leg, Payer.PLATFORM, PLATFORM_FAULT,
            "the platform caused the case (" + question.reason() + ") and pays its shipping");
      case SELLER:
        return new LegLiability(leg, Payer.MERCHANT, SELLER_FAULT,
            question.reason() + " is the seller's fault: the merchant pays the shipping both ways");
      case BUYER_DAMAGE:
        return new LegLiability(leg, Payer.BUYER, BUYER_DAMAGE,
            "the buyer damaged the goods, which is outside warranty: the buyer pays the shipping");
      case BUYER_CHOICE:
        return buyerChoice(leg, question, terms);
      default:
        throw new IllegalStateException("unhandled fault " + fault);
    }
  }

  private static LegLiability buyerChoice(ShippingLeg leg, LiabilityQuestion question, LiabilityTerms terms) {
    String cause = question.reason() + " is the buyer's own choice";
    switch (leg) {
      case ORIGINAL_DELIVERY:
        Payer delivery = terms.changeOfMindOriginalDelivery();
        return new LegLiability(leg, delivery, CHANGE_OF_MIND_ORIGINAL_DELIVERY, delivery == Payer.BUYER
            ? cause + ": the buyer keeps paying the original delivery"
            : cause + ", but the terms make the merchant bear the original delivery (refunded on withdrawal)");
      case RETURN:
        ReturnCover cover = terms.changeOfMindReturn();
        return new LegLiability(leg, cover.payer(), CHANGE_OF_MIND_RETURN, cause + ": " + cover.wording());
      case REPLACEMENT_OUT:
        Payer replacement = terms.changeOfMindReplacementOut();
        return new LegLiability(leg, replacement, CHANGE_OF_MIND_REPLACEMENT,
            cause + ": the terms make the " + replacement.name().toLowerCase() + " pay for sending the replacement");
      case REPAIR_IN:
      case REPAIR_OUT:
        return new LegLiability(leg, Payer.BUYER, PAID_REPAIR,
            "nobody's fault brought the goods in for repair (" + question.reason()
                + "): it is a paid repair and the buyer pays the shipping");
      default:
        throw new IllegalStateException("unhandled leg " + leg);
    }
  }

  private static Optional<PriceDifference> priceDifference(ExchangePrices prices) {
    int order = prices.replacement().compareTo(prices.returned());
    if (order > 0) {
      return Optional.of(new PriceDifference(Payer.BUYER, prices.replacement().minus(prices.returned()), EXCHANGE_DEARER,
          "the replacement (" + prices.replacement() + ") costs more than the goods returned ("
              + prices.returned() + "): the buyer pays the increase"));
    }
    if (order < 0) {
      return Optional.of(new PriceDifference(Payer.MERCHANT, prices.returned().minus(prices.replacement()), EXCHANGE_CHEAPER,
          "the replacement (" + prices.replacement() + ") costs less than the goods returned ("
              + prices.returned() + "): the merchant pays the difference back"));
    }
    return Optional.empty();
  }
}
