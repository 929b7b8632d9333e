package org.aftersales.store;

import java.util.Objects;
import java.util.Optional;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;

/**
 * Which of a tenant's cases to list: optionally only one state, one buyer's, or those waiting on one
 * party; one page at a time, continuing after a cursor from the previous page.
 *
 * @param tenant the tenant; queries never cross tenants
 * @param state only cases in this state
 * @param buyer only this buyer's cases
 * @param awaiting only cases waiting on this party (the merchant's to-do list)
 * @param after the previous page's {@link CasePage#nextCursor()}
 * @param limit the page size, 1 to 1000
 */
public record CaseQuery(
    TenantId tenant,
    Optional<CaseState> state,
    Optional<PartyId> buyer,
    Optional<Actor> awaiting,
    Optional<String> after,
    int limit) {

  /**
   * Validates the query.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if limit is outside 1..1000
   */
  public CaseQuery {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(awaiting, "awaiting");
    Objects.requireNonNull(after, "after");
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be 1 to 1000, but was " + limit);
    }
  }

  /** Returns the first page of all a tenant's cases. */
  public static CaseQuery all(TenantId tenant, int limit) {
    return new CaseQuery(tenant, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
  }

  /** Returns this query restricted to a state. */
  public CaseQuery inState(CaseState value) {
    return new CaseQuery(tenant, Optional.of(value), buyer, awaiting, after, limit);
  }

  /** Returns this query restricted to a buyer. */
  public CaseQuery ofBuyer(PartyId value) {
    return new CaseQuery(tenant, state, Optional.of(value), awaiting, after, limit);
  }

  /** Returns this query restricted to cases waiting on a party. */
  public CaseQuery waitingOn(Actor value) {
    return new CaseQuery(tenant, state, buyer, Optional.of(value), after, limit);
  }

  /** Returns this query continuing after a cursor from {@link CasePage#nextCursor()}. */
  public CaseQuery continuingAfter(String cursor) {
    return new CaseQuery(tenant, state, buyer, awaiting, Optional.of(cursor), limit);
  }
}
