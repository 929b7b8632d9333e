package org.aftersales.casefile;

/**
 * Identifies the host's paid order that a case is opened on.
 *
 * @param value 1 to 128 printable characters, no surrounding spaces
 */
public record OrderId(String value) {

  /**
   * Validates the value.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is blank, too long or not printable
   */
  public OrderId {
    Identifiers.check(value, "orderId");
  }

  /** Returns the identifier for a value; see the canonical constructor for the rules. */
  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
