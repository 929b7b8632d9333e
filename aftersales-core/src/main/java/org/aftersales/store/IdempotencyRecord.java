package org.aftersales.store;

import java.util.Objects;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CommandEnvelope;

/**
 * What an accepted command left behind under its idempotency key: the command itself, to tell a
 * retry from a reuse of the key, and the case version it made.
 *
 * @param request the command as first received
 * @param caseId the case it acted on or opened
 * @param version the case version it made
 */
public record IdempotencyRecord(CommandEnvelope request, CaseId caseId, long version) {

  /**
   * Validates the record.
   *
   * @throws NullPointerException if any argument is null
   */
  public IdempotencyRecord {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(caseId, "caseId");
  }
}
