package org.aftersales.money;

import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A non-negative amount of money in one currency, held exactly as a whole number of minor units
 * (cents, fen, ...).
 *
 * <p>The minor unit of a currency is given by {@link Currency#getDefaultFractionDigits()}: {@code
 * Money.of(1234, "CNY")} is {@code CNY 12.34}, {@code Money.of(500, "JPY")} is {@code JPY 500}.
 * Currencies without a defined minor unit (ISO 4217 pseudo-currencies such as {@code XAU}, for
 * which the JDK reports {@code -1} fraction digits) are treated as having no fraction digits.
 *
 * <p>Money is never negative: the constructor and every factory throw {@link
 * NegativeMoneyException} for a negative amount, and so does {@link #minus(Money)} when the result
 * would be negative. Every binary operation throws {@link CurrencyMismatchException} when the
 * currencies differ; there is no implicit conversion. Every arithmetic operation throws {@link
 * ArithmeticException} instead of overflowing.
 *
 * <p>Instances are immutable and thread-safe. Two instances are {@linkplain #equals(Object) equal}
 * exactly when they have the same minor units and the same currency, so {@code CNY 1.00} and {@code
 * CNY 1.0} parse to equal values. {@link #compareTo(Money)} is consistent with equals for money of
 * one currency and throws {@link CurrencyMismatchException} across currencies.
 *
 * @param minorUnits the amount in minor units of {@code currency}; never negative
 * @param currency the currency; never null
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

  private static final Pattern TEXT = Pattern.compile("([A-Z]{3}) ([0-9]+)(?:\\.([0-9]+))?");

  /**
   * Creates money of {@code minorUnits} minor units of {@code currency}.
   *
   * @throws NullPointerException if {@code currency} is null
   * @throws NegativeMoneyException if {@code minorUnits} is negative
   */
  public Money {
    Objects.requireNonNull(currency, "currency");
    if (minorUnits < 0) {
      throw new NegativeMoneyException(minorUnits, currency);
    }
  }

  /**
   * Returns money of {@code minorUnits} minor units of {@code currency}.
   *
   * @throws NullPointerException if {@code currency} is null
   * @throws NegativeMoneyException if {@code minorUnits} is negative
   */
  public static Money of(long minorUnits, Currency currency) {
    return new Money(minorUnits, currency);
  }

  /**
   * Returns money of {@code minorUnits} minor units of the currency with ISO 4217 code {@code
   * currencyCode}, for example {@code Money.of(1234, "CNY")} for {@code CNY 12.34}.
   *
   * @throws NullPointerException if {@code currencyCode} is null
   * @throws IllegalArgumentException if {@code currencyCode} is not a currency code known to the
   *     JDK; the message names the code
   * @throws NegativeMoneyException if {@code minorUnits} is negative
   */
  public static Money of(long minorUnits, String currencyCode) {
    return new Money(minorUnits, currency(currencyCode));
  }

  /**
   * Returns no money of {@code currency}.
   *
   * @throws NullPointerException if {@code currency} is null
   */
  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /**
   * Parses text of the form {@code "CNY 12.34"}, the form {@link #toString()} produces: an ISO 4217
   * code in upper case, one space, and a non-negative decimal amount in ASCII digits.
   *
   * <p>The conversion is exact. The amount may have fewer fraction digits than the currency's
   * default ({@code "CNY 12.3"} and {@code "CNY 12"} are both accepted and equal {@code CNY 12.30}
   * and {@code CNY 12.00}), but not more: {@code "CNY 12.345"} and {@code "JPY 1.5"} are rejected
   * rather than rounded. A decimal point must be followed by at least one digit, so {@code "JPY
   * 500."} is rejected too. Signs, grouping separators, exponents, and any other whitespace are
   * rejected.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not of the form above or has more fraction
   *     digits than the currency allows; the message names the text
   * @throws IllegalArgumentException if the currency code is not known to the JDK; the message
   *     names the code
   * @throws ArithmeticException if the amount does not fit in a {@code long} of minor units
   */
  public static Money parse(String text) {
    Matcher matcher = TEXT.matcher(Objects.requireNonNull(text, "text"));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "cannot parse money, expected e.g. \"CNY 12.34\": \"" + text + "\"");
    }
    Currency currency = currency(matcher.group(1));
    int digits = fractionDigits(currency);
    String fraction = Objects.requireNonNullElse(matcher.group(3), "");
    if (fraction.length() > digits) {
      throw new IllegalArgumentException(
          currency.getCurrencyCode()
              + " has "
              + digits
              + " fraction digits, cannot parse money exactly: \""
              + text
              + "\"");
    }
    try {
      return new Money(
          Long.parseLong(matcher.group(2) + fraction + "0".repeat(digits - fraction.length())),
          currency);
    } catch (NumberFormatException e) {
      throw new ArithmeticException(
          "amount does not fit in a long of minor units: \"" + text + "\"");
    }
  }

  /**
   * Returns the sum of {@code amounts}, all of which must be in {@code currency}; zero if {@code
   * amounts} is empty.
   *
   * @throws NullPointerException if {@code amounts}, {@code currency} or any element is null
   * @throws CurrencyMismatchException if any element is not in {@code currency}
   * @throws ArithmeticException if the sum overflows a {@code long} of minor units
   */
  public static Money sum(Iterable<Money> amounts, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    long total = 0;
    for (Money amount : amounts) {
      requireCurrency("sum", currency, amount);
      total = Math.addExact(total, amount.minorUnits);
    }
    return new Money(total, currency);
  }

  /**
   * Returns {@code this + other}.
   *
   * @throws NullPointerException if {@code other} is null
   * @throws CurrencyMismatchException if {@code other} is in a different currency
   * @throws ArithmeticException if the sum overflows a {@code long} of minor units
   */
  public Money plus(Money other) {
    requireCurrency("plus", currency, other);
    return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
  }

  /**
   * Returns {@code this - other}.
   *
   * @throws NullPointerException if {@code other} is null
   * @throws CurrencyMismatchException if {@code other} is in a different currency
   * @throws NegativeMoneyException if {@code other} is greater than {@code this}
   */
  public Money minus(Money other) {
    requireCurrency("minus", currency, other);
    return new Money(minorUnits - other.minorUnits, currency);
  }

  /**
   * Returns {@code this * factor}. A factor of zero yields zero.
   *
   * @throws IllegalArgumentException if {@code factor} is negative
   * @throws ArithmeticException if the product overflows a {@code long} of minor units
   */
  public Money times(long factor) {
    if (factor < 0) {
      throw new IllegalArgumentException("factor must not be negative: " + factor);
    }
    return new Money(Math.multiplyExact(minorUnits, factor), currency);
  }

  /**
   * Returns the smaller of {@code this} and {@code other}; {@code this} if they are equal.
   *
   * @throws NullPointerException if {@code other} is null
   * @throws CurrencyMismatchException if {@code other} is in a different currency
   */
  public Money min(Money other) {
    requireCurrency("min", currency, other);
    return other.minorUnits < minorUnits ? other : this;
  }

  /**
   * Returns the larger of {@code this} and {@code other}; {@code this} if they are equal.
   *
   * @throws NullPointerException if {@code other} is null
   * @throws CurrencyMismatchException if {@code other} is in a different currency
   */
  public Money max(Money other) {
    requireCurrency("max", currency, other);
    return other.minorUnits > minorUnits ? other : this;
  }

  /** Returns whether this amount is zero. */
  public boolean isZero() {
    return minorUnits == 0;
  }

  /**
   * Returns whether this amount is strictly greater than {@code other}.
   *
   * @throws NullPointerException if {@code other} is null
   * @throws CurrencyMismatchException if {@code other} is in a different currency
   */
  public boolean isGreaterThan(Money other) {
    requireCurrency("isGreaterThan", currency, other);
    return minorUnits > other.minorUnits;
  }

  /**
   * Returns whether this amount is strictly less than {@code other}.
   *
   * @throws NullPointerException if {@code other} is null
   * @throws CurrencyMismatchException if {@code other} is in a different currency
   */
  public boolean isLessThan(Money other) {
    requireCurrency("isLessThan", currency, other);
    return minorUnits < other.minorUnits;
  }

  /**
   * Compares amounts of the same currency. Money of different currencies is not comparable.
   *
   * @throws NullPointerException if {@code other} is null
   * @throws CurrencyMismatchException if {@code other} is in a different currency
   */
  @Override
  public int compareTo(Money other) {
    requireCurrency("compareTo", currency, other);
    return Long.compare(minorUnits, other.minorUnits);
  }

  /**
   * Splits this amount into parts proportional to {@code weights}, by the largest-remainder method,
   * so that the parts always add up exactly to this amount.
   *
   * <p>Part {@code i} first gets the floor of {@code minorUnits * weights[i] / sum(weights)}. The
   * minor units this leaves over (fewer than the number of parts) then go one each to the parts
   * with the largest fractional remainders; among equal remainders the earliest index wins. Hence
   * every part differs from its exact share {@code minorUnits * weights[i] / sum(weights)} by
   * strictly less than one minor unit, a part with weight zero gets zero, and a part whose exact
   * share is a whole number gets exactly that.
   *
   * <p>The result has one part per weight, in the order of {@code weights}, all in this currency.
   * It is determined by the amount and the weights alone: equal inputs give equal results. Weights
   * need not be normalized; {@code [1, 1]} and {@code [50, 50]} split alike. When the weights sum
   * to zero, zero money splits into all-zero parts, and any other amount is rejected.
   *
   * <p>The computation is exact for every amount and for all weights that sum to at most {@link
   * Long#MAX_VALUE}: a product {@code minorUnits * weights[i]} that does not fit in a {@code long}
   * is computed in wider arithmetic instead of overflowing.
   *
   * @param weights one non-negative weight per part
   * @return an unmodifiable list of {@code weights.size()} parts that sum to this amount
   * @throws NullPointerException if {@code weights} is null
   * @throws IllegalArgumentException if {@code weights} is empty
   * @throws IllegalArgumentException if any weight is null or negative; the message names its index
   * @throws IllegalArgumentException if the weights sum to zero and this amount is not zero
   * @throws ArithmeticException if the weights sum to more than {@link Long#MAX_VALUE}
   */
  public List<Money> allocate(List<Long> weights) {
    long[] parts = Allocation.largestRemainder(minorUnits, weights);
    Money[] result = new Money[parts.length];
    for (int i = 0; i < parts.length; i++) {
      result[i] = new Money(parts[i], currency);
    }
    return List.of(result);
  }

  /**
   * Splits this amount into {@code parts} parts as equal as possible, the larger parts first.
   *
   * <p>This is {@link #allocate(List)} with {@code parts} equal weights: every part is the floor of
   * {@code minorUnits / parts}, and the first {@code minorUnits % parts} parts get one extra minor
   * unit. For example {@code CNY 1.00} in three parts is {@code [CNY 0.34, CNY 0.33, CNY 0.33]}.
   *
   * @return an unmodifiable list of {@code parts} parts that sum to this amount
   * @throws IllegalArgumentException if {@code parts} is less than one
   */
  public List<Money> allocateEvenly(int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1: " + parts);
    }
    return allocate(Collections.nCopies(parts, 1L));
  }

  /**
   * Returns the ISO 4217 code, one space, and the amount in major units with exactly the currency's
   * default number of fraction digits: {@code "CNY 12.34"}, {@code "EUR 0.05"}, {@code "JPY 500"}.
   * {@link #parse(String)} reads this form back to an equal value.
   */
  @Override
  public String toString() {
    String code = currency.getCurrencyCode();
    String units = Long.toString(minorUnits);
    int digits = fractionDigits(currency);
    if (digits == 0) {
      return code + " " + units;
    }
    String padded = "0".repeat(Math.max(0, digits + 1 - units.length())) + units;
    int point = padded.length() - digits;
    return code + " " + padded.substring(0, point) + "." + padded.substring(point);
  }

  private static Currency currency(String currencyCode) {
    Objects.requireNonNull(currencyCode, "currencyCode");
    try {
      return Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown currency code: " + currencyCode, e);
    }
  }

  private static int fractionDigits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  private static void requireCurrency(String operation, Currency expected, Money other) {
    if (!expected.equals(other.currency)) {
      throw new CurrencyMismatchException(operation, expected, other.currency);
    }
  }
}
