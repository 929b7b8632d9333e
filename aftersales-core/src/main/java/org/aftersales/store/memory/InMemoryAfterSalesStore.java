package org.aftersales.store.memory;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.TenantId;
import org.aftersales.store.AfterSalesStore;
import org.aftersales.store.CaseCommit;
import org.aftersales.store.CasePage;
import org.aftersales.store.DeadlineQueue;
import org.aftersales.store.CaseQuery;
import org.aftersales.store.DueTimer;
import org.aftersales.store.DuplicateIdempotencyKeyException;
import org.aftersales.store.IdempotencyRecord;
import org.aftersales.store.OrderLineInOpenCaseException;
import org.aftersales.store.OrderLineKey;
import org.aftersales.store.Notice;
import org.aftersales.store.NoticeOutbox;
import org.aftersales.store.OutboxMessage;
import org.aftersales.store.StaleVersionException;

/**
 * Every persistence port in memory. One lock guards all maps, so a commit is atomic and every read
 * sees whole commits: simple, correct, and fast enough for one node. Nothing survives the process.
 * Its outbox takes notices besides the cases' events ({@link NoticeOutbox}).
 *
 * <p>Instances are thread-safe.
 */
public final class InMemoryAfterSalesStore implements AfterSalesStore, NoticeOutbox {

  private static final Comparator<AfterSalesCase> OPENING_ORDER =
      Comparator.comparing(AfterSalesCase::openedAt).thenComparing(c -> c.id().value());

  private final Object lock = new Object();
  private final Map<CaseId, AfterSalesCase> cases = new HashMap<>();
  private final Map<CaseId, List<RecordedEvent>> histories = new HashMap<>();
  private final Map<String, ScheduledTimer> timers = new HashMap<>();
  private final TreeSet<ScheduledTimer> timersByEligibility =
      new TreeSet<>(Comparator.comparing(ScheduledTimer::eligibleAt).thenComparing(l -> l.timer().id()));
  private final Map<String, OutboxMessage> outbox = new LinkedHashMap<>();
  private final Map<TenantKey, Recorded> idempotency = new HashMap<>();
  private final Map<OrderLineKey, CaseId> openCaseOfLine = new HashMap<>();

  /** A timer with the moment it may next be claimed and who holds its lease (null: nobody). */
  private record ScheduledTimer(DueTimer timer, Instant eligibleAt, String owner) {}

  private record TenantKey(TenantId tenant, IdempotencyKey key) {}

  private record Recorded(IdempotencyRecord record, Instant at) {}

