package org.aftersales.policy.score;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A merchant's after-sales score, 0 to 100, explained component by component. Components with
 * insufficient data are left out and the others' weights renormalised; when those left carry less than
 * the terms' {@link ScoringTerms#minWeightShare()} of the weight, there is no score.
 *
 * @param total the score, empty if the components with enough data carry too little weight
 * @param components each component's part, in the terms' order
 * @param coverage one line saying how much weight the data showed, against the share needed
 */
public record MerchantScore(Optional<Double> total, List<ComponentScore> components, String coverage) {

  /**
   * Copies the components.
   *
   * @throws NullPointerException if an argument is null
   */
  public MerchantScore {
    Objects.requireNonNull(total, "total");
    components = List.copyOf(components);
    Objects.requireNonNull(coverage, "coverage");
  }
}
