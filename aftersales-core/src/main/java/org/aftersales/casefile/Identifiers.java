package org.aftersales.casefile;

import java.util.Objects;
import java.util.regex.Pattern;

/** Shared validation for the string identifiers of the domain. */
final class Identifiers {

  /** Printable, no whitespace at the ends, short enough for every database column we use. */
  private static final Pattern ALLOWED = Pattern.compile("[\\p{Graph}][\\p{Graph} ]{0,126}[\\p{Graph}]|[\\p{Graph}]");

  private Identifiers() {}

  static String check(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!ALLOWED.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be 1 to 128 printable characters without surrounding spaces, but was '" + value + "'");
    }
    return value;
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
