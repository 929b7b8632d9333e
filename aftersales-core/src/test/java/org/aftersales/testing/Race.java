package org.aftersales.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on a fixed pool of threads that all start at once: every task waits on one latch until
 * all tasks have reached it, then they run together. Results come back in the order of the tasks; a
 * task's exception fails the race, and so does a race that takes longer than its timeout (no task
 * result is ever waited for without a timeout).
 *
 * <p>Reuse one instance for many rounds; close it at the end of the test.
 */
public final class Race implements AutoCloseable {

  private final ExecutorService pool;
  private final int threads;
  private final Duration timeout;

  /** A pool of {@code threads} daemon threads; each {@link #run} must finish within {@code timeout}. */
  public Race(int threads, Duration timeout) {
    this.threads = threads;
    this.timeout = timeout;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "race-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.pool = Executors.newFixedThreadPool(threads, factory);
  }

  /** Runs {@code threads} tasks made by {@code task} (given 0..threads-1) together; returns their results. */
  public <T> List<T> run(IndexedTask<T> task) {
    List<Callable<T>> tasks = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int index = i;
      tasks.add(() -> task.call(index));
    }
    return run(tasks);
  }

  /** Runs the tasks (at most as many as there are threads) together; returns their results in order. */
  public <T> List<T> run(List<? extends Callable<T>> tasks) {
    if (tasks.size() > threads) {
      throw new IllegalArgumentException(tasks.size() + " tasks need as many threads, but the race has " + threads);
    }
    CountDownLatch ready = new CountDownLatch(tasks.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(pool.submit(() -> {
        ready.countDown();
        if (!go.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new TimeoutException("the race never started");
        }
        return task.call();
      }));
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      if (!ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("not all " + tasks.size() + " racers reached the start within " + timeout);
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        long left = Math.max(0, deadline - System.nanoTime());
        results.add(future.get(left, TimeUnit.NANOSECONDS));
      }
      return results;
    } catch (TimeoutException e) {
      futures.forEach(f -> f.cancel(true));
      throw new AssertionError("race did not finish within " + timeout, e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      throw new AssertionError("a racer failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the race", e);
    }
  }

  /** Runs tasks once on a fresh race of exactly as many threads. */
  public static <T> List<T> once(Duration timeout, List<? extends Callable<T>> tasks) {
    try (Race race = new Race(tasks.size(), timeout)) {
      return race.run(tasks);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    try {
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
        throw new AssertionError("race threads did not stop within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A task that knows its index among the racers. */
  @FunctionalInterface
  public interface IndexedTask<T> {
    T call(int index) throws Exception;
  }
}
