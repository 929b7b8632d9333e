package org.aftersales.examples.checkout;

import java.util.Objects;

/**
 * A request the service cannot read: malformed JSON, a missing or wrong-typed field, an unknown enum
 * name, a missing header. Answered with 400 and a body naming the field and what was expected.
 */
final class BadRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String expected;

  /**
   * @param field where the problem is: a JSON path such as {@code lines[0].amountPaid}, {@code body}
   *     for the document as a whole, a header name or a query parameter
   * @param expected what the service expected there, in words
   */
  BadRequestException(String field, String expected) {
    super(field + ": " + expected);
    this.field = Objects.requireNonNull(field, "field");
    this.expected = Objects.requireNonNull(expected, "expected");
  }

  String field() {
    return field;
  }

  String expected() {
    return expected;
  }
}
