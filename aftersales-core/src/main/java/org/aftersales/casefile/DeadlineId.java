package org.aftersales.casefile;

/**
 * Identifies one run of a deadline on a case. It is also the idempotency key of the deadline's
 * default action, which is how a default action happens once however many sweepers see it.
 *
 * @param value the case id, the case version that started the deadline and its kind, joined by '/'
 */
public record DeadlineId(String value) {

  /**
   * Validates the value.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is malformed
   */
  public DeadlineId {
    Identifiers.check(value, "deadlineId", Identifiers.DEADLINE_ID_LENGTH);
  }

  /** Returns the identifier for a value. */
  public static DeadlineId of(String value) {
    return new DeadlineId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
