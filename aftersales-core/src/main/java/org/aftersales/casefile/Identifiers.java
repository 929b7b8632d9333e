package org.aftersales.casefile;

import java.util.Objects;

/** Shared validation for the string identifiers of the domain. */
final class Identifiers {

  /**
   * The longest identifier of most kinds. Case ids are shorter ({@link #CASE_ID_LENGTH}) because
   * deadline ids, timer ids and the sweeper's idempotency keys are built from them and must fit too.
   */
  static final int MAX_LENGTH = 128;

  /** The longest case id: a deadline id adds a version and a kind, a reminder key a prefix and an offset. */
  static final int CASE_ID_LENGTH = 64;

  /** The longest deadline id: a case id, '/', a version, '/', a deadline kind. */
  static final int DEADLINE_ID_LENGTH = 160;

  /** The longest idempotency key: room for the sweeper's "reminder:" + deadline id + "@" + offset. */
  static final int IDEMPOTENCY_KEY_LENGTH = 255;

  private Identifiers() {}

  static String check(String value, String field) {
    return check(value, field, MAX_LENGTH);
  }

  static String check(String value, String field, int maxLength) {
    Objects.requireNonNull(value, field);
    if (value.length() > maxLength || !isPrintable(value)) {
      throw new IllegalArgumentException(field + " must be 1 to " + maxLength
          + " printable characters without surrounding spaces, but was '" + value + "'");
    }
    return value;
  }

  /**
   * Whether the value is one or more printable ASCII characters (regex {@code \p{Graph}}, '!' to '~')
   * or spaces, with no space at either end. A loop, not a regex: every id of every command and event
   * passes here, and a matcher per id was a tenth of a decision's time.
   */
  static boolean isPrintable(String value) {
    int last = value.length() - 1;
    if (last < 0 || value.charAt(0) == ' ' || value.charAt(last) == ' ') {
      return false;
    }
    for (int i = 0; i <= last; i++) {
      char c = value.charAt(i);
      if (c < ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }

  static String text(String value, String field, int maxLength) {
    Objects.requireNonNull(value, field);
    if (value.isBlank() || value.length() > maxLength) {
      throw new IllegalArgumentException(
          field + " must be non-blank and at most " + maxLength + " characters, but had " + value.length());
    }
    return value;
  }
}
