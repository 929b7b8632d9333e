package org.aftersales.policy.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Named counts, such as {@code cases.opened} or {@code handling.wall.h17}, of one key or summed over
 * a range of keys. A name absent counts zero. Counts only grow: the projection never subtracts.
 *
 * @param values the counts by name, none negative
 */
public record Counters(SortedMap<String, Long> values) {

  /** An empty set of counts. */
  public static final Counters NONE = new Counters(new TreeMap<>());

  /**
   * Validates and copies the counts.
   *
   * @throws NullPointerException if values is null
   * @throws IllegalArgumentException if a count is negative
   */
  public Counters {
    values.forEach((name, value) -> {
      if (value < 0) {
        throw new IllegalArgumentException("count " + name + " must not be negative, but was " + value);
      }
    });
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }

  /** Returns the count of a name, zero if absent. */
  public long get(String name) {
    Objects.requireNonNull(name, "name");
    return values.getOrDefault(name, 0L);
  }

  /** Returns these counts plus others, name by name. */
  public Counters plus(Map<String, Long> more) {
    TreeMap<String, Long> sum = new TreeMap<>(values);
    more.forEach((name, value) -> sum.merge(name, value, Math::addExact));
    return new Counters(sum);
  }
}
