package org.aftersales.casefile;

/**
 * Identifies one after-sales case, unique across tenants.
 *
 * @param value 1 to 64 printable characters, no surrounding spaces
 */
public record CaseId(String value) {

  /**
   * Validates the value.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is blank, too long or not printable
   */
  public CaseId {
    Identifiers.check(value, "caseId", Identifiers.CASE_ID_LENGTH);
  }

  /** Returns the identifier for a value; see the canonical constructor for the rules. */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
