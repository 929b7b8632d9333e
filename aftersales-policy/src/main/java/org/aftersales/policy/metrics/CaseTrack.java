package org.aftersales.policy.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.TenantId;

/**
 * What the projection remembers of one case between its events, so that each event is counted in
 * constant time without reading the case's history: the case's dimensions, how far its events have
 * been applied, and the marks later events need.
 *
 * @param caseId the case
 * @param tenant its merchant
 * @param orderId its order
 * @param type its case type
 * @param lines its order lines (sku and units)
 * @param openedAt when it was opened
 * @param openedOn the day it was opened, in the tenant calendar's zone: the day its figures belong to
 * @param lastVersion the version of the last event applied
 * @param lastIndex the index of the last event applied within its version
 * @param marks what has happened to the case so far that a later figure depends on
 * @param awaiting whom each deadline started on the case waits for, by deadline id
 */
public record CaseTrack(
    CaseId caseId,
    TenantId tenant,
    OrderId orderId,
    CaseType type,
    List<OrderLine> lines,
    Instant openedAt,
    LocalDate openedOn,
    long lastVersion,
    int lastIndex,
    Set<Mark> marks,
    Map<String, Actor> awaiting) {

  /** What happened to a case that a later figure depends on; each is set at most once. */
  public enum Mark {
    /** The merchant acted on the case for the first time. */
    RESPONDED,
    /** Someone asked the buyer for more information. */
    INFO_REQUESTED,
    /** The merchant offered part of the money instead. */
    OFFERED,
    /** The merchant rejected the request. */
    REJECTED,
    /** The merchant refused the returned parcel or failed the inspection. */
    REFUSED,
    /** A party escalated to the platform. */
    ESCALATED,
    /** The buyer complained about the handling. */
    COMPLAINED,
    /** A default action fired on a deadline the merchant was awaited on. */
    MERCHANT_SILENT,
    /** A refund was confirmed. */
    REFUNDED,
    /** The case ended. */
    ENDED
  }

  /**
   * Validates the track and copies its collections.
   *
   * @throws NullPointerException if any argument is null
   */
  public CaseTrack {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(type, "type");
    lines = List.copyOf(lines);
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(openedOn, "openedOn");
    marks = Collections.unmodifiableSet(marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks));
    awaiting = Collections.unmodifiableMap(new TreeMap<>(awaiting));
  }

  /** Returns whether the mark is set. */
  public boolean has(Mark mark) {
    return marks.contains(mark);
  }

  /** Returns the event id of the last event applied, as {@code RecordedEvent.id()} forms it. */
  public String lastEventId() {
    return caseId.value() + ":" + lastVersion + ":" + lastIndex;
  }

  /** Returns the track after one more event. */
  CaseTrack next(long version, int index, Set<Mark> newMarks, Map<String, Actor> newAwaiting) {
    return new CaseTrack(caseId, tenant, orderId, type, lines, openedAt, openedOn, version, index, newMarks, newAwaiting);
  }
}
