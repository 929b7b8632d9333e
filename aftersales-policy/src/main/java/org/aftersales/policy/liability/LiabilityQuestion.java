package org.aftersales.policy.liability;

import java.util.Objects;
import java.util.Optional;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;

/**
 * The facts of a case that decide who pays its shipping.
 *
 * @param type the case type; it decides which legs are at stake
 * @param reason the buyer's reason; it decides fault unless one of the flags overrides it
 * @param platformAtFault whether the platform caused the case (its fault outranks the reason)
 * @param buyerCausedDamage whether the buyer damaged the goods (a repair outside warranty)
 * @param exchange the prices of an exchange to another item; only for an {@link CaseType#EXCHANGE}
 * @param dispatched whether the merchant had handed the goods to a carrier when the case was
 *     opened; {@code false} (before dispatch, 未发货仅退款) only for a {@link CaseType#REFUND_ONLY}
 *     case: a buyer cannot return, exchange or send in for repair goods never sent. Goods refused in
 *     transit or sent back to the merchant by the carrier were dispatched: the delivery took place.
 */
public record LiabilityQuestion(
    CaseType type,
    Reason reason,
    boolean platformAtFault,
    boolean buyerCausedDamage,
    Optional<ExchangePrices> exchange,
    boolean dispatched) {

  /**
   * Validates the question.
   *
   * @throws NullPointerException if {@code type}, {@code reason} or {@code exchange} is null
   * @throws IllegalArgumentException if {@code exchange} is present but {@code type} is not an
   *     exchange; if both {@code platformAtFault} and {@code buyerCausedDamage} are set; or if
   *     {@code dispatched} is false and {@code type} is not {@link CaseType#REFUND_ONLY}, or {@code
   *     buyerCausedDamage} is set (the buyer never had the goods); the message names the field
   */
  public LiabilityQuestion {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(exchange, "exchange");
    if (exchange.isPresent() && type != CaseType.EXCHANGE) {
      throw new IllegalArgumentException("exchange prices apply only to an EXCHANGE case, but type was " + type);
    }
    if (platformAtFault && buyerCausedDamage) {
      throw new IllegalArgumentException(
          "platformAtFault and buyerCausedDamage contradict each other: only one side can be at fault");
    }
    if (!dispatched && type != CaseType.REFUND_ONLY) {
      throw new IllegalArgumentException(
          "dispatched: false (before dispatch) applies only to a REFUND_ONLY case, but type was " + type);
    }
    if (!dispatched && buyerCausedDamage) {
      throw new IllegalArgumentException(
          "dispatched: false contradicts buyerCausedDamage: the buyer never had goods that were not dispatched");
    }
  }

  /**
   * Creates a question about dispatched goods, the meaning every question had before the dispatch
   * fact existed; see the canonical constructor for the rules.
   */
  public LiabilityQuestion(CaseType type, Reason reason, boolean platformAtFault, boolean buyerCausedDamage,
      Optional<ExchangePrices> exchange) {
    this(type, reason, platformAtFault, buyerCausedDamage, exchange, true);
  }

  /**
   * Returns the question for a case of {@code type} with {@code reason}, nobody flagged at fault,
   * the goods dispatched.
   */
  public static LiabilityQuestion of(CaseType type, Reason reason) {
    return new LiabilityQuestion(type, reason, false, false, Optional.empty(), true);
  }

  /** Returns this question with the platform at fault; see the constructor for the rules. */
  public LiabilityQuestion withPlatformAtFault() {
    return new LiabilityQuestion(type, reason, true, buyerCausedDamage, exchange, dispatched);
  }

  /** Returns this question with damage caused by the buyer; see the constructor for the rules. */
  public LiabilityQuestion withBuyerCausedDamage() {
    return new LiabilityQuestion(type, reason, platformAtFault, true, exchange, dispatched);
  }

  /** Returns this question for an exchange at {@code prices}; see the constructor for the rules. */
  public LiabilityQuestion exchangingAt(ExchangePrices prices) {
    return new LiabilityQuestion(type, reason, platformAtFault, buyerCausedDamage, Optional.of(prices), dispatched);
  }

  /**
   * Returns this question for an order the merchant had not yet dispatched (the buyer cancels
   * before shipment, 未发货仅退款); see the constructor for the rules.
   *
   * @throws IllegalArgumentException naming {@code dispatched} if the case is not {@link
   *     CaseType#REFUND_ONLY} or the buyer is flagged as having damaged the goods
   */
  public LiabilityQuestion beforeDispatch() {
    return new LiabilityQuestion(type, reason, platformAtFault, buyerCausedDamage, exchange, false);
  }

  /** Returns whose side caused the case. */
  public Fault fault() {
    return Fault.of(reason, platformAtFault, buyerCausedDamage);
  }
}