  @Override
  public Optional<AfterSalesCase> load(TenantId tenant, CaseId caseId) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(caseId, "caseId");
    synchronized (lock) {
      return Optional.ofNullable(cases.get(caseId)).filter(c -> c.tenant().equals(tenant));
    }
  }

  @Override
  public List<RecordedEvent> history(TenantId tenant, CaseId caseId) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(caseId, "caseId");
    synchronized (lock) {
      AfterSalesCase c = cases.get(caseId);
      return c == null || !c.tenant().equals(tenant) ? List.of() : List.copyOf(histories.get(caseId));
    }
  }

  @Override
  public void commit(CaseCommit commit) {
    Objects.requireNonNull(commit, "commit");
    AfterSalesCase after = commit.after();
    synchronized (lock) {
      AfterSalesCase stored = cases.get(after.id());
      if (stored != null && !stored.tenant().equals(after.tenant())) {
        // Case ids are global; another tenant's case is neither overwritten nor described.
        throw new StaleVersionException(after.id(), commit.expectedVersion(), -1);
      }
      long storedVersion = stored == null ? 0 : stored.version();
      if (storedVersion != commit.expectedVersion()) {
        throw new StaleVersionException(after.id(), commit.expectedVersion(), storedVersion);
      }
      IdempotencyRecord record = commit.idempotency();
      TenantKey key = new TenantKey(after.tenant(), record.request().idempotencyKey());
      if (idempotency.containsKey(key)) {
        throw new DuplicateIdempotencyKeyException(key.tenant(), key.key());
      }
      for (OrderLineKey line : commit.linesToClaim()) {
        CaseId holder = openCaseOfLine.get(line);
        if (holder != null) {
          throw new OrderLineInOpenCaseException(line, holder);
        }
      }
      commit.linesToClaim().forEach(line -> openCaseOfLine.put(line, after.id()));
      commit.linesToRelease().forEach(line -> openCaseOfLine.remove(line, after.id()));
      cases.put(after.id(), after);
      histories.computeIfAbsent(after.id(), id -> new ArrayList<>()).addAll(commit.events());
      commit.timerIdsToCancel().forEach(this::removeTimer);
      for (DueTimer timer : commit.timersToSchedule()) {
        removeTimer(timer.id());
        schedule(new ScheduledTimer(timer, timer.dueAt(), null));
      }
      commit.outbox().forEach(message -> outbox.put(message.id(), message));
      idempotency.put(key, new Recorded(record, after.updatedAt()));
    }
  }

  @Override
  public CasePage find(CaseQuery query) {
    Objects.requireNonNull(query, "query");
    Optional<Cursor> after = query.after().map(Cursor::parse);
    List<AfterSalesCase> matching;
    synchronized (lock) {
      matching = cases.values().stream()
          .filter(c -> c.tenant().equals(query.tenant()))
          .filter(c -> query.state().map(s -> s == c.state()).orElse(true))
          .filter(c -> query.buyer().map(b -> b.equals(c.buyerId())).orElse(true))
          .filter(c -> query.awaiting().map(a -> c.awaiting().map(a::equals).orElse(false)).orElse(true))
          .filter(c -> after.map(cursor -> cursor.precedes(c)).orElse(true))
          .sorted(OPENING_ORDER)
          .limit(query.limit() + 1L)
          .toList();
    }
    boolean more = matching.size() > query.limit();
    List<AfterSalesCase> page = more ? matching.subList(0, query.limit()) : matching;
    return new CasePage(page, more ? Optional.of(CasePage.cursorAfter(page.get(page.size() - 1))) : Optional.empty());
  }

  /** A position in opening order, as {@link CasePage#cursorAfter} writes it. */
  private record Cursor(Instant openedAt, String caseId) {

    static Cursor parse(String text) {
      int split = text.indexOf('~');
      if (split < 1 || split == text.length() - 1) {
        throw new IllegalArgumentException("cursor '" + text + "' was not made by CasePage.cursorAfter");
      }
      try {
        return new Cursor(Instant.parse(text.substring(0, split)), text.substring(split + 1));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("cursor '" + text + "' was not made by CasePage.cursorAfter", e);
      }
    }

    boolean precedes(AfterSalesCase c) {
      int byTime = c.openedAt().compareTo(openedAt);
      return byTime > 0 || (byTime == 0 && c.id().value().compareTo(caseId) > 0);
    }
  }

  @Override
  public List<DueTimer> claimDue(Instant now, int limit, String owner, Duration lease) {
    DeadlineQueue.checkClaim(now, limit, owner, lease);
    List<DueTimer> claimed = new ArrayList<>();
    synchronized (lock) {
      while (claimed.size() < limit && !timersByEligibility.isEmpty()
          && !timersByEligibility.first().eligibleAt().isAfter(now)) {
        ScheduledTimer due = timersByEligibility.pollFirst();
        timers.remove(due.timer().id());
        schedule(new ScheduledTimer(due.timer(), now.plus(lease), owner));
        claimed.add(due.timer());
      }
    }
    return claimed;
  }

  @Override
  public void release(String timerId, String owner, Instant retryAt) {
    Objects.requireNonNull(timerId, "timerId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(retryAt, "retryAt");
    synchronized (lock) {
      ScheduledTimer held = timers.get(timerId);
      if (held != null && owner.equals(held.owner())) {
        removeTimer(timerId);
        schedule(new ScheduledTimer(held.timer(), retryAt, null));
      }
    }
  }

  @Override
  public long scheduledTimers() {
    synchronized (lock) {
      return timers.size();
    }
  }

  private void schedule(ScheduledTimer timer) {
    timers.put(timer.timer().id(), timer);
    timersByEligibility.add(timer);
  }

  private void removeTimer(String id) {
    ScheduledTimer removed = timers.remove(id);
    if (removed != null) {
      timersByEligibility.remove(removed);
    }
  }

  @Override
  public List<OutboxMessage> pending(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
    }
    synchronized (lock) {
      return outbox.values().stream().limit(limit).toList();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The notices join the outbox under the store's one lock, so a reader sees all of them or none.
   * A caller that appends from inside its own locked state change makes the two atomic as far as
   * memory goes: nothing here can fail once the arguments are checked.
   */
  @Override
  public void append(Collection<Notice> notices) {
    List<OutboxMessage> messages = notices.stream().<OutboxMessage>map(OutboxMessage::of).toList();
    synchronized (lock) {
      messages.forEach(message -> outbox.putIfAbsent(message.id(), message));
    }
  }

  @Override
  public void markDelivered(Collection<String> ids) {
    Objects.requireNonNull(ids, "ids");
    synchronized (lock) {
      ids.forEach(outbox::remove);
    }
  }

  @Override
  public Optional<IdempotencyRecord> recorded(TenantId tenant, IdempotencyKey key) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(key, "key");
    synchronized (lock) {
      return Optional.ofNullable(idempotency.get(new TenantKey(tenant, key))).map(Recorded::record);
    }
  }

  @Override
  public int purgeRecordedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    synchronized (lock) {
      int before = idempotency.size();
      idempotency.values().removeIf(recorded -> recorded.at().isBefore(cutoff));
      return before - idempotency.size();
    }
  }
}
