package org.aftersales.policy.eligibility;

import java.time.Instant;
import java.util.Optional;

/** The event a window counts from. */
public enum Anchor {
  /** The order was paid. Always known. */
  PURCHASED,
  /** The carrier delivered the goods; for several parcels, the last one (EU: physical possession). */
  DELIVERED,
  /** The buyer signed for the goods (签收). */
  SIGNED,
  /** The delivery time the merchant promised: a delay claim opens when it passes. */
  PROMISED_DELIVERY;

  /**
   * Returns when the event happened, or empty if it has not (yet).
   *
   * @throws NullPointerException if goods is null
   */
  public Optional<Instant> instantOf(GoodsFacts goods) {
    return switch (this) {
      case PURCHASED -> Optional.of(goods.purchasedAt());
      case DELIVERED -> goods.deliveredAt();
      case SIGNED -> goods.signedAt();
      case PROMISED_DELIVERY -> goods.promisedDeliveryBy();
    };
  }

  /** Returns the event in words: "signing for the goods". */
  public String describe() {
    return switch (this) {
      case PURCHASED -> "purchase";
      case DELIVERED -> "delivery";
      case SIGNED -> "signing for the goods";
      case PROMISED_DELIVERY -> "the promised delivery time";
    };
  }
}
