package org.aftersales.policy.liability;

import java.util.Objects;

/** Validation of the rule ids and sentences of a result. */
final class Text {

  private Text() {}

  static String require(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }
}
