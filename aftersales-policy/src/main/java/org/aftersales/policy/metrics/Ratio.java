package org.aftersales.policy.metrics;

import java.util.Optional;

/**
 * A share: {@code hits} of {@code trials}, with its Wilson score interval for judging small samples.
 *
 * @param hits how many had the property, at most trials
 * @param trials how many there were
 */
public record Ratio(long hits, long trials) {

  /** @throws IllegalArgumentException if hits is negative or above trials */
  public Ratio {
    if (hits < 0 || hits > trials) {
      throw new IllegalArgumentException("hits must be within 0 and trials, but were " + hits + " of " + trials);
    }
  }

  /** Returns the share, within [0, 1]; empty if there were no trials. */
  public Optional<Double> value() {
    return trials == 0 ? Optional.empty() : Optional.of((double) hits / trials);
  }

  /**
   * Returns the lower bound of the Wilson score interval at {@code z} (1.96: 95% two-sided); 0 with no trials.
   *
   * @throws IllegalArgumentException if z is not positive
   */
  public double wilsonLower(double z) {
    return wilson(z, -1);
  }

  /**
   * Returns the upper bound of the Wilson score interval at {@code z}; 1 with no trials.
   *
   * @throws IllegalArgumentException if z is not positive
   */
  public double wilsonUpper(double z) {
    return wilson(z, 1);
  }

  private double wilson(double z, int sign) {
    if (!(z > 0)) {
      throw new IllegalArgumentException("z must be positive, but was " + z);
    }
    if (trials == 0) {
      return sign < 0 ? 0 : 1;
    }
    double p = (double) hits / trials;
    double z2 = z * z;
    double centre = p + z2 / (2.0 * trials);
    double spread = z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials));
    double bound = (centre + sign * spread) / (1 + z2 / trials);
    return Math.min(1, Math.max(0, bound));
  }
}
