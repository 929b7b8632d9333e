package org.aftersales.examples.checkout;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.TimelineEntry;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.EnumValues;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.casefile.TenantId;
import org.aftersales.store.CasePage;
import org.aftersales.store.CaseQuery;

/** The read routes: a case, its timeline, and a tenant's cases page by page. */
final class CaseReads {

  /** The page size when the request names none. */
  static final int DEFAULT_LIMIT = 50;

  private final AfterSalesService service;

  CaseReads(AfterSalesService service) {
    this.service = service;
  }

  /** {@code GET /cases/{id}}: the case, with its version as the {@code ETag}. */
  Reply get(Call call) {
    return service.find(Caller.tenant(call), caseId(call))
        .map(found -> new Reply(200, Map.of("ETag", Caller.etag(found.version())), CaseView.of(found)))
        .orElseGet(() -> notFound(call));
  }

  /** {@code GET /cases/{id}/timeline}: every event in words, oldest first. */
  Reply timeline(Call call) {
    List<TimelineEntry> entries = service.timeline(Caller.tenant(call), caseId(call));
    return entries.isEmpty() ? notFound(call) : Reply.of(200, new Timeline(caseId(call), entries));
  }

  /** {@code GET /cases?state=&waitingOn=&buyer=&limit=&after=}: one page of the tenant's cases, oldest first. */
  Reply list(Call call) {
    TenantId tenant = Caller.tenant(call);
    Map<String, String> query = call.query();
    for (String name : query.keySet()) {
      if (!List.of("state", "waitingOn", "buyer", "limit", "after").contains(name)) {
        throw new BadRequestException(name, "no such query parameter; the parameters are state, waitingOn, buyer,"
            + " limit, after");
      }
    }
    // CaseQuery checks the page size's bounds; parameter() reports its refusal as the limit's.
    CaseQuery filter = parameter(query, "limit", text -> CaseQuery.all(tenant, Integer.parseInt(text)))
        .orElseGet(() -> CaseQuery.all(tenant, DEFAULT_LIMIT));
    filter = parameter(query, "state", name -> EnumValues.parse(CaseState.class, name, "state"))
        .map(filter::inState).orElse(filter);
    filter = parameter(query, "waitingOn", name -> EnumValues.parse(Actor.class, name, "waitingOn"))
        .map(filter::waitingOn).orElse(filter);
    filter = parameter(query, "buyer", PartyId::of).map(filter::ofBuyer).orElse(filter);
    filter = parameter(query, "after", cursor -> cursor).map(filter::continuingAfter).orElse(filter);
    CasePage page;
    try {
      page = service.cases(filter);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("after", "the nextCursor of a previous page (" + e.getMessage() + ")");
    }
    return Reply.of(200, new Page(page.cases().stream().map(CaseView::of).toList(), page.nextCursor().orElse(null)));
  }

  /** The case id of the route's path. */
  static CaseId caseId(Call call) {
    try {
      return CaseId.of(call.pathParameter(0));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("id", e.getMessage());
    }
  }

  /** Answers as the core's CASE_NOT_FOUND rejection does, so reads and writes agree on a missing case. */
  private static Reply notFound(Call call) {
    return Reply.error(RejectionStatus.of(RejectionCode.CASE_NOT_FOUND), RejectionCode.CASE_NOT_FOUND.name(),
        "tenant " + Caller.tenant(call) + " has no case " + caseId(call));
  }

  private static <T> Optional<T> parameter(Map<String, String> query, String name, Function<String, T> parse) {
    String value = query.get(name);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(value));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(name, e instanceof NumberFormatException ? "a whole number from 1 to 1000" : e.getMessage());
    }
  }

  /** The body of {@code GET /cases/{id}/timeline}. */
  record Timeline(CaseId caseId, List<TimelineEntry> entries) {}

  /** The body of {@code GET /cases}: {@code nextCursor} is null on the last page. */
  record Page(List<CaseView> cases, String nextCursor) {}
}
