package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.InterleavingStore;
import org.aftersales.testing.InterleavingStore.Point;
import org.junit.jupiter.api.Test;

/** A sweeper scheduled on an executor keeps sweeping whatever one sweep throws. */
class ScheduledSweepingTest {

  @Test
  void anErrorInOneSweep_doesNotEndTheSchedule() throws InterruptedException {
    Harness h = new Harness();
    InterleavingStore store = new InterleavingStore(h.store);
    AtomicInteger claims = new AtomicInteger();
    CountDownLatch threeClaims = new CountDownLatch(3);
    store.hook(point -> {
      if (point == Point.BEFORE_CLAIM) {
        threeClaims.countDown();
        if (claims.getAndIncrement() == 0) {
          throw new StackOverflowError("a host store's bug");
        }
      }
    });
    DeadlineSweeper sweeper = DeadlineSweeper.of(store, h.service, h.clock, "scheduled");
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    try {
      ScheduledFuture<?> schedule = sweeper.scheduleOn(executor, Duration.ofMillis(5));

      assertThat(threeClaims.await(30, TimeUnit.SECONDS)).as("sweeps after the failing one").isTrue();
      assertThat(schedule.isDone()).as("schedule still running").isFalse();
      schedule.cancel(false);
    } finally {
      executor.shutdownNow();
    }
  }
}
