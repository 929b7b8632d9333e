package org.aftersales.casefile;

/**
 * A parcel handed to a carrier.
 *
 * @param carrier the carrier's name or code, such as {@code SF}
 * @param trackingNumber the carrier's tracking number
 */
public record Shipment(String carrier, String trackingNumber) {

  /**
   * Validates the shipment.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if either part is malformed
   */
  public Shipment {
    Identifiers.check(carrier, "carrier");
    Identifiers.check(trackingNumber, "trackingNumber");
  }
}
