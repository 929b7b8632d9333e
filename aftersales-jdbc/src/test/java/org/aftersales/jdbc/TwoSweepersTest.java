package org.aftersales.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.aftersales.application.DeadlineSweeper;
import org.aftersales.application.SweepResult;
import org.aftersales.application.TenantPolicy;
import org.aftersales.casefile.CaseId;
import org.aftersales.jdbc.testing.Nodes;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.jdbc.testing.TinyPool;
import org.aftersales.testing.MutableClock;
import org.aftersales.testing.Race;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two application nodes, each with its own connection pool, store, service and sweeper, sweep 10,000
 * due deadlines at once: each default action is applied exactly once (duplicates and misses counted,
 * both zero), and each reaches the outbox once.
 */
class TwoSweepersTest {

  private static final int CASES = 10_000;
  private static final Tables TABLES = TestDatabase.tables("sweepers");

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void twoNodesApplyEachOfTenThousandDefaultActionsExactlyOnce(TestDatabase database) throws Exception {
    TenantPolicy policy = Nodes.oneTimerPerCase();
    MutableClock clock = new MutableClock(org.aftersales.testing.Fixtures.WED_2025_03_05_10_00);
    try (TinyPool setup = database.newPool(2); TinyPool poolA = database.newPool(4);
        TinyPool poolB = database.newPool(4)) {
      TestDatabase.installFresh(setup, TABLES);
      long start = System.nanoTime();
      List<CaseId> cases = Nodes.openCases(setup, TABLES, policy, clock, CASES);
      long opened = System.nanoTime();
      assertThat(Nodes.number(setup, "SELECT COUNT(*) FROM " + TABLES.timers())).isEqualTo(CASES);
      clock.advance(Duration.ofDays(3)); // past every 24 h limit, weekends or not

      List<Callable<SweepResult>> nodes = new ArrayList<>();
      for (TinyPool pool : List.of(poolA, poolB)) {
        JdbcAfterSalesStore store = JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES, clock);
        DeadlineSweeper sweeper = new DeadlineSweeper(store, Nodes.service(store, policy, clock), clock,
            "node-" + nodes.size(), 100, Duration.ofMinutes(5), Duration.ofMinutes(1));
        nodes.add(sweeper::sweepAllDue);
      }
      List<SweepResult> results = Race.once(Duration.ofMinutes(3), nodes);

      Map<String, Integer> applied = Nodes.countByCase(setup, TABLES.events(), "DeadlineExpired");
      Map<String, Integer> published = Nodes.countByCase(setup, TABLES.outbox(), "DeadlineExpired");
      long duplicates = applied.values().stream().filter(n -> n > 1).count();
      Set<String> misses = new HashSet<>(cases.stream().map(CaseId::value).toList());
      misses.removeAll(applied.keySet());
      assertThat(duplicates).as("default actions applied more than once").isZero();
      assertThat(misses).as("due deadlines never applied").isEmpty();
      assertThat(applied).hasSize(CASES);
      assertThat(published).as("DeadlineExpired in the outbox").isEqualTo(applied);
      assertThat(results).as("both nodes swept").allSatisfy(r -> assertThat(r.applied()).isPositive());
      assertThat(results.get(0).applied() + results.get(1).applied()).isEqualTo(CASES);
      assertThat(results.get(0).claimed() + results.get(1).claimed()).as("no timer claimed twice").isEqualTo(CASES);
      System.out.printf("%s: two sweepers over %d deadlines: %s; opening took %d ms, sweeping %d ms%n", database,
          CASES, results, (opened - start) / 1_000_000, (System.nanoTime() - opened) / 1_000_000);
      TestDatabase.drop(setup, TABLES);
    }
  }
}
