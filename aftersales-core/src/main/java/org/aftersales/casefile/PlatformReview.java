package org.aftersales.casefile;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the platform's review of the latest escalation stands: when the dispute came to it, whether it
 * classified the dispute as complex, and whether it gave its first judgment. A new escalation starts
 * a new review.
 *
 * @param escalatedAt when the dispute was escalated; the complex first-judgment limit counts from here
 * @param complex whether the platform classified the dispute as complex
 * @param firstJudgmentGiven whether the platform gave its first judgment
 */
public record PlatformReview(Instant escalatedAt, boolean complex, boolean firstJudgmentGiven) {

  /**
   * Validates the review.
   *
   * @throws NullPointerException if escalatedAt is null
   */
  public PlatformReview {
    Objects.requireNonNull(escalatedAt, "escalatedAt");
  }

  /** Returns a review of a dispute escalated at {@code at}: simple, not yet judged. */
  static PlatformReview startedAt(Instant at) {
    return new PlatformReview(at, false, false);
  }

  PlatformReview classifiedComplex() {
    return new PlatformReview(escalatedAt, true, firstJudgmentGiven);
  }

  PlatformReview judged() {
    return new PlatformReview(escalatedAt, complex, true);
  }
}
