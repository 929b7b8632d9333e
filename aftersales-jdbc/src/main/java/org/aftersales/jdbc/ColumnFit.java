package org.aftersales.jdbc;

import java.util.regex.Pattern;

/**
 * Checks that a value fits its column before anything is written, so that a value too long or with
 * characters an identifier column (ASCII, compared byte-wise) cannot hold is refused with a message,
 * not by the database halfway through a transaction.
 */
final class ColumnFit {

  private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");

  private ColumnFit() {}

  /**
   * Returns the value if it has at most maxLength ASCII characters.
   *
   * @throws IllegalArgumentException naming the field, otherwise
   */
  static String ascii(String value, int maxLength, String field) {
    if (value.length() > maxLength || !ASCII.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must be at most " + maxLength
          + " ASCII characters to fit its column, but was '" + value + "'");
    }
    return value;
  }
}
