package org.aftersales.money;

import java.util.Currency;

/**
 * Thrown when an operation combines {@link Money} of two different currencies.
 *
 * <p>This library never converts between currencies implicitly. Every binary operation of {@link
 * Money} (arithmetic, comparison, {@link Money#sum(Iterable, Currency)}) throws this exception
 * instead; the message names the operation and both currencies.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

  /**
   * Creates the exception.
   *
   * @param operation the operation or field where the currencies met, such as {@code plus} or
   *     {@code lines[1].amountPaid}
   * @param expected the currency required there
   * @param actual the currency found
   */
  public CurrencyMismatchException(String operation, Currency expected, Currency actual) {
    super(
        "currency mismatch in "
            + operation
            + ": "
            + expected.getCurrencyCode()
            + " vs "
            + actual.getCurrencyCode());
  }
}
