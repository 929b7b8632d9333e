package org.aftersales.money;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The largest-remainder method, on plain minor units. {@link Money#allocate(List)} and {@link
 * Money#allocateEvenly(int)} are its only callers and document its contract.
 */
final class Allocation {

  private Allocation() {}

  /**
   * Splits {@code total} (non-negative) in proportion to {@code weights}; see {@link
   * Money#allocate(List)} for the contract.
   */
  static long[] largestRemainder(long total, List<Long> weights) {
    long[] shares = toArray(weights);
    long weightSum = 0;
    for (long weight : shares) {
      weightSum = Math.addExact(weightSum, weight);
    }
    if (weightSum == 0) {
      if (total != 0) {
        throw new IllegalArgumentException(
            "cannot allocate " + total + " minor units over weights that sum to zero");
      }
      return shares;
    }
    long[] remainders = new long[shares.length];
    long leftover = total;
    for (int i = 0; i < shares.length; i++) {
      long weight = shares[i];
      long high = Math.multiplyHigh(total, weight);
      long low = total * weight;
      if (high == 0 && low >= 0) {
        shares[i] = low / weightSum;
        remainders[i] = low % weightSum;
      } else {
        BigInteger[] quotientAndRemainder =
            BigInteger.valueOf(total)
                .multiply(BigInteger.valueOf(weight))
                .divideAndRemainder(BigInteger.valueOf(weightSum));
        shares[i] = quotientAndRemainder[0].longValueExact();
        remainders[i] = quotientAndRemainder[1].longValueExact();
      }
      leftover -= shares[i];
    }
    // Each remainder is below weightSum and the remainders add up to leftover * weightSum, so
    // leftover < shares.length and only parts with a non-zero remainder receive a unit.
    if (leftover > 0) {
      distributeLeftover(shares, remainders, (int) leftover);
    }
    return shares;
  }

  /** Copies and validates the weights; the array is then reused for the parts. */
  private static long[] toArray(List<Long> weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("weights must not be empty");
    }
    long[] result = new long[weights.size()];
    int index = 0;
    for (Long weight : weights) {
      if (weight == null) {
        throw new IllegalArgumentException("weight at index " + index + " is null");
      }
      if (weight < 0) {
        throw new IllegalArgumentException(
            "weight at index " + index + " is negative: " + weight);
      }
      result[index++] = weight;
    }
    return result;
  }

  /**
   * Adds one unit to each of the {@code leftover} parts with the largest remainders, ties to the
   * earliest index: every part above the threshold remainder gets one, then the earliest parts
   * exactly at the threshold take what is left.
   */
  private static void distributeLeftover(long[] parts, long[] remainders, int leftover) {
    long[] sorted = remainders.clone();
    Arrays.sort(sorted);
    long threshold = sorted[sorted.length - leftover];
    int atThreshold = leftover;
    for (long remainder : remainders) {
      if (remainder > threshold) {
        atThreshold--;
      }
    }
    for (int i = 0; i < parts.length; i++) {
      if (remainders[i] > threshold) {
        parts[i]++;
      } else if (remainders[i] == threshold && atThreshold > 0) {
        parts[i]++;
        atThreshold--;
      }
    }
  }
}
