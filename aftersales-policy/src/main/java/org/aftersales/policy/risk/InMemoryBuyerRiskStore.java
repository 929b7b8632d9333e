package org.aftersales.policy.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
 * such a host rebuilds it from the case history at start. Thread-safe.
 */
public final class InMemoryBuyerRiskStore implements BuyerRiskStore {

  private record Key(TenantId tenant, PartyId buyer, RiskMeasure measure) {}

  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final Map<CaseId, CaseNote> notes = new ConcurrentHashMap<>();
  private final Map<Key, List<Instant>> incidents = new ConcurrentHashMap<>();

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
    incidents.computeIfAbsent(new Key(tenant, buyer, measure), key -> Collections.synchronizedList(new ArrayList<>()))
        .add(at);
  }

  @Override
  public List<Instant> incidents(TenantId tenant, PartyId buyer, RiskMeasure measure) {
    List<Instant> found = incidents.get(new Key(tenant, buyer, measure));
    if (found == null) {
      return List.of();
    }
    synchronized (found) {
      return List.copyOf(found);
    }
  }
}
