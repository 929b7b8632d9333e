package org.aftersales.policy.score;

import java.util.List;
import java.util.Optional;

/**
 * A merchant's after-sales score, 0 to 100, explained component by component. Components with
 * insufficient data are left out and the others' weights renormalised; with none left there is no score.
 *
 * @param total the score, empty if no component had enough data
 * @param components each component's part, in the terms' order
 */
public record MerchantScore(Optional<Double> total, List<ComponentScore> components) {

  /** Copies the components. */
  public MerchantScore {
    components = List.copyOf(components);
  }
}
