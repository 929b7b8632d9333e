package org.aftersales.application;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseDecider;
import org.aftersales.casefile.CaseEvolver;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.Decision;
import org.aftersales.casefile.DecisionContext;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.Rejection;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.casefile.TenantId;
import org.aftersales.store.AfterSalesStore;
import org.aftersales.store.CaseCommit;
import org.aftersales.store.CasePage;
import org.aftersales.store.CaseQuery;
import org.aftersales.store.DuplicateIdempotencyKeyException;
import org.aftersales.store.IdempotencyRecord;
import org.aftersales.store.OrderLineInOpenCaseException;
import org.aftersales.store.StaleVersionException;

/**
 * The one entry point for commands and queries on after-sales cases.
 *
 * <p>{@link #handle} loads the case, decides the command on the tenant's policy at the injected
 * clock's now, and commits the new state, events, timers, outbox messages and idempotency record
 * together. A command whose case changed in between is decided again on the fresh case, so
 * concurrent commands lose no update. An order line is covered by at most one open case at a time: a
 * second case on it is refused ({@code ORDER_LINE_IN_OPEN_CASE}) until the first ends.
 *
 * <p>Idempotency: once a command is accepted, the same key with the same command returns an equal
 * outcome and writes nothing, and the key with a different command is refused
 * ({@code IDEMPOTENCY_KEY_REUSED}). A refused command writes nothing at all, its key included, so a
 * caller may correct the command and retry under the same key. Keys are remembered until the host
 * purges them ({@link org.aftersales.store.IdempotencyStore#purgeRecordedBefore}).
 *
 * <p>Instances are thread-safe if the store, policies and id generator are.
 */
public final class AfterSalesService {

  /** How often a command is decided again when other commands keep changing its case. */
  static final int MAX_ATTEMPTS = 64;

  /** How many cases a recount of estimated deadlines loads at a time. */
  static final int RECOUNT_PAGE_SIZE = 200;

  private final AfterSalesStore store;
  private final TenantPolicies policies;
  private final CaseIdGenerator ids;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param store where cases, events, timers, outbox and idempotency records live
   * @param policies each tenant's limits, calendar and default return address
   * @param ids the ids of new cases
   * @param clock the only source of "now"
   * @throws NullPointerException if any argument is null
   */
  public AfterSalesService(AfterSalesStore store, TenantPolicies policies, CaseIdGenerator ids, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Decides and stores a command.
   *
   * @return the accepted events and the case after them, or the rejection
   * @throws NullPointerException if envelope is null
   * @throws UnknownTenantException if the envelope's tenant has no policy
   */
  public CommandOutcome handle(CommandEnvelope envelope) {
    Objects.requireNonNull(envelope, "envelope");
    TenantPolicy policy = policies.policyOf(envelope.tenant());
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Optional<IdempotencyRecord> earlier = store.recorded(envelope.tenant(), envelope.idempotencyKey());
      if (earlier.isPresent()) {
        return replay(earlier.get(), envelope);
      }
      DecisionContext context = policy.contextAt(clock.instant());
      AfterSalesCase before = null;
      Decision decision;
      if (envelope.caseId().isEmpty()) {
        decision = CaseDecider.open(ids.next(), envelope, context);
      } else {
        Optional<AfterSalesCase> loaded = store.load(envelope.tenant(), envelope.caseId().get());
        if (loaded.isEmpty()) {
          return rejected(RejectionCode.CASE_NOT_FOUND, "tenant",
              "tenant " + envelope.tenant() + " has no case " + envelope.caseId().get());
        }
        before = loaded.get();
        decision = CaseDecider.decide(before, envelope, context);
      }
      if (decision instanceof Decision.Rejected refused) {
        // A retry may have lost the race to its own first attempt, which committed after the key
        // lookup above: the first outcome, not a refusal of the repeat, is the answer.
        return firstOutcomeOr(envelope, () -> new CommandOutcome.Rejected(refused.rejection()));
      }
      Decision.Accepted accepted = (Decision.Accepted) decision;
      AfterSalesCase after = accepted.after();
      try {
        store.commit(CaseCommit.between(before, after, accepted.events(),
            new IdempotencyRecord(envelope, after.id(), after.version())));
        return new CommandOutcome.Accepted(after, accepted.events());
      } catch (OrderLineInOpenCaseException taken) {
        // The case holding the line may be this very request's, opened by a retry that got there first.
        return firstOutcomeOr(envelope,
            () -> rejected(RejectionCode.ORDER_LINE_IN_OPEN_CASE, "lines", taken.getMessage()));
      } catch (StaleVersionException | DuplicateIdempotencyKeyException raced) {
        // Another command won the race for this case or this key: decide again on what it left,
        // after a short random pause once contention is heavy, so that racing writers spread out.
        backOff(attempt);
      }
    }
    // The last race may have been lost to this very request, sent twice: then it was accepted.
    return firstOutcomeOr(envelope, () -> rejected(RejectionCode.CONCURRENT_MODIFICATION, "concurrency",
        "case " + envelope.caseId().map(CaseId::value).orElse("(new)") + " kept changing during "
            + MAX_ATTEMPTS + " attempts; try again"));
  }

  /**
   * Returns the outcome recorded under the envelope's key if the same request, sent twice, committed
   * while this one was being decided; otherwise {@code refusal}.
   */
  private CommandOutcome firstOutcomeOr(CommandEnvelope envelope, Supplier<CommandOutcome> refusal) {
    return store.recorded(envelope.tenant(), envelope.idempotencyKey())
        .map(first -> replay(first, envelope))
        .orElseGet(refusal);
  }

