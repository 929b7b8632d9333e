package org.aftersales.policy.alert;

import java.util.Objects;
import org.aftersales.casefile.TenantId;

/**
 * Whether a product's return-rate alert may fire: armed until it fires, then disarmed until the
 * product's recent rate is back near its baseline (hysteresis), so one jump raises one alert.
 *
 * @param tenant the merchant
 * @param product the sku
 * @param armed whether a jump would raise an alert now
 * @param version one per write, from 1, for optimistic concurrency
 */
public record JumpState(TenantId tenant, String product, boolean armed, long version) {

  /**
   * Validates the state.
   *
   * @throws NullPointerException if tenant or product is null
   * @throws IllegalArgumentException if version is below 1
   */
  public JumpState {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(product, "product");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, but was " + version);
    }
  }

  /** Returns the state after a change to {@code nowArmed}. */
  public JumpState changedTo(boolean nowArmed) {
    return new JumpState(tenant, product, nowArmed, version + 1);
  }
}
