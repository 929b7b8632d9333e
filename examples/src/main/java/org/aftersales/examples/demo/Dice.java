package org.aftersales.examples.demo;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * The simulation's only source of chance: one seeded generator, so the same seed replays the same
 * run. Everything random in the demo draws from one instance, in a fixed order.
 */
final class Dice {

  private final Random random;

  Dice(long seed) {
    this.random = new Random(seed);
  }

  /** Returns true with the given chance, 0 to 1. */
  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** Returns a whole number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  /** Returns a duration from {@code min} to {@code max}, to the minute. */
  Duration between(Duration min, Duration max) {
    long minutes = min.toMinutes() + (long) (random.nextDouble() * (max.toMinutes() - min.toMinutes() + 1));
    return Duration.ofMinutes(minutes);
  }

  /** Returns one of {@code options}, each equally likely. */
  <T> T oneOf(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /**
   * Returns one of {@code options}, each as likely as its weight; weights are whole numbers, at least
   * one of them positive.
   */
  <T> T weighted(List<Weighted<T>> options) {
    int total = options.stream().mapToInt(Weighted::weight).sum();
    int roll = random.nextInt(total);
    for (Weighted<T> option : options) {
      roll -= option.weight();
      if (roll < 0) {
        return option.value();
      }
    }
    throw new IllegalStateException("weights add up to " + total + " but no option was drawn");
  }

  /** An option and how likely it is, relative to the others. */
  record Weighted<T>(int weight, T value) {

    Weighted {
      if (weight < 0) {
        throw new IllegalArgumentException("weight must not be negative, but was " + weight);
      }
    }

    static <T> Weighted<T> of(int weight, T value) {
      return new Weighted<>(weight, value);
    }
  }
}
