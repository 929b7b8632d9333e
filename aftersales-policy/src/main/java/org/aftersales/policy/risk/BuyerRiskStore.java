package org.aftersales.policy.risk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;

/**
 * The port the buyer-risk projection keeps its state in: the events it has seen, a note per case,
 * and the moments of each buyer's counted events per measure. Every method is constant time in an
 * adapter worth the name. Implementations must be thread-safe; the projection calls them one event
 * at a time.
 */
public interface BuyerRiskStore {

  /**
   * Records an event id as seen.
   *
   * @return true the first time the id is seen, false for a repeated delivery
   * @throws NullPointerException if eventId is null
   */
  boolean firstSight(String eventId);

  /** Returns the note of a case, or empty if its opening was never seen. */
  Optional<CaseNote> note(CaseId caseId);

  /** Stores the note of a case, replacing any earlier one. */
  void putNote(CaseId caseId, CaseNote note);

  /** Adds the moment of a counted event of a buyer. */
  void addIncident(TenantId tenant, PartyId buyer, RiskMeasure measure, Instant at);

  /** Returns the moments of a buyer's counted events of a measure, in any order; empty if none. */
  List<Instant> incidents(TenantId tenant, PartyId buyer, RiskMeasure measure);
}
