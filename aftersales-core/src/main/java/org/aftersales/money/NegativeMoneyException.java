package org.aftersales.money;

import java.util.Currency;

/**
 * Thrown when an amount of {@link Money} would be negative.
 *
 * <p>Money in this library is never negative: a refund, a fee or a balance that would go below
 * zero is a bug in the caller's arithmetic, not a value. This exception is thrown by the
 * constructor and factories of {@link Money} for a negative amount, and by {@link
 * Money#minus(Money)} when the subtrahend is larger than the minuend.
 */
public final class NegativeMoneyException extends IllegalArgumentException {

  NegativeMoneyException(long minorUnits, Currency currency) {
    super(
        "money cannot be negative: "
            + minorUnits
            + " minor units of "
            + currency.getCurrencyCode());
  }
}