  private static void backOff(int attempt) {
    if (attempt >= 4) {
      long ceilingNanos = 1_000L << Math.min(attempt - 4, 10);
      LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(ceilingNanos));
    }
  }

  private CommandOutcome replay(IdempotencyRecord earlier, CommandEnvelope envelope) {
    if (!earlier.request().equals(envelope)) {
      return rejected(RejectionCode.IDEMPOTENCY_KEY_REUSED, "idempotency",
          "idempotency key " + envelope.idempotencyKey() + " was used for a different command: " + earlier.request());
    }
    List<RecordedEvent> upToThen = store.history(envelope.tenant(), earlier.caseId()).stream()
        .filter(e -> e.version() <= earlier.version())
        .toList();
    List<RecordedEvent> events = upToThen.stream().filter(e -> e.version() == earlier.version()).toList();
    return new CommandOutcome.Accepted(CaseEvolver.replay(upToThen), events);
  }

  private static CommandOutcome rejected(RejectionCode code, String rule, String message) {
    return new CommandOutcome.Rejected(new Rejection(code, rule, message));
  }

  /**
   * Returns a tenant's case, or empty if the tenant has none with that id.
   *
   * @param tenant the tenant that must own the case
   * @param caseId the case
   * @return the case as last committed, or empty
   * @throws NullPointerException if any argument is null
   */
  public Optional<AfterSalesCase> find(TenantId tenant, CaseId caseId) {
    return store.load(tenant, caseId);
  }

  /**
   * Returns a case's timeline, oldest first, for the buyer's tracking page, with times in the tenant
   * calendar's zone; empty if the tenant has no such case.
   *
   * @param tenant the tenant that must own the case
   * @param caseId the case
   * @return one entry per event, oldest first
   * @throws NullPointerException if any argument is null
   * @throws UnknownTenantException if the tenant has no policy
   */
  public List<TimelineEntry> timeline(TenantId tenant, CaseId caseId) {
    ZoneId zone = policies.policyOf(tenant).calendar().zone();
    return store.history(tenant, caseId).stream().map(event -> TimelineEntry.of(event, zone)).toList();
  }

  /**
   * Returns one page of a tenant's cases.
   *
   * @param query the tenant, the filters, the page size and where to continue
   * @return at most {@code query.limit()} cases, oldest first, with a cursor to the next page when more
   *     may follow
   * @throws NullPointerException if query is null
   * @throws IllegalArgumentException if {@code query.after()} holds a cursor not made by {@link
   *     CasePage#cursorAfter}
   */
  public CasePage cases(CaseQuery query) {
    return store.find(query);
  }

  /**
   * Counts again every deadline of a tenant's cases whose due instant (or, for a paused clock, what
   * it has left) a fallback calendar estimated, on the tenant's calendar as the policies give it
   * now, and stores the new due instants, remainders, reminders and timers. Call it after the tenant's policy received a calendar with the
   * data that was missing, such as a newly published year of holidays.
   *
   * <p>Each case is recounted by the system command {@link CaseCommand.RecomputeDeadlines}, like
   * any other command: idempotent, retried on concurrent changes, with one
   * {@code DeadlineRecomputed} event per changed deadline. A case whose deadlines still lack data,
   * and so would not change, is left as it is.
   *
   * @param tenant the tenant whose cases to recount
   * @return the cases whose deadlines changed, in the order the store lists them; empty if none
   * @throws NullPointerException if tenant is null
   * @throws UnknownTenantException if the tenant has no policy
   * @throws java.time.DateTimeException if the tenant's calendar, without a fallback, still has no
   *     data for a date a recount needs; every other case has been recounted and stored by then, and
   *     the failures of further cases are suppressed in the one thrown
   */
  public List<CaseId> recomputeEstimatedDeadlines(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    policies.policyOf(tenant);
    List<CaseId> changed = new ArrayList<>();
    DateTimeException lacking = null;
    CaseQuery query = CaseQuery.all(tenant, RECOUNT_PAGE_SIZE);
    while (true) {
      CasePage page = store.find(query);
      for (AfterSalesCase c : page.cases()) {
        if (c.deadlines().stream().noneMatch(Deadline::isEstimated)) {
          continue;
        }
        try {
          if (recomputeEstimatedDeadlines(tenant, c.id()) instanceof CommandOutcome.Accepted) {
            changed.add(c.id());
          }
        } catch (DateTimeException e) {
          // One case counting into a year still without data must not keep the others on their estimates.
          if (lacking == null) {
            lacking = e;
          } else {
            lacking.addSuppressed(e);
          }
        }
      }
      if (page.nextCursor().isEmpty()) {
        if (lacking != null) {
          throw lacking;
        }
        return changed;
      }
      query = query.continuingAfter(page.nextCursor().get());
    }
  }

  /**
   * Counts again the estimated deadlines of one case, as {@link #recomputeEstimatedDeadlines(TenantId)} does.
   *
   * @param tenant the tenant that owns the case
   * @param caseId the case
   * @return the {@code DeadlineRecomputed} events and the case after them; or a rejection, {@code
   *     NOT_ALLOWED_IN_STATE} if no deadline changes and {@code CASE_NOT_FOUND} if there is no such case
   * @throws NullPointerException if any argument is null
   * @throws UnknownTenantException if the tenant has no policy
   */
  public CommandOutcome recomputeEstimatedDeadlines(TenantId tenant, CaseId caseId) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(caseId, "caseId");
    // The version in the key makes each recount a new request: a later recount (another year's data) is not a replay.
    long version = store.load(tenant, caseId).map(AfterSalesCase::version).orElse(0L);
    IdempotencyKey key = IdempotencyKey.of("recompute-deadlines:" + caseId.value() + "@" + version);
    return handle(CommandEnvelope.to(tenant, caseId, Actor.SYSTEM, CommandEnvelope.SYSTEM_PARTY, key,
        new CaseCommand.RecomputeDeadlines()));
  }
}
