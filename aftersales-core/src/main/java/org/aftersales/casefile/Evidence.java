package org.aftersales.casefile;

import java.time.Instant;
import java.util.Objects;

/**
 * A piece of evidence as recorded on a case: the reference, who submitted it and when.
 *
 * @param ref the reference to the file kept by the host
 * @param submittedBy the actor who submitted it
 * @param submitterId the party acting
 * @param submittedAt when it was recorded
 */
public record Evidence(EvidenceRef ref, Actor submittedBy, PartyId submitterId, Instant submittedAt) {

  /**
   * Validates the evidence.
   *
   * @throws NullPointerException if any argument is null
   */
  public Evidence {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(submittedBy, "submittedBy");
    Objects.requireNonNull(submitterId, "submitterId");
    Objects.requireNonNull(submittedAt, "submittedAt");
  }
}
