package org.aftersales.store;

import java.util.List;
import java.util.Optional;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.TenantId;

/** Keeps cases, their event histories and everything a command changes, scoped by tenant. */
public interface CaseStore {

  /**
   * Returns a tenant's case, or empty if the tenant has no case with that id.
   *
   * @throws NullPointerException if any argument is null
   */
  Optional<AfterSalesCase> load(TenantId tenant, CaseId caseId);

  /**
   * Returns a tenant's case's events in order, or an empty list if the tenant has no such case.
   *
   * @throws NullPointerException if any argument is null
   */
  List<RecordedEvent> history(TenantId tenant, CaseId caseId);

  /**
   * Writes a commit: all of it or nothing.
   *
   * @throws NullPointerException if commit is null
   * @throws StaleVersionException if the stored case is not at {@code commit.expectedVersion()}
   *     (or, for a new case, already exists)
   * @throws DuplicateIdempotencyKeyException if the commit's idempotency key is already stored
   * @throws OrderLineInOpenCaseException if the commit claims an order line another open case covers
   */
  void commit(CaseCommit commit);

  /**
   * Returns one page of a tenant's cases matching the query, oldest first.
   *
   * @throws NullPointerException if query is null
   */
  CasePage find(CaseQuery query);
}
