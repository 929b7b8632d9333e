package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.store.DeadlineQueue;
import org.aftersales.store.DueTimer;
import org.aftersales.testing.Fixtures.Harness;
import org.junit.jupiter.api.Test;

/** A sweeper scheduled on an executor keeps sweeping whatever one sweep throws. */
class ScheduledSweepingTest {

  /** A queue whose first claim fails with an Error, as a host's buggy store might. */
  private static final class FailingOnceQueue implements DeadlineQueue {
    private final DeadlineQueue delegate;
    private final AtomicInteger claims = new AtomicInteger();
    private final CountDownLatch threeClaims = new CountDownLatch(3);

    FailingOnceQueue(DeadlineQueue delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<DueTimer> claimDue(Instant now, int limit, String owner, Duration lease) {
      threeClaims.countDown();
      if (claims.getAndIncrement() == 0) {
        throw new StackOverflowError("a host store's bug");
      }
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
  }

  @Test
  void anErrorInOneSweep_doesNotEndTheSchedule() throws InterruptedException {
    Harness h = new Harness();
    FailingOnceQueue queue = new FailingOnceQueue(h.store);
    DeadlineSweeper sweeper = DeadlineSweeper.of(queue, h.service, h.clock, "scheduled");
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    try {
      ScheduledFuture<?> schedule = sweeper.scheduleOn(executor, Duration.ofMillis(5));

      assertThat(queue.threeClaims.await(30, TimeUnit.SECONDS)).as("sweeps after the failing one").isTrue();
      assertThat(schedule.isDone()).as("schedule still running").isFalse();
      schedule.cancel(false);
    } finally {
      executor.shutdownNow();
    }
  }
}
