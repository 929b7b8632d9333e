package org.aftersales.benchmarks.sweeper;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.DeadlineSweeper;
import org.aftersales.application.SweepResult;
import org.aftersales.benchmarks.jdbc.BenchDatabase;
import org.aftersales.benchmarks.jdbc.FixedPool;
import org.aftersales.casefile.CaseId;
import org.aftersales.jdbc.ConnectionProvider;
import org.aftersales.jdbc.JdbcAfterSalesStore;
import org.aftersales.jdbc.Tables;
import org.aftersales.jdbc.schema.SchemaInstaller;

/**
 * Times the default actions of {@code due} deadlines among {@code open} open ones, applied by 1, 2, ...
 * {@link DeadlineSweeper} nodes on the machine's PostgreSQL; not a JMH benchmark but a single-shot batch
 * timing, repeated per node count. Each node has its own store, service, pool and sweeper (its own lease
 * owner) and runs {@code threadsPerNode} threads calling {@code sweepOnce} until a claim comes back
 * empty. Before each run the tables are emptied and seeded again with {@link TemplateSeeder} and
 * vacuumed, so every run starts from the same state.
 *
 * <p>Arguments: results file, node counts (comma-separated), open deadlines, due deadlines, threads per node.
 */
public final class SweeperHarness {

  static final Tables TABLES = new Tables("bench_sweep_");

  private SweeperHarness() {}

  public static void main(String[] args) throws Exception {
    HarnessCommandLine.runEachNodeCount(args, SweeperHarness::seed, SweeperHarness::run);
  }


  /**
   * Seeds the cases that are not due once (case, timer and order-line claim rows: the sweeper reads no
   * other row of a case it does not touch), unless they are there from an earlier run; then replaces the
   * due cases with fresh copies (every row of each) and vacuums, so every run starts from the same state.
   */
  static void seed(int open, int due) throws SQLException {
    long started = System.nanoTime();
    try (FixedPool pool = BenchDatabase.pool(2)) {
      TemplateSeeder seeder = new TemplateSeeder(TABLES);
      new SchemaInstaller(ConnectionProvider.of(pool), TABLES).install();
      if (countOf(pool, "SELECT count(*) FROM " + TABLES.timers() + " WHERE case_id >= 'L' AND case_id < 'M'")
          != open - due) {
        BenchDatabase.freshSchema(pool, TABLES);
        seeder.seed(pool, TemplateSeeder.store(pool, TABLES), "TLATER0000", SweepScenario.OPENED_LATER, 'L',
            open - due, seeder.liveTables());
      }
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        for (String table : seeder.allTables()) {
          s.executeUpdate("DELETE FROM " + table + " WHERE case_id >= 'D' AND case_id < 'E'");
        }
      }
      seeder.seed(pool, TemplateSeeder.store(pool, TABLES), "TDUE000000", SweepScenario.OPENED_DUE, 'D', due,
          seeder.allTables());
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        for (String table : seeder.allTables()) {
          s.execute("VACUUM ANALYZE " + table);
        }
      }
    }
    System.out.printf("seeded %,d open deadlines (%,d due) in %.1f s%n", open, due, (System.nanoTime() - started) / 1e9);
  }

  private static long countOf(FixedPool pool, String sql) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static HarnessResult run(int nodes, int threadsPerNode, int open, int due) throws Exception {
    List<FixedPool> pools = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    AtomicLong applied = new AtomicLong();
    Clock clock = Clock.fixed(SweepScenario.SWEEP_AT, ZoneOffset.UTC);
    for (int node = 1; node <= nodes; node++) {
      FixedPool pool = BenchDatabase.pool(threadsPerNode);
      pools.add(pool);
      JdbcAfterSalesStore store = TemplateSeeder.store(pool, TABLES);
      // No case is opened here: the id generator is never asked.
      AfterSalesService service = SweepScenario.service(store, SweepScenario.SWEEP_AT, () -> CaseId.of("unused"));
      DeadlineSweeper sweeper = new DeadlineSweeper(store, service, clock, "node-" + node, 100,
          Duration.ofMinutes(5), Duration.ofMinutes(1));
      for (int t = 0; t < threadsPerNode; t++) {
        threads.add(new Thread(() -> {
          for (SweepResult r = sweeper.sweepOnce(); r.claimed() > 0; r = sweeper.sweepOnce()) {
            applied.addAndGet(r.applied());
          }
        }, "sweeper-" + node + "-" + t));
      }
    }
    long started = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    for (FixedPool pool : pools) {
      pool.close();
    }
    long[] check = approvals();
    return new HarnessResult("aftersales-sweeper", nodes, threadsPerNode, open, due, applied.get(), seconds,
        check[0] - check[1], due - check[1]);
  }

  /** Returns the system's approval events of due cases, and the cases they approved. */
  private static long[] approvals() throws SQLException {
    try (FixedPool pool = BenchDatabase.pool(1); Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT case_id) FROM " + TABLES.events()
            + " WHERE type = 'RequestApproved' AND case_id >= 'D' AND case_id < 'E'")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    }
  }
}
