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
  /**
   * The delivery time the merchant promised: a delay claim opens when it passes, unless the goods
   * were delivered by then, in which case there was no delay and the claim never opens.
   */
  PROMISED_DELIVERY,
  /**
   * The goods are delivered and, when the contract has the trader install them, the trader has said
   * the installation is complete (UK CRA s.22(3)): the installation notice if the goods have one,
   * else delivery.
   */
  DELIVERED_AND_INSTALLED;

  /**
   * Returns when the event happened, or empty if it has not (yet); for {@link #PROMISED_DELIVERY},
   * also empty when the goods were delivered on or before the promised time.
   *
   * @throws NullPointerException if goods is null
   */
  public Optional<Instant> instantOf(GoodsFacts goods) {
    return switch (this) {
      case PURCHASED -> Optional.of(goods.purchasedAt());
      case DELIVERED -> goods.deliveredAt();
      case SIGNED -> goods.signedAt();
      // Goods delivered in time were not delayed, so a delay window must not open for them.
      case PROMISED_DELIVERY -> goods.promisedDeliveryBy()
          .filter(promised -> goods.deliveredAt().map(delivered -> delivered.isAfter(promised)).orElse(true));
      // GoodsFacts keeps installation on or after delivery, so the notice is the later event.
      case DELIVERED_AND_INSTALLED -> goods.installedAt().or(goods::deliveredAt);
    };
  }

  /** Returns the event in words: "signing for the goods". */
  public String describe() {
    return switch (this) {
      case PURCHASED -> "purchase";
      case DELIVERED -> "delivery";
      case SIGNED -> "signing for the goods";
      case PROMISED_DELIVERY -> "the promised delivery time";
      case DELIVERED_AND_INSTALLED -> "delivery or, if the goods are installed, the installation notice";
    };
  }
}
