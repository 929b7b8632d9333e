package org.aftersales.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.application.DeadlineSweeper;
import org.aftersales.application.SweepResult;
import org.aftersales.application.TenantPolicy;
import org.aftersales.casefile.CaseId;
import org.aftersales.jdbc.testing.Nodes;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.jdbc.testing.TinyPool;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.InterleavingStore;
import org.aftersales.testing.MutableClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A sweeper whose lease ran out while it was about to commit: another node has claimed the same timers
 * and applied them meanwhile. The late commit was decided on the old version, so the version guard
 * refuses it, the service decides again and finds the action done under the deadline's key: each
 * default action is in the history and the outbox once, and no timer is left behind.
 */
class LateSweeperOnDatabasesTest {

  private static final Tables TABLES = TestDatabase.tables("late");
  private static final int CASES = 3;
  private static final Duration LEASE = Duration.ofMinutes(1);

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aSweeperWhoseLeaseEndedMidCommitAppliesNothingTwice(TestDatabase database) throws Exception {
    TenantPolicy policy = Nodes.oneTimerPerCase();
    MutableClock clock = new MutableClock(Fixtures.WED_2025_03_05_10_00);
    ExecutorService slowThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "slow-sweeper"));
    try (TinyPool setup = database.newPool(2); TinyPool poolA = database.newPool(2);
        TinyPool poolB = database.newPool(2)) {
      TestDatabase.installFresh(setup, TABLES);
      List<CaseId> cases = Nodes.openCases(setup, TABLES, policy, clock, CASES);
      assertThat(Nodes.number(setup, "SELECT COUNT(*) FROM " + TABLES.timers() + " WHERE kind = 'MERCHANT_RESPONSE'"))
          .isEqualTo(CASES);
      clock.advance(Duration.ofDays(3));

      InterleavingStore slowStore =
          new InterleavingStore(JdbcAfterSalesStore.open(ConnectionProvider.of(poolA), TABLES, clock));
      CountDownLatch aboutToCommit = new CountDownLatch(1);
      CountDownLatch resume = new CountDownLatch(1);
      slowStore.hook(InterleavingStore.holdOnce("slow-sweeper", InterleavingStore.Point.BEFORE_COMMIT,
          aboutToCommit, resume));
      DeadlineSweeper slow = new DeadlineSweeper(slowStore, Nodes.service(slowStore, policy, clock), clock, "slow",
          CASES, LEASE, Duration.ofMinutes(1));
      Future<SweepResult> slowResult = slowThread.submit(slow::sweepOnce);
      assertThat(aboutToCommit.await(30, TimeUnit.SECONDS)).as("the slow sweeper reached its first commit").isTrue();

      clock.advance(LEASE); // the slow sweeper's lease ends while it is held
      JdbcAfterSalesStore fastStore = JdbcAfterSalesStore.open(ConnectionProvider.of(poolB), TABLES, clock);
      SweepResult fast = new DeadlineSweeper(fastStore, Nodes.service(fastStore, policy, clock), clock, "fast",
          CASES, LEASE, Duration.ofMinutes(1)).sweepAllDue();
      assertThat(fast.applied()).as("the other node took every timer once the lease ended").isEqualTo(CASES);
      resume.countDown();
      slowResult.get(30, TimeUnit.SECONDS);

      Map<String, Integer> applied = Nodes.countByCase(setup, TABLES.events(), "DeadlineExpired");
      Map<String, Integer> published = Nodes.countByCase(setup, TABLES.outbox(), "DeadlineExpired");
      assertThat(applied).as("each default action in the history once")
          .containsOnlyKeys(cases.stream().map(CaseId::value).toList()).allSatisfy((id, n) -> assertThat(n).isOne());
      assertThat(published).as("and in the outbox once").isEqualTo(applied);
      assertThat(Nodes.number(setup, "SELECT COUNT(*) FROM " + TABLES.timers() + " WHERE lease_owner = 'slow'"))
          .as("no timer left leased to the late node").isZero();
      assertThat(Nodes.number(setup, "SELECT COUNT(*) FROM " + TABLES.timers() + " WHERE kind = 'MERCHANT_RESPONSE'"))
          .as("the applied deadlines' timers are gone").isZero();
      TestDatabase.drop(setup, TABLES);
    } finally {
      slowThread.shutdownNow();
    }
  }
}
