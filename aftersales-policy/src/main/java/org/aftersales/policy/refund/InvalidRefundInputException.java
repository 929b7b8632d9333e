package org.aftersales.policy.refund;

/**
 * Thrown when an order snapshot, a refund request or an earlier refund is malformed or contradicts
 * the order: negative or zero quantities, money in another currency, a quantity beyond what was
 * bought or already refunded, an unknown line, tender or gift, discounts larger than the goods,
 * payments that do not add up. The message starts with the field, such as {@code
 * request.lines[0].quantity}.
 */
public final class InvalidRefundInputException extends IllegalArgumentException {

  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the path of the offending field, such as {@code lines[1].unitPrice}
   * @param problem what is wrong with it
   */
  public InvalidRefundInputException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  /** Returns the path of the offending field. */
  public String field() {
    return field;
  }
}
