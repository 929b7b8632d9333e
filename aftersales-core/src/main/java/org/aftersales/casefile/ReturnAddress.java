package org.aftersales.casefile;

/**
 * Where the buyer sends the goods back.
 *
 * @param recipient the person or warehouse receiving the goods
 * @param phone a contact number for the carrier
 * @param address the full postal address
 */
public record ReturnAddress(String recipient, String phone, String address) {

  /**
   * Validates the address.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if any part is blank or too long
   */
  public ReturnAddress {
    Identifiers.text(recipient, "recipient", 200);
    Identifiers.text(phone, "phone", 40);
    Identifiers.text(address, "address", 500);
  }
}
