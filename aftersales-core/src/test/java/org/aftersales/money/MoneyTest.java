package org.aftersales.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Nested
  class Factories {

    @Test
    void ofCurrency() {
      Money money = Money.of(1234, CNY);

      assertThat(money.minorUnits()).isEqualTo(1234);
      assertThat(money.currency()).isEqualTo(CNY);
      assertThat(money).isEqualTo(new Money(1234, CNY));
    }

    @Test
    void ofCurrencyCode() {
      assertThat(Money.of(1234, "CNY")).isEqualTo(Money.of(1234, CNY));
    }

    @Test
    void ofUnknownCurrencyCodeNamesTheCode() {
      assertThatThrownBy(() -> Money.of(1, "ZZZ"))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ZZZ");
    }

    @Test
    void ofNullCurrencyCode() {
      assertThatThrownBy(() -> Money.of(1, (String) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("currencyCode");
    }

    @Test
    void zero() {
      Money zero = Money.zero(EUR);

      assertThat(zero.minorUnits()).isZero();
      assertThat(zero.currency()).isEqualTo(EUR);
      assertThat(zero.isZero()).isTrue();
      assertThat(Money.of(1, EUR).isZero()).isFalse();
    }

    @Test
    void nullCurrencyIsRejectedNamingCurrency() {
      assertThatThrownBy(() -> new Money(1, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("currency");
      assertThatThrownBy(() -> Money.of(1, (Currency) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("currency");
      assertThatThrownBy(() -> Money.zero(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("currency");
    }

    @Test
    void negativeAmountIsRejected() {
      assertThatThrownBy(() -> Money.of(-5, CNY))
          .isInstanceOf(NegativeMoneyException.class)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-5")
          .hasMessageContaining("CNY")
          .hasMessageContaining("cannot be negative");
      assertThatThrownBy(() -> new Money(Long.MIN_VALUE, CNY))
          .isInstanceOf(NegativeMoneyException.class);
      assertThatThrownBy(() -> Money.of(-1, "JPY")).isInstanceOf(NegativeMoneyException.class);
    }

    @Test
    void maximumAmountIsAllowed() {
      assertThat(Money.of(Long.MAX_VALUE, CNY).minorUnits()).isEqualTo(Long.MAX_VALUE);
    }
  }

  @Nested
  class Parse {

    @Test
    void parsesExactly() {
      assertThat(Money.parse("CNY 12.34")).isEqualTo(Money.of(1234, CNY));
      assertThat(Money.parse("EUR 0.05")).isEqualTo(Money.of(5, EUR));
      assertThat(Money.parse("EUR 0.00")).isEqualTo(Money.zero(EUR));
      assertThat(Money.parse("KWD 1.234")).isEqualTo(Money.of(1234, "KWD"));
    }

    @Test
    void acceptsFewerFractionDigits() {
      assertThat(Money.parse("CNY 12.3")).isEqualTo(Money.of(1230, CNY));
      assertThat(Money.parse("CNY 12")).isEqualTo(Money.of(1200, CNY));
      assertThat(Money.parse("CNY 007.5")).isEqualTo(Money.of(750, CNY));
    }

    @Test
    void parsesZeroFractionCurrency() {
      assertThat(Money.parse("JPY 500")).isEqualTo(Money.of(500, JPY));
    }

    @Test
    void rejectsMoreFractionDigitsThanTheCurrencyHasNamingTheText() {
      assertThatThrownBy(() -> Money.parse("CNY 12.345"))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("CNY 12.345");
      assertThatThrownBy(() -> Money.parse("JPY 1.5"))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("JPY 1.5");
      assertThatThrownBy(() -> Money.parse("JPY 1.0"))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("JPY 1.0");
    }

    @Test
    void rejectsUnknownCurrencyNamingTheCode() {
      assertThatThrownBy(() -> Money.parse("ZZZ 1.00"))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ZZZ");
    }

    @Test
    void rejectsMalformedTextNamingTheText() {
      for (String text :
          List.of(
              "",
              "CNY",
              "CNY ",
              "12.34",
              "CNY12.34",
              "CNY  12.34",
              " CNY 12.34",
              "CNY 12.34 ",
              "cny 12.34",
              "CNY -1.00",
              "CNY +1.00",
              "CNY 1,000.00",
              "CNY 1e3",
              "CNY .5",
              "CNY 12.",
              "JPY 500.",
              "CNY １２")) {
        assertThatThrownBy(() -> Money.parse(text))
            .as(text)
            .isExactlyInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("\"" + text + "\"");
      }
    }

    @Test
    void rejectsNull() {
      assertThatThrownBy(() -> Money.parse(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("text");
    }

    @Test
    void overflowIsAnArithmeticException() {
      assertThat(Money.parse("CNY 92233720368547758.07"))
          .isEqualTo(Money.of(Long.MAX_VALUE, CNY));
      assertThatThrownBy(() -> Money.parse("CNY 92233720368547758.08"))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("CNY 92233720368547758.08");
      assertThatThrownBy(() -> Money.parse("JPY 99999999999999999999999"))
          .isInstanceOf(ArithmeticException.class);
    }
  }

  @Nested
  class Render {

    @Test
    void rendersDefaultFractionDigits() {
      assertThat(Money.of(1234, CNY)).hasToString("CNY 12.34");
      assertThat(Money.of(5, EUR)).hasToString("EUR 0.05");
      assertThat(Money.of(50, EUR)).hasToString("EUR 0.50");
      assertThat(Money.zero(EUR)).hasToString("EUR 0.00");
      assertThat(Money.of(1234, "KWD")).hasToString("KWD 1.234");
      assertThat(Money.of(Long.MAX_VALUE, CNY)).hasToString("CNY 92233720368547758.07");
    }

    @Test
    void rendersZeroFractionCurrencyWithoutPoint() {
      assertThat(Money.of(500, JPY)).hasToString("JPY 500");
      assertThat(Money.zero(JPY)).hasToString("JPY 0");
    }

    @Test
    void rendersCurrencyWithoutMinorUnitWithoutPoint() {
      assertThat(Money.of(3, "XAU")).hasToString("XAU 3");
      assertThat(Money.parse("XAU 3")).isEqualTo(Money.of(3, "XAU"));
    }
  }

  @Nested
  class Arithmetic {

    @Test
    void plus() {
      assertThat(Money.of(150, CNY).plus(Money.of(275, CNY))).isEqualTo(Money.of(425, CNY));
      assertThat(Money.of(150, CNY).plus(Money.zero(CNY))).isEqualTo(Money.of(150, CNY));
    }

    @Test
    void plusOverflowThrows() {
      Money max = Money.of(Long.MAX_VALUE, CNY);

      assertThatThrownBy(() -> max.plus(Money.of(1, CNY)))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void minus() {
      assertThat(Money.of(425, CNY).minus(Money.of(275, CNY))).isEqualTo(Money.of(150, CNY));
      assertThat(Money.of(425, CNY).minus(Money.of(425, CNY))).isEqualTo(Money.zero(CNY));
      assertThat(Money.of(Long.MAX_VALUE, CNY).minus(Money.of(Long.MAX_VALUE, CNY)))
          .isEqualTo(Money.zero(CNY));
    }

    @Test
    void minusBelowZeroThrows() {
      assertThatThrownBy(() -> Money.of(100, CNY).minus(Money.of(101, CNY)))
          .isInstanceOf(NegativeMoneyException.class)
          .hasMessageContaining("-1")
          .hasMessageContaining("CNY")
          .hasMessageContaining("cannot be negative");
      assertThatThrownBy(() -> Money.zero(CNY).minus(Money.of(Long.MAX_VALUE, CNY)))
          .isInstanceOf(NegativeMoneyException.class);
    }

    @Test
    void times() {
      assertThat(Money.of(125, CNY).times(3)).isEqualTo(Money.of(375, CNY));
      assertThat(Money.of(125, CNY).times(0)).isEqualTo(Money.zero(CNY));
      assertThat(Money.of(125, CNY).times(1)).isEqualTo(Money.of(125, CNY));
    }

    @Test
    void timesNegativeFactorThrows() {
      assertThatThrownBy(() -> Money.of(125, CNY).times(-2))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-2");
    }

    @Test
    void timesOverflowThrows() {
      assertThatThrownBy(() -> Money.of(Long.MAX_VALUE / 2 + 1, CNY).times(2))
          .isInstanceOf(ArithmeticException.class);
      assertThat(Money.of(Long.MAX_VALUE / 2, CNY).times(2).minorUnits())
          .isEqualTo(Long.MAX_VALUE - 1);
    }

    @Test
    void sum() {
      assertThat(Money.sum(List.of(Money.of(1, EUR), Money.of(2, EUR), Money.of(3, EUR)), EUR))
          .isEqualTo(Money.of(6, EUR));
    }

    @Test
    void sumOfNothingIsZero() {
      assertThat(Money.sum(List.of(), JPY)).isEqualTo(Money.zero(JPY));
    }

    @Test
    void sumOverflowThrows() {
      List<Money> amounts = List.of(Money.of(Long.MAX_VALUE, EUR), Money.of(1, EUR));

      assertThatThrownBy(() -> Money.sum(amounts, EUR)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void sumRejectsNullCurrency() {
      assertThatThrownBy(() -> Money.sum(List.of(), null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("currency");
    }
  }

  @Nested
  class Comparison {

    private final Money small = Money.of(100, CNY);
    private final Money large = Money.of(200, CNY);

    @Test
    void minAndMax() {
      assertThat(small.min(large)).isSameAs(small);
      assertThat(large.min(small)).isSameAs(small);
      assertThat(small.max(large)).isSameAs(large);
      assertThat(large.max(small)).isSameAs(large);
    }

    @Test
    void minAndMaxOfEqualAmountsReturnThis() {
      Money other = Money.of(100, CNY);

      assertThat(small.min(other)).isSameAs(small);
      assertThat(small.max(other)).isSameAs(small);
    }

    @Test
    void greaterAndLess() {
      assertThat(large.isGreaterThan(small)).isTrue();
      assertThat(small.isGreaterThan(large)).isFalse();
      assertThat(small.isGreaterThan(Money.of(100, CNY))).isFalse();
      assertThat(small.isLessThan(large)).isTrue();
      assertThat(large.isLessThan(small)).isFalse();
      assertThat(small.isLessThan(Money.of(100, CNY))).isFalse();
    }

    @Test
    void compareTo() {
      assertThat(small.compareTo(large)).isNegative();
      assertThat(large.compareTo(small)).isPositive();
      assertThat(small.compareTo(Money.of(100, CNY))).isZero();
      assertThat(List.of(large, small).stream().sorted().toList()).containsExactly(small, large);
    }

    @Test
    void equalityIsByAmountAndCurrency() {
      assertThat(Money.of(100, CNY)).isEqualTo(small).hasSameHashCodeAs(small);
      assertThat(Money.of(100, EUR)).isNotEqualTo(small);
      assertThat(Money.parse("CNY 1.0")).isEqualTo(Money.parse("CNY 1.00"));
    }
  }

  @Nested
  class MixedCurrencies {

    private final Money yuan = Money.of(100, CNY);
    private final Money euro = Money.of(100, EUR);

    @Test
    void everyBinaryOperationRejectsAnotherCurrencyNamingBothAndTheOperation() {
      assertMismatch(() -> yuan.plus(euro), "plus");
      assertMismatch(() -> yuan.minus(euro), "minus");
      assertMismatch(() -> yuan.min(euro), "min");
      assertMismatch(() -> yuan.max(euro), "max");
      assertMismatch(() -> yuan.isGreaterThan(euro), "isGreaterThan");
      assertMismatch(() -> yuan.isLessThan(euro), "isLessThan");
      assertMismatch(() -> yuan.compareTo(euro), "compareTo");
      assertMismatch(() -> Money.sum(List.of(Money.zero(CNY), euro), CNY), "sum");
    }

    @Test
    void mismatchIsAnIllegalArgumentException() {
      assertThatThrownBy(() -> yuan.plus(euro)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertMismatch(Runnable operation, String name) {
      assertThatThrownBy(operation::run)
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessageContaining(name)
          .hasMessageContaining("CNY")
          .hasMessageContaining("EUR");
    }
  }
}
