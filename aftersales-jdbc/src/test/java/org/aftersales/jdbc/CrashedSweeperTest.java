package org.aftersales.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.aftersales.application.DeadlineSweeper;
import org.aftersales.application.SweepResult;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.jdbc.testing.Nodes;
import org.aftersales.jdbc.testing.SweeperProcess;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.jdbc.testing.TinyPool;
import org.aftersales.store.OutboxMessage;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.MutableClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A sweeper in a child JVM claims every due deadline and is killed with SIGKILL halfway through the
 * batch. Until its lease ends no other sweeper can take its claims; after, a second sweeper finishes
 * the work: each default action applied exactly once, each event and outbox message once, none missing.
 * (H2 in memory cannot be shared with another process, so this runs on the two server databases.)
 */
class CrashedSweeperTest {

  private static final int CASES = 1_000;
  private static final int KILL_AFTER_COMMITS = 150;
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final Tables TABLES = TestDatabase.tables("crash");

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
  void aSweeperKilledMidBatchLeavesItsClaimsToTheNextOnceTheLeaseEnds(TestDatabase database) throws Exception {
    MutableClock clock = new MutableClock(Fixtures.WED_2025_03_05_10_00);
    try (TinyPool pool = database.newPool(4)) {
      TestDatabase.installFresh(pool, TABLES);
      List<CaseId> cases = Nodes.openCases(pool, TABLES, Nodes.oneTimerPerCase(), clock, CASES);
      clock.advance(Duration.ofDays(3));
      Instant crashTime = clock.instant();

      int commitsSeen = runAndKill(database, crashTime);
      assertThat(commitsSeen).as("the child was killed mid-batch").isEqualTo(KILL_AFTER_COMMITS);
      long appliedBeforeCrash = Nodes.number(pool, "SELECT COUNT(*) FROM " + TABLES.cases() + " WHERE version = 2");
      // The 150th commit may or may not have finished when the kill came; the batch was far from done.
      assertThat(appliedBeforeCrash).as("applied by the killed node").isBetween(KILL_AFTER_COMMITS - 1L, CASES / 2L);
      assertThat(Nodes.number(pool, "SELECT COUNT(*) FROM " + TABLES.timers() + " WHERE lease_owner = 'doomed-node'"))
          .as("the dead node's claims").isEqualTo(CASES - appliedBeforeCrash);

      JdbcAfterSalesStore store = JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES, clock);
      DeadlineSweeper survivor = new DeadlineSweeper(store, Nodes.service(store, Nodes.oneTimerPerCase(), clock),
          clock, "survivor", 100, LEASE, Duration.ofMinutes(1));
      clock.set(crashTime.plus(LEASE).minusSeconds(1));
      assertThat(survivor.sweepAllDue().claimed()).as("claims while the dead node's lease holds").isZero();
      clock.set(crashTime.plus(LEASE));
      SweepResult finished = survivor.sweepAllDue();
      assertThat(finished.claimed()).as("claims once the lease ended").isEqualTo(CASES - appliedBeforeCrash);
      assertThat(finished.applied()).isEqualTo(CASES - appliedBeforeCrash);

      Map<String, Integer> applied = Nodes.countByCase(pool, TABLES.events(), "DeadlineExpired");
      Set<String> misses = new HashSet<>(cases.stream().map(CaseId::value).toList());
      misses.removeAll(applied.keySet());
      assertThat(misses).as("deadlines never applied").isEmpty();
      assertThat(applied.values()).as("deadlines applied more than once").allMatch(n -> n == 1);
      List<String> outboxIds = store.pending(100_000).stream().map(OutboxMessage::id).toList();
      List<String> eventIds = new ArrayList<>();
      for (CaseId id : cases) {
        List<RecordedEvent> history = store.history(Fixtures.SHOP, id);
        assertThat(history).extracting(e -> e.event().getClass().getSimpleName())
            .as("history of %s", id)
            .containsExactly("CaseOpened", "DeadlineStarted", "DeadlineExpired", "RequestApproved", "StateChanged",
                "RefundRequested", "DeadlineStarted");
        history.forEach(e -> eventIds.add(e.id()));
      }
      assertThat(outboxIds).as("the outbox holds every event once").doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(eventIds);
      TestDatabase.drop(pool, TABLES);
    }
  }

  /** Starts the child sweeper, kills it with SIGKILL after it began its 150th commit; returns the commits seen. */
  private static int runAndKill(TestDatabase database, Instant now) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        SweeperProcess.class.getName(), database.url(), TABLES.prefix(), now.toString(),
        Long.toString(LEASE.toSeconds()))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    int commits = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (commits < KILL_AFTER_COMMITS && (line = out.readLine()) != null) {
        if (line.equals("commit")) {
          commits++;
        }
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback from the client side
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    return commits;
  }
}
