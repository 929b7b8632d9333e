package org.aftersales.policy.score;

import java.util.Optional;

/**
 * How one component scored: its value, its 0 to 100 score, its weight and its contribution to the
 * total (weight share times score), or why it was left out.
 *
 * @param component the rule
 * @param value the metric's value, empty if nothing was measured
 * @param sample what the value rests on
 * @param score the 0 to 100 score, empty when the data is insufficient
 * @param contribution the points it adds to the total, zero when left out
 * @param explanation one line saying how the rule applied
 */
public record ComponentScore(
    ScoreComponent component, Optional<Double> value, long sample, Optional<Double> score, double contribution,
    String explanation) {

  /** Returns whether the sample was below the component's minimum: "insufficient data". */
  public boolean insufficientData() {
    return score.isEmpty();
  }
}
