package org.aftersales.policy.liability;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who pays each shipping leg of a case, and the price difference of an exchange.
 *
 * @param fault whose side caused the case
 * @param legs one entry per leg the case type puts at stake, each leg at most once
 * @param priceDifference the price difference of an exchange to another item, if any
 * @param dispatched whether the goods had been dispatched ({@link LiabilityQuestion#dispatched()});
 *     when not, no delivery took place and a refund gives back the whole delivery fee
 */
public record Liability(Fault fault, List<LegLiability> legs, Optional<PriceDifference> priceDifference,
    boolean dispatched) {

  /**
   * Validates the result and copies the list.
   *
   * @throws NullPointerException if any field or leg is null; the message names it, such as {@code legs[1]}
   * @throws IllegalArgumentException if a leg appears twice; or if {@code dispatched} is false and a
   *     leg other than the original delivery is at stake, or a price difference is present (goods
   *     never sent cannot come back or be exchanged)
   */
  public Liability {
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(priceDifference, "priceDifference");
    Objects.requireNonNull(legs, "legs");
    for (int i = 0; i < legs.size(); i++) {
      Objects.requireNonNull(legs.get(i), "legs[" + i + "]");
    }
    legs = List.copyOf(legs);
    Set<ShippingLeg> seen = EnumSet.noneOf(ShippingLeg.class);
    for (LegLiability leg : legs) {
      if (!seen.add(leg.leg())) {
        throw new IllegalArgumentException("legs names " + leg.leg() + " twice");
      }
      if (!dispatched && leg.leg() != ShippingLeg.ORIGINAL_DELIVERY) {
        throw new IllegalArgumentException("dispatched: false, but legs names " + leg.leg()
            + ": goods never sent have only the original delivery at stake");
      }
    }
    if (!dispatched && priceDifference.isPresent()) {
      throw new IllegalArgumentException("dispatched: false, but a priceDifference is present: goods never sent are not exchanged");
    }
  }

  /** Creates the liability of a case whose goods were dispatched; see the canonical constructor. */
  public Liability(Fault fault, List<LegLiability> legs, Optional<PriceDifference> priceDifference) {
    this(fault, legs, priceDifference, true);
  }

  /** Returns who pays {@code leg}, or empty when the case does not put that leg at stake. */
  public Optional<Payer> payerOf(ShippingLeg leg) {
    return legs.stream().filter(l -> l.leg() == leg).map(LegLiability::payer).findFirst();
  }

  /** Returns one line per leg, then the price difference, each with its rule id in brackets. */
  public String explanation() {
    String text = legs.stream()
        .map(l -> l.leg() + ": " + l.payer() + " pays; " + l.explanation() + " [" + l.ruleId() + "]")
        .collect(Collectors.joining("\n"));
    return priceDifference
        .map(d -> text + "\nPRICE_DIFFERENCE: " + d.payer() + " pays " + d.amount() + "; "
            + d.explanation() + " [" + d.ruleId() + "]")
        .orElse(text);
  }
}
