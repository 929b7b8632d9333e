package org.aftersales.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void exactSharesNeedNoRounding() {
    assertThat(split(1000, 3, 3, 4)).containsExactly(300L, 300L, 400L);
  }

  @Test
  void leftoverGoesToLargestRemainders() {
    // 10 * [1, 2, 4] / 7 = [1.43, 2.86, 5.71]: floors [1, 2, 5], two units left over.
    assertThat(split(10, 1, 2, 4)).containsExactly(1L, 3L, 6L);
    // 100 * [1, 2] / 3 = [33.33, 66.67]
    assertThat(split(100, 1, 2)).containsExactly(33L, 67L);
  }

  @Test
  void equalRemaindersFavourTheEarliestIndex() {
    // 5 * [3, 7] / 10 = [1.5, 3.5]
    assertThat(split(5, 3, 7)).containsExactly(2L, 3L);
    assertThat(split(100, 1, 1, 1)).containsExactly(34L, 33L, 33L);
    assertThat(split(2, 1, 1, 1)).containsExactly(1L, 1L, 0L);
  }

  @Test
  void weightsNeedNotBeNormalized() {
    assertThat(Money.of(101, CNY).allocate(List.of(50L, 50L)))
        .isEqualTo(Money.of(101, CNY).allocate(List.of(1L, 1L)));
  }

  @Test
  void partsKeepTheCurrency() {
    assertThat(Money.of(7, JPY).allocate(List.of(1L, 1L)))
        .containsExactly(Money.of(4, JPY), Money.of(3, JPY));
  }

  @Test
  void zeroWeightGetsNothing() {
    assertThat(split(100, 0, 1, 0)).containsExactly(0L, 100L, 0L);
    assertThat(split(1, 0, 1, 1)).containsExactly(0L, 1L, 0L);
  }

  @Test
  void singleWeightGetsEverything() {
    assertThat(units(Money.of(Long.MAX_VALUE, CNY).allocate(List.of(Long.MAX_VALUE))))
        .containsExactly(Long.MAX_VALUE);
  }

  @Test
  void zeroAmountSplitsIntoZeros() {
    assertThat(split(0, 1, 2)).containsExactly(0L, 0L);
  }

  @Test
  void zeroAmountOverZeroWeightsSplitsIntoZeros() {
    assertThat(split(0, 0, 0)).containsExactly(0L, 0L);
  }

  @Test
  void nonZeroAmountOverZeroWeightsIsRejected() {
    assertThatThrownBy(() -> Money.of(1, CNY).allocate(List.of(0L, 0L)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zero");
  }

  @Test
  void emptyWeightsAreRejected() {
    assertThatThrownBy(() -> Money.of(1, CNY).allocate(List.of()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void nullWeightsAreRejected() {
    assertThatThrownBy(() -> Money.of(1, CNY).allocate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("weights");
  }

  @Test
  void nullWeightIsRejectedNamingItsIndex() {
    assertThatThrownBy(() -> Money.of(1, CNY).allocate(Arrays.asList(1L, null)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 1");
  }

  @Test
  void negativeWeightIsRejectedNamingItsIndex() {
    assertThatThrownBy(() -> Money.of(1, CNY).allocate(new LinkedList<>(List.of(1L, 2L, -3L))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 2")
        .hasMessageContaining("-3");
  }

  @Test
  void weightSumOverflowThrows() {
    assertThatThrownBy(() -> Money.of(1, CNY).allocate(List.of(Long.MAX_VALUE, 1L)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void hugeAmountsAndWeightsDoNotOverflow() {
    long half = Long.MAX_VALUE / 2;
    List<Long> weights = List.of(half - 2, 1L, 1L);

    List<Money> parts = Money.of(half, CNY).allocate(weights);

    assertThat(Money.sum(parts, CNY)).isEqualTo(Money.of(half, CNY));
    // half * (half - 2) / half = half - 2 exactly; the two remaining units go one each.
    assertThat(units(parts)).containsExactly(half - 2L, 1L, 1L);
  }

  @Test
  void maximumAmountSplitsExactly() {
    List<Long> weights = List.of(Long.MAX_VALUE / 3, Long.MAX_VALUE / 3, Long.MAX_VALUE / 3 + 1);

    List<Money> parts = Money.of(Long.MAX_VALUE, CNY).allocate(weights);

    assertThat(Money.sum(parts, CNY)).isEqualTo(Money.of(Long.MAX_VALUE, CNY));
    assertWithinOneUnitOfExactShare(Long.MAX_VALUE, weights, units(parts));
  }

  @Test
  void productsJustBeyondLongRangeSplitExactly() {
    // Long.MAX_VALUE * 2 is below 2^64 but above Long.MAX_VALUE.
    assertThat(units(Money.of(Long.MAX_VALUE, CNY).allocate(List.of(2L, 1L))))
        .containsExactly(6_148_914_691_236_517_205L, 3_074_457_345_618_258_602L);
  }

  @Test
  void resultIsUnmodifiable() {
    List<Money> parts = Money.of(10, CNY).allocate(List.of(1L, 1L));

    assertThatThrownBy(() -> parts.set(0, Money.zero(CNY)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void allocateEvenlyGivesTheExtraUnitsToTheFirstParts() {
    assertThat(units(Money.of(100, CNY).allocateEvenly(3))).containsExactly(34L, 33L, 33L);
    assertThat(units(Money.of(5, JPY).allocateEvenly(2))).containsExactly(3L, 2L);
    assertThat(units(Money.of(2, CNY).allocateEvenly(4))).containsExactly(1L, 1L, 0L, 0L);
    assertThat(units(Money.of(7, CNY).allocateEvenly(1))).containsExactly(7L);
    assertThat(units(Money.zero(CNY).allocateEvenly(2))).containsExactly(0L, 0L);
  }

  @Test
  void allocateEvenlyMatchesAllocateWithEqualWeights() {
    Money amount = Money.of(1_000_003, CNY);

    assertThat(amount.allocateEvenly(7)).isEqualTo(amount.allocate(Collections.nCopies(7, 5L)));
  }

  @Test
  void allocateEvenlyHandlesManyParts() {
    List<Money> parts = Money.of(Long.MAX_VALUE, CNY).allocateEvenly(100_000);

    assertThat(parts).hasSize(100_000);
    assertThat(Money.sum(parts, CNY)).isEqualTo(Money.of(Long.MAX_VALUE, CNY));
  }

  @Test
  void allocateEvenlyRejectsFewerThanOnePart() {
    assertThatThrownBy(() -> Money.of(1, CNY).allocateEvenly(0))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> Money.of(1, CNY).allocateEvenly(-1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  private static List<Long> split(long total, long... weights) {
    return units(Money.of(total, CNY).allocate(LongStream.of(weights).boxed().toList()));
  }

  static List<Long> units(List<Money> parts) {
    return parts.stream().map(Money::minorUnits).toList();
  }

  /** Asserts {@code |part * sum - total * weight| < sum} for every part, in exact arithmetic. */
  static void assertWithinOneUnitOfExactShare(long total, List<Long> weights, List<Long> parts) {
    BigInteger sum =
        weights.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    for (int i = 0; i < parts.size(); i++) {
      BigInteger scaledPart = BigInteger.valueOf(parts.get(i)).multiply(sum);
      BigInteger scaledShare =
          BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights.get(i)));
      assertThat(scaledPart.subtract(scaledShare).abs()).as("part %d", i).isLessThan(sum);
    }
  }
}
