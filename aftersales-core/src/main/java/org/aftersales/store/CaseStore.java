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
   * @param tenant the tenant that must own the case
   * @param caseId the case
   * @return the case as of its last commit, or empty
   * @throws NullPointerException if any argument is null
   */
  Optional<AfterSalesCase> load(TenantId tenant, CaseId caseId);

  /**
   * Returns a tenant's case's events in order, or an empty list if the tenant has no such case.
   *
   * @param tenant the tenant that must own the case
   * @param caseId the case
   * @return every event of the case, oldest first
   * @throws NullPointerException if any argument is null
   */
  List<RecordedEvent> history(TenantId tenant, CaseId caseId);

  /**
   * Writes a commit: all of it or nothing.
   *
   * @param commit everything one accepted command changes
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
   * @param query the tenant, the filters, the page size and where to continue
   * @return at most {@code query.limit()} cases, with a cursor to the next page when more may follow
   * @throws NullPointerException if query is null
   * @throws IllegalArgumentException if {@code query.after()} holds a cursor not made by {@link
   *     CasePage#cursorAfter}
   */
  CasePage find(CaseQuery query);
}
