package org.aftersales.casefile;

/**
 * Identifies the shop (tenant) that owns a case; every query and command is scoped by it.
 *
 * @param value 1 to 128 printable characters, no surrounding spaces
 */
public record TenantId(String value) {

  /**
   * Validates the value.
   *
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is blank, too long or not printable
   */
  public TenantId {
    Identifiers.check(value, "tenantId");
  }

  /** Returns the identifier for a value; see the canonical constructor for the rules. */
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
