package org.aftersales.policy.risk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.policy.eligibility.BuyerStanding;

/**
 * What the platform knows of a buyer's after-sales record at a moment: the standing the evidence
 * rules read, the active flags that decided it, and the figures behind them.
 *
 * @param at the moment assessed
 * @param standing {@code FLAGGED} with any active flag; else {@code TRUSTED} with enough completed
 *     orders; else {@code STANDARD}
 * @param flags the active flags, in the order of the policy's rules
 * @param counts each counted measure over the window ending at {@code at}
 * @param completedOrders the buyer's completed orders, as the host reports them
 */
public record BuyerAssessment(Instant at, BuyerStanding standing, List<RiskFlag> flags, Map<RiskMeasure, Long> counts,
    long completedOrders) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if the standing contradicts the flags, or a figure is negative
   */
  public BuyerAssessment {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(standing, "standing");
    flags = List.copyOf(flags);
    counts = Map.copyOf(counts);
    if (flags.isEmpty() == (standing == BuyerStanding.FLAGGED)) {
      throw new IllegalArgumentException("standing " + standing + " contradicts " + flags.size() + " active flag(s)");
    }
    if (completedOrders < 0 || counts.values().stream().anyMatch(n -> n < 0)) {
      throw new IllegalArgumentException("figures must not be negative: " + counts + ", " + completedOrders);
    }
  }

  /** Returns whether the buyer has an active flag. */
  public boolean isFlagged() {
    return standing == BuyerStanding.FLAGGED;
  }
}
