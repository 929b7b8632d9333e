package org.aftersales.casefile;

/**
 * Identifies the key a caller sends with a command so that a retry returns the first outcome instead of acting twice.
 *
 * @param value 1 to 255 printable characters, no surrounding spaces
 */
public record IdempotencyKey(String value) {

  /**
   * Validates the value.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is blank, too long or not printable
   */
  public IdempotencyKey {
    Identifiers.check(value, "idempotencyKey", Identifiers.IDEMPOTENCY_KEY_LENGTH);
  }

  /** Returns the identifier for a value; see the canonical constructor for the rules. */
  public static IdempotencyKey of(String value) {
    return new IdempotencyKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
