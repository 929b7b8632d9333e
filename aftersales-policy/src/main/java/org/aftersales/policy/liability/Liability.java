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
 */
public record Liability(Fault fault, List<LegLiability> legs, Optional<PriceDifference> priceDifference) {

  /**
   * Validates the result and copies the list.
   *
   * @throws NullPointerException if any field or leg is null; the message names it, such as {@code legs[1]}
   * @throws IllegalArgumentException if a leg appears twice
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
    }
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
