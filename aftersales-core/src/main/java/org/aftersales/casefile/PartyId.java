package org.aftersales.casefile;

/**
 * Identifies a person or system account acting on a case: the buyer, a merchant's staff member, a platform agent.
 *
 * @param value 1 to 128 printable characters, no surrounding spaces
 */
public record PartyId(String value) {

  /**
   * Validates the value.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is blank, too long or not printable
   */
  public PartyId {
    Identifiers.check(value, "partyId");
  }

  /** Returns the identifier for a value; see the canonical constructor for the rules. */
  public static PartyId of(String value) {
    return new PartyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
