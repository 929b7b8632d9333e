package org.aftersales.money;

import static org.aftersales.money.AllocationTest.assertWithinOneUnitOfExactShare;
import static org.aftersales.money.AllocationTest.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MoneyPropertiesTest {

  private static final Currency CNY = Currency.getInstance("CNY");

  private static final Gen<Long> AMOUNTS = longs().between(0, 1_000_000_000_000L);
  private static final Gen<List<Long>> WEIGHTS =
      lists().of(longs().between(0, 1_000_000)).ofSizeBetween(1, 20);
  /** Few distinct weights, so many parts tie on their remainders. */
  private static final Gen<List<Long>> SMALL_WEIGHTS =
      lists().of(longs().between(0, 3)).ofSizeBetween(1, 20);
  /** Amounts of at least {@code Long.MAX_VALUE / 4}, where {@code amount * weight} overflows. */
  private static final Gen<Long> HUGE_AMOUNTS = longs().between(Long.MAX_VALUE / 4, Long.MAX_VALUE);
  /**
   * Up to 20 weights of at most {@code Long.MAX_VALUE / 20}, so that their sum fits in a long,
   * mixed with tiny ones, so that some products {@code amount * weight} fall just beyond {@code
   * Long.MAX_VALUE}.
   */
  private static final Gen<List<Long>> HUGE_WEIGHTS =
      lists()
          .of(longs().between(0, Long.MAX_VALUE / 20).mix(longs().between(0, 3)))
          .ofSizeBetween(1, 20);
  private static final Gen<Currency> CURRENCIES =
      Generate.pick(List.of("CNY", "EUR", "JPY", "KWD", "CLF", "XAU")).map(Currency::getInstance);

  @Test
  void partsSumToTheWhole() {
    qt().forAll(AMOUNTS, WEIGHTS.mix(SMALL_WEIGHTS))
        .assuming(MoneyPropertiesTest::allocatable)
        .checkAssert(
            (total, weights) ->
                assertThat(Money.sum(Money.of(total, CNY).allocate(weights), CNY))
                    .isEqualTo(Money.of(total, CNY)));
  }

  @Test
  void everyPartIsWithinOneMinorUnitOfItsExactShare() {
    qt().forAll(AMOUNTS, WEIGHTS.mix(SMALL_WEIGHTS))
        .assuming((total, weights) -> hasPositiveWeight(weights))
        .checkAssert(
            (total, weights) ->
                assertWithinOneUnitOfExactShare(
                    total, weights, units(Money.of(total, CNY).allocate(weights))));
  }

  @Test
  void hugeAmountsAndWeightsSplitExactlyWithoutOverflow() {
    qt().forAll(HUGE_AMOUNTS, HUGE_WEIGHTS)
        .assuming((total, weights) -> hasPositiveWeight(weights))
        .checkAssert(
            (total, weights) -> {
              List<Long> parts = units(Money.of(total, CNY).allocate(weights));
              assertThat(parts.stream().map(BigInteger::valueOf).reduce(BigInteger::add))
                  .contains(BigInteger.valueOf(total));
              assertWithinOneUnitOfExactShare(total, weights, parts);
              assertThat(parts).isEqualTo(largestRemainderReference(total, weights));
            });
  }

  @Test
  void leftoverGoesToLargestRemaindersWithTiesToTheEarliestIndex() {
    qt().forAll(AMOUNTS, WEIGHTS.mix(SMALL_WEIGHTS))
        .assuming((total, weights) -> hasPositiveWeight(weights))
        .checkAssert(
            (total, weights) ->
                assertThat(units(Money.of(total, CNY).allocate(weights)))
                    .isEqualTo(largestRemainderReference(total, weights)));
  }

  @Test
  void allocationIsDeterministic() {
    qt().forAll(AMOUNTS, WEIGHTS.mix(SMALL_WEIGHTS))
        .assuming(MoneyPropertiesTest::allocatable)
        .checkAssert(
            (total, weights) ->
                assertThat(Money.of(total, CNY).allocate(weights))
                    .isEqualTo(Money.of(total, CNY).allocate(List.copyOf(weights))));
  }

  @Test
  void nonZeroAmountOverZeroWeightsIsRejected() {
    qt().forAll(longs().between(1, Long.MAX_VALUE), integers().between(1, 20))
        .checkAssert(
            (total, size) ->
                assertThatThrownBy(
                        () -> Money.of(total, CNY).allocate(Collections.nCopies(size, 0L)))
                    .isExactlyInstanceOf(IllegalArgumentException.class));
  }

  @Test
  void evenPartsDifferByAtMostOneLargestFirst() {
    qt().forAll(longs().between(0, Long.MAX_VALUE), integers().between(1, 1_000))
        .checkAssert(
            (total, count) -> {
              List<Money> parts = Money.of(total, CNY).allocateEvenly(count);
              List<Long> units = units(parts);
              assertThat(units).hasSize(count).isSortedAccordingTo(Comparator.reverseOrder());
              assertThat(units.get(0) - units.get(count - 1)).isBetween(0L, 1L);
              assertThat(Money.sum(parts, CNY)).isEqualTo(Money.of(total, CNY));
            });
  }

  @Test
  void plusThenMinusRoundTrips() {
    Gen<Long> halves = longs().between(0, Long.MAX_VALUE / 2);
    qt().forAll(halves, halves)
        .checkAssert(
            (a, b) -> {
              Money x = Money.of(a, CNY);
              Money y = Money.of(b, CNY);
              assertThat(x.plus(y).minus(y)).isEqualTo(x);
              assertThat(x.plus(y).minus(x)).isEqualTo(y);
              assertThat(x.plus(y)).isEqualTo(y.plus(x));
            });
  }

  @Test
  void minusNeverYieldsNegativeMoney() {
    Gen<Long> all = longs().between(0, Long.MAX_VALUE);
    qt().forAll(all, all)
        .checkAssert(
            (a, b) -> {
              if (a >= b) {
                assertThat(Money.of(a, CNY).minus(Money.of(b, CNY)).minorUnits())
                    .isEqualTo(a - b)
                    .isNotNegative();
              } else {
                assertThatThrownBy(() -> Money.of(a, CNY).minus(Money.of(b, CNY)))
                    .isInstanceOf(NegativeMoneyException.class);
              }
            });
  }

  @Test
  void negativeAmountsNeverMakeMoney() {
    qt().forAll(longs().between(Long.MIN_VALUE, -1), CURRENCIES)
        .checkAssert(
            (units, currency) ->
                assertThatThrownBy(() -> Money.of(units, currency))
                    .isInstanceOf(NegativeMoneyException.class)
                    .hasMessageContaining(Long.toString(units))
                    .hasMessageContaining(currency.getCurrencyCode()));
  }

  @Test
  void comparisonFollowsMinorUnits() {
    Gen<Long> all = longs().between(0, Long.MAX_VALUE).mix(longs().between(0, 3));
    qt().forAll(all, all)
        .checkAssert(
            (a, b) -> {
              Money x = Money.of(a, CNY);
              Money y = Money.of(b, CNY);
              assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.compare(a, b));
              assertThat(x.isGreaterThan(y)).isEqualTo(a > b);
              assertThat(x.isLessThan(y)).isEqualTo(a < b);
              assertThat(x.min(y).minorUnits()).isEqualTo(Math.min(a, b));
              assertThat(x.max(y).minorUnits()).isEqualTo(Math.max(a, b));
            });
  }

  @Test
  void parseReadsBackToString() {
    qt().forAll(longs().between(0, Long.MAX_VALUE).mix(longs().between(0, 1_000)), CURRENCIES)
        .checkAssert(
            (units, currency) -> {
              Money money = Money.of(units, currency);
              assertThat(Money.parse(money.toString())).isEqualTo(money);
            });
  }

  private static boolean allocatable(long total, List<Long> weights) {
    return total == 0 || hasPositiveWeight(weights);
  }

  private static boolean hasPositiveWeight(List<Long> weights) {
    return weights.stream().anyMatch(weight -> weight > 0);
  }

  /**
   * The largest-remainder method written out plainly in exact arithmetic: floors, then one unit to
   * each of the parts with the largest remainders, ranked by remainder descending then index.
   */
  private static List<Long> largestRemainderReference(long total, List<Long> weights) {
    BigInteger sum =
        weights.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    BigInteger[][] quotientAndRemainder =
        weights.stream()
            .map(BigInteger::valueOf)
            .map(weight -> BigInteger.valueOf(total).multiply(weight).divideAndRemainder(sum))
            .toArray(BigInteger[][]::new);
    long floors = 0;
    for (BigInteger[] qr : quotientAndRemainder) {
      floors += qr[0].longValueExact();
    }
    long leftover = total - floors;
    List<Integer> ranked =
        IntStream.range(0, weights.size())
            .boxed()
            .sorted(
                Comparator.comparing((Integer i) -> quotientAndRemainder[i][1])
                    .reversed()
                    .thenComparing(i -> i))
            .limit(leftover)
            .toList();
    return IntStream.range(0, weights.size())
        .mapToObj(i -> quotientAndRemainder[i][0].longValueExact() + (ranked.contains(i) ? 1 : 0))
        .toList();
  }
}
