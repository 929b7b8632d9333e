package org.aftersales.jdbc.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.locks.LockSupport;
import org.aftersales.application.DeadlineSweeper;
import org.aftersales.jdbc.ConnectionProvider;
import org.aftersales.jdbc.JdbcAfterSalesStore;
import org.aftersales.jdbc.Tables;
import org.aftersales.testing.InterleavingStore;

/**
 * A sweeper node in a JVM of its own, for the crash test: claims one batch of every due timer, then
 * applies them slowly, printing "commit" before each commit, until the test kills it.
 *
 * <p>Arguments: JDBC URL, table prefix, the clock's instant, the lease in seconds.
 */
public final class SweeperProcess {

  private SweeperProcess() {}

  public static void main(String[] args) throws Exception {
    Clock clock = Clock.fixed(Instant.parse(args[2]), ZoneOffset.UTC);
    JdbcAfterSalesStore jdbc = JdbcAfterSalesStore.open(
        ConnectionProvider.of(TestDatabase.forUrl(args[0])), new Tables(args[1]), clock);
    InterleavingStore store = new InterleavingStore(jdbc);
    store.hook(point -> {
      if (point == InterleavingStore.Point.BEFORE_COMMIT) {
        System.out.println("commit");
        System.out.flush();
        LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
      }
    });
    DeadlineSweeper sweeper = new DeadlineSweeper(store, Nodes.service(store, Nodes.oneTimerPerCase(), clock), clock,
        "doomed-node", 10_000, Duration.ofSeconds(Long.parseLong(args[3])), Duration.ofMinutes(1));
    System.out.println("swept " + sweeper.sweepOnce());
  }
}
