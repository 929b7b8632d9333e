package org.aftersales.examples.demo;

import java.util.List;
import java.util.Map;
import org.aftersales.casefile.Shipment;
import org.aftersales.money.Money;

/** The carriers parcels go by in the demo, and what one parcel costs with each. */
final class Carriers {

  private static final Map<String, Long> FEES_IN_FEN =
      Map.of("SF", 1_800L, "JD", 1_500L, "EMS", 1_600L, "YTO", 1_000L, "ZTO", 1_000L, "STO", 900L);
  private static final List<String> NAMES = List.of("SF", "JD", "EMS", "YTO", "ZTO", "STO");

  private final Dice dice;

  Carriers(Dice dice) {
    this.dice = dice;
  }

  /** Returns a parcel handed to a carrier, with a tracking number. */
  Shipment parcel() {
    String carrier = dice.oneOf(NAMES);
    return new Shipment(carrier, carrier + dice.between(10_000_000, 99_999_999));
  }

  /** Returns what a parcel with {@code shipment}'s carrier costs. */
  static Money fee(Shipment shipment) {
    Long fen = FEES_IN_FEN.get(shipment.carrier());
    if (fen == null) {
      throw new IllegalArgumentException("unknown carrier " + shipment.carrier());
    }
    return Money.of(fen, PurchaseFactory.CNY);
  }
}
