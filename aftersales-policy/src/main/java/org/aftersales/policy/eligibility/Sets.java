package org.aftersales.policy.eligibility;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/** Copies and checks the sets that rules are made of. */
final class Sets {

  private Sets() {}

  /** Copies {@code values}, refusing null and, when {@code nonEmpty}, an empty set. */
  static <T> Set<T> copy(Collection<T> values, String field, boolean nonEmpty) {
    Set<T> copy = Set.copyOf(Objects.requireNonNull(values, field));
    if (nonEmpty && copy.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    return copy;
  }
}
