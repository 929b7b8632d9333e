package org.aftersales.policy.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;

/**
 * {@link BuyerRiskStore} in memory, for tests and single-node hosts; nothing survives a restart, so
 * such a host rebuilds it from the case history at start. Built with the terms' {@link
 * RiskTerms#retention() retention}, it drops a buyer's incidents of a measure that lie further back
 * than that before the buyer's newest one, so that reading a buyer costs what the rules can still see
 * rather than the buyer's whole history; the incidents kept do not depend on the order they came in.
 * Thread-safe.
 */
public final class InMemoryBuyerRiskStore implements BuyerRiskStore {

  private record Key(TenantId tenant, PartyId buyer, RiskMeasure measure) {}

  private final Optional<Duration> retention;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final Map<CaseId, CaseNote> notes = new ConcurrentHashMap<>();
  private final Map<Key, Incidents> incidents = new ConcurrentHashMap<>();

  /** Creates a store that keeps every incident. */
  public InMemoryBuyerRiskStore() {
    this.retention = Optional.empty();
  }

  /**
   * Creates a store that keeps a buyer's incidents of a measure for {@code retention} before the
   * newest; pass {@link RiskTerms#retention()} so that no assessment at or after the newest incident
   * changes.
   *
   * @throws NullPointerException if retention is null
   * @throws IllegalArgumentException if retention is negative
   */
  public InMemoryBuyerRiskStore(Duration retention) {
    Objects.requireNonNull(retention, "retention");
    if (retention.isNegative()) {
      throw new IllegalArgumentException("retention must not be negative, was " + retention);
    }
    this.retention = Optional.of(retention);
  }

  @Override
  public boolean firstSight(String eventId) {
    return seen.add(Objects.requireNonNull(eventId, "eventId"));
  }

  @Override
  public Optional<CaseNote> note(CaseId caseId) {
    return Optional.ofNullable(notes.get(Objects.requireNonNull(caseId, "caseId")));
  }

  @Override
  public void putNote(CaseId caseId, CaseNote note) {
    notes.put(Objects.requireNonNull(caseId, "caseId"), Objects.requireNonNull(note, "note"));
  }

  @Override
  public void addIncident(TenantId tenant, PartyId buyer, RiskMeasure measure, Instant at) {
    Objects.requireNonNull(at, "at");
    incidents.computeIfAbsent(new Key(tenant, buyer, measure), key -> new Incidents()).add(at, retention);
  }

  @Override
  public List<Instant> incidents(TenantId tenant, PartyId buyer, RiskMeasure measure) {
    Incidents found = incidents.get(new Key(tenant, buyer, measure));
    return found == null ? List.of() : found.copy();
  }

  /** One buyer's moments of one measure, and the newest of them. */
  private static final class Incidents {
    private final List<Instant> moments = new ArrayList<>();
    private Instant newest = Instant.MIN;

    synchronized void add(Instant at, Optional<Duration> retention) {
      if (at.isAfter(newest)) {
        newest = at;
      }
      moments.add(at);
      retention.ifPresent(keep -> {
        Instant cutoff = newest.minus(keep);
        moments.removeIf(t -> t.isBefore(cutoff));
      });
    }

    synchronized List<Instant> copy() {
      return List.copyOf(moments);
    }
  }
}
