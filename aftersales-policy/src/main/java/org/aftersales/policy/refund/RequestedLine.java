package org.aftersales.policy.refund;

/**
 * Units of one order line the buyer asks money back for.
 *
 * @param lineId the order line
 * @param quantity the units, at least 1 and at most those of the line not yet refunded
 */
public record RequestedLine(String lineId, int quantity) {

  /**
   * Validates the line.
   *
   * @throws InvalidRefundInputException if {@code lineId} is null or blank or {@code quantity} is below 1
   */
  public RequestedLine {
    Check.id(lineId, "lineId");
    Check.positive(quantity, "quantity");
  }

  /** Returns the line; see the constructor for the rules. */
  public static RequestedLine of(String lineId, int quantity) {
    return new RequestedLine(lineId, quantity);
  }
}
