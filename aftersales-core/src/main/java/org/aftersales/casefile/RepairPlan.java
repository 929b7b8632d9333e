package org.aftersales.casefile;

import java.util.Objects;
import org.aftersales.money.Money;

/**
 * What the merchant proposes to repair and what the buyer pays for it (zero inside warranty).
 *
 * @param description the work and parts, readable by the buyer
 * @param fee what the buyer pays
 */
public record RepairPlan(String description, Money fee) {

  /**
   * Validates the plan.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the description is blank or too long
   */
  public RepairPlan {
    Identifiers.text(description, "description", 2000);
    Objects.requireNonNull(fee, "fee");
  }
}
