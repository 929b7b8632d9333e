package org.aftersales.casefile;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as it is stored and published: which case, which version of it, its place among the
 * events of that version, when, and who caused it.
 *
 * @param caseId the case
 * @param tenant the case's tenant
 * @param version the case version the event belongs to; one accepted command makes one version
 * @param index the event's place within its version, from 0
 * @param occurredAt when the command was decided
 * @param actor who sent the command
 * @param actorId the party acting
 * @param event the fact
 */
public record RecordedEvent(
    CaseId caseId,
    TenantId tenant,
    long version,
    int index,
    Instant occurredAt,
    Actor actor,
    PartyId actorId,
    CaseEvent event) {

  /**
   * Validates the record.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if version is below 1 or index below 0
   */
  public RecordedEvent {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(event, "event");
    if (version < 1 || index < 0) {
      throw new IllegalArgumentException("version must be at least 1 and index at least 0, but were " + version + ", " + index);
    }
  }

  /** Returns an id unique across all events: case id, version and index. */
  public String id() {
    return caseId.value() + ":" + version + ":" + index;
  }
}
