package org.aftersales.policy.liability;

import java.util.List;
import java.util.Objects;
import org.aftersales.casefile.CaseType;

/** One trip of the goods that somebody pays a carrier for. */
public enum ShippingLeg {
  /** The merchant's first delivery of the order to the buyer. */
  ORIGINAL_DELIVERY,
  /** The buyer sends the goods back (return and refund, exchange). */
  RETURN,
  /** The merchant sends the replacement of an exchange. */
  REPLACEMENT_OUT,
  /** The buyer sends the goods in for repair. */
  REPAIR_IN,
  /** The merchant sends the repaired goods back to the buyer. */
  REPAIR_OUT;

  /**
   * Returns the legs a case of {@code type} puts at stake, in the order they happen: a refund only
   * case only the original delivery, a return also the return, an exchange also the replacement,
   * a repair both repair legs (the original delivery is not at stake because the buyer keeps the
   * goods).
   *
   * @throws NullPointerException if {@code type} is null
   */
  public static List<ShippingLeg> of(CaseType type) {
    switch (Objects.requireNonNull(type, "type")) {
      case REFUND_ONLY:
        return List.of(ORIGINAL_DELIVERY);
      case RETURN_AND_REFUND:
        return List.of(ORIGINAL_DELIVERY, RETURN);
      case EXCHANGE:
        return List.of(ORIGINAL_DELIVERY, RETURN, REPLACEMENT_OUT);
      case REPAIR:
        return List.of(REPAIR_IN, REPAIR_OUT);
      default:
        throw new IllegalArgumentException("unknown case type " + type);
    }
  }
}
