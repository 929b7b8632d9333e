package org.aftersales.policy.liability;

import java.util.Objects;
import org.aftersales.money.CurrencyMismatchException;
import org.aftersales.money.Money;

/**
 * The prices of an exchange to another item: what the buyer paid for the goods sent back and what
 * the replacement costs.
 *
 * @param returned what the buyer paid for the goods sent back
 * @param replacement the price of the replacement
 */
public record ExchangePrices(Money returned, Money replacement) {

  /**
   * Validates the prices.
   *
   * @throws NullPointerException if either price is null
   * @throws CurrencyMismatchException if the prices are in different currencies
   */
  public ExchangePrices {
    Objects.requireNonNull(returned, "returned");
    Objects.requireNonNull(replacement, "replacement");
    if (!returned.currency().equals(replacement.currency())) {
      throw new CurrencyMismatchException("exchange.replacement", returned.currency(), replacement.currency());
    }
  }

  /** Returns the prices; see the constructor for the rules. */
  public static ExchangePrices of(Money returned, Money replacement) {
    return new ExchangePrices(returned, replacement);
  }
}
