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
 */
public record LiabilityQuestion(
    CaseType type,
    Reason reason,
    boolean platformAtFault,
    boolean buyerCausedDamage,
    Optional<ExchangePrices> exchange) {

  /**
   * Validates the question.
   *
   * @throws NullPointerException if {@code type}, {@code reason} or {@code exchange} is null
   * @throws IllegalArgumentException if {@code exchange} is present but {@code type} is not an
   *     exchange; or if both {@code platformAtFault} and {@code buyerCausedDamage} are set
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
  }

  /** Returns the question for a case of {@code type} with {@code reason}, nobody flagged at fault. */
  public static LiabilityQuestion of(CaseType type, Reason reason) {
    return new LiabilityQuestion(type, reason, false, false, Optional.empty());
  }

  /** Returns this question with the platform at fault; see the constructor for the rules. */
  public LiabilityQuestion withPlatformAtFault() {
    return new LiabilityQuestion(type, reason, true, buyerCausedDamage, exchange);
  }

  /** Returns this question with damage caused by the buyer; see the constructor for the rules. */
  public LiabilityQuestion withBuyerCausedDamage() {
    return new LiabilityQuestion(type, reason, platformAtFault, true, exchange);
  }

  /** Returns this question for an exchange at {@code prices}; see the constructor for the rules. */
  public LiabilityQuestion exchangingAt(ExchangePrices prices) {
    return new LiabilityQuestion(type, reason, platformAtFault, buyerCausedDamage, Optional.of(prices));
  }

  /** Returns whose side caused the case. */
  public Fault fault() {
    return Fault.of(reason, platformAtFault, buyerCausedDamage);
  }
}
