package org.aftersales.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.TenantId;
import org.aftersales.store.AfterSalesStore;
import org.aftersales.store.CaseCommit;
import org.aftersales.store.CasePage;
import org.aftersales.store.CaseQuery;
import org.aftersales.store.DueTimer;
import org.aftersales.store.IdempotencyRecord;
import org.aftersales.store.OutboxMessage;

/**
 * A store that delegates everything and calls a hook at chosen points of the service's work, on the
 * calling thread, so a test can hold one caller at a precise point (with latches, never sleeps)
 * while another caller runs: a deterministic interleaving instead of a lucky one.
 */
public final class InterleavingStore implements AfterSalesStore {

  /** Where the hook is called. */
  public enum Point {
    /** An idempotency lookup found nothing; called after the lookup, before returning. */
    IDEMPOTENCY_MISS,
    /** A case was loaded; called after the load, before returning. */
    LOADED,
    /** A commit is about to be written. */
    BEFORE_COMMIT,
    /** A sweeper is about to claim due timers. */
    BEFORE_CLAIM
  }

  /** What runs at a point. */
  @FunctionalInterface
  public interface Hook {
    void at(Point point);
  }

  private final AfterSalesStore delegate;
  private volatile Hook hook = point -> {};

  public InterleavingStore(AfterSalesStore delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  public void hook(Hook value) {
    this.hook = Objects.requireNonNull(value, "hook");
  }

  /**
   * Returns a hook that, the first time a thread named {@code threadName} reaches {@code point},
   * counts down {@code reached} and waits (at most 5 s) for {@code resume}.
   */
  public static Hook holdOnce(String threadName, Point point, CountDownLatch reached, CountDownLatch resume) {
    CountDownLatch once = new CountDownLatch(1);
    return at -> {
      if (at == point && Thread.currentThread().getName().equals(threadName) && once.getCount() > 0) {
        once.countDown();
        reached.countDown();
        try {
          if (!resume.await(5, TimeUnit.SECONDS)) {
            throw new AssertionError(threadName + " was held at " + point + " for more than 5 s");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
    };
  }

  @Override
  public Optional<AfterSalesCase> load(TenantId tenant, CaseId caseId) {
    Optional<AfterSalesCase> loaded = delegate.load(tenant, caseId);
    hook.at(Point.LOADED);
    return loaded;
  }

  @Override
  public List<RecordedEvent> history(TenantId tenant, CaseId caseId) {
    return delegate.history(tenant, caseId);
  }

  @Override
  public void commit(CaseCommit commit) {
    hook.at(Point.BEFORE_COMMIT);
    delegate.commit(commit);
  }

  @Override
  public CasePage find(CaseQuery query) {
    return delegate.find(query);
  }

  @Override
  public List<DueTimer> claimDue(Instant now, int limit, String owner, Duration lease) {
    hook.at(Point.BEFORE_CLAIM);
    return delegate.claimDue(now, limit, owner, lease);
  }

  @Override
  public void release(String timerId, String owner, Instant retryAt) {
    delegate.release(timerId, owner, retryAt);
  }

  @Override
  public long scheduledTimers() {
    return delegate.scheduledTimers();
  }

  @Override
  public List<OutboxMessage> pending(int limit) {
    return delegate.pending(limit);
  }

  @Override
  public void markDelivered(Collection<String> ids) {
    delegate.markDelivered(ids);
  }

  @Override
  public Optional<IdempotencyRecord> recorded(TenantId tenant, IdempotencyKey key) {
    Optional<IdempotencyRecord> found = delegate.recorded(tenant, key);
    if (found.isEmpty()) {
      hook.at(Point.IDEMPOTENCY_MISS);
    }
    return found;
  }

  @Override
  public int purgeRecordedBefore(Instant cutoff) {
    return delegate.purgeRecordedBefore(cutoff);
  }
}
