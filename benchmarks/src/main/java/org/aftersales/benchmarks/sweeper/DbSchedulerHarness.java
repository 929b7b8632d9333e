package org.aftersales.benchmarks.sweeper;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.aftersales.benchmarks.jdbc.BenchDatabase;
import org.aftersales.benchmarks.jdbc.FixedPool;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The anchor of {@link SweeperHarness}: db-scheduler 16.7.1 running {@code due} due one-time tasks
 * among {@code open} scheduled ones, each updating one row, with 1, 2, ... scheduler nodes (instances
 * with their own name and pool) of {@code threadsPerNode} executor threads, polling every 100 ms with its
 * default strategy. The tasks are seeded with {@code COPY} into db-scheduler's own table (its PostgreSQL
 * DDL, priority column included); the clock runs from the first start to the moment no due task is
 * left. Each task adds one to its row's counter, so a counter above one is a duplicate and a counter at
 * zero a miss.
 *
 * <p>Arguments: results file, node counts (comma-separated), open tasks, due tasks, threads per node.
 */
public final class DbSchedulerHarness {

  private static final String TASK = "bench-update";

  private DbSchedulerHarness() {}

  public static void main(String[] args) throws Exception {
    HarnessCommandLine.runEachNodeCount(args, DbSchedulerHarness::seed, DbSchedulerHarness::run);
  }


  static void seed(int open, int due) throws SQLException {
    long started = System.nanoTime();
    try (Connection c = DriverManager.getConnection(BenchDatabase.URL, BenchDatabase.USER, "");
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS scheduled_tasks, bench_target");
      s.execute("""
          CREATE TABLE scheduled_tasks (
            task_name TEXT NOT NULL,
            task_instance TEXT NOT NULL,
            task_data BYTEA,
            execution_time TIMESTAMP WITH TIME ZONE NOT NULL,
            picked BOOLEAN NOT NULL,
            picked_by TEXT,
            last_success TIMESTAMP WITH TIME ZONE,
            last_failure TIMESTAMP WITH TIME ZONE,
            consecutive_failures INT,
            last_heartbeat TIMESTAMP WITH TIME ZONE,
            version BIGINT NOT NULL,
            priority SMALLINT,
            PRIMARY KEY (task_name, task_instance))""");
      s.execute("CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time)");
      s.execute("CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat)");
      s.execute("CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC)");
      s.execute("CREATE TABLE bench_target (id INT PRIMARY KEY, hits INT NOT NULL)");
      s.execute("INSERT INTO bench_target SELECT g, 0 FROM generate_series(1, " + due + ") g");
      CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
          "COPY scheduled_tasks (task_name, task_instance, execution_time, picked, version) FROM STDIN (FORMAT csv)");
      StringBuilder chunk = new StringBuilder(1 << 20);
      for (int n = 1; n <= open; n++) {
        // Due long ago, or far in the future.
        chunk.append(TASK).append(',').append(n).append(',')
            .append(n <= due ? "2000-01-01T00:00:00Z" : "2999-01-01T00:00:00Z").append(",false,1\n");
        if (chunk.length() > (1 << 20) - 256 || n == open) {
          byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
          in.writeToCopy(bytes, 0, bytes.length);
          chunk.setLength(0);
        }
      }
      in.endCopy();
      s.execute("VACUUM ANALYZE scheduled_tasks");
      s.execute("VACUUM ANALYZE bench_target");
    }
    System.out.printf("seeded %,d db-scheduler tasks (%,d due) in %.1f s%n", open, due, (System.nanoTime() - started) / 1e9);
  }

  static HarnessResult run(int nodes, int threadsPerNode, int open, int due) throws Exception {
    List<FixedPool> pools = new ArrayList<>();
    List<Scheduler> schedulers = new ArrayList<>();
    for (int node = 1; node <= nodes; node++) {
      // Executor threads, plus the polling, heartbeat and housekeeping threads' connections.
      FixedPool pool = BenchDatabase.pool(threadsPerNode + 4);
      pools.add(pool);
      schedulers.add(Scheduler.create(pool, updatingOneRow(pool))
          .threads(threadsPerNode)
          .pollingInterval(Duration.ofMillis(100))
          .schedulerName(new SchedulerName.Fixed("node-" + node))
          .build());
    }
    long started = System.nanoTime();
    schedulers.forEach(Scheduler::start);
    try (FixedPool probe = BenchDatabase.pool(1)) {
      while (dueLeft(probe) > 0) {
        Thread.sleep(50);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    schedulers.forEach(Scheduler::stop);
    for (FixedPool pool : pools) {
      pool.close();
    }
    long[] hits = hits();
    return new HarnessResult("db-scheduler", nodes, threadsPerNode, open, due, hits[0], seconds, hits[1], due - hits[0]);
  }

  private static OneTimeTask<Void> updatingOneRow(DataSource pool) {
    return Tasks.oneTime(TASK).execute((instance, context) -> {
      try (Connection c = pool.getConnection();
          PreparedStatement update = c.prepareStatement("UPDATE bench_target SET hits = hits + 1 WHERE id = ?")) {
        update.setInt(1, Integer.parseInt(instance.getId()));
        update.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException("task " + instance.getId() + " could not update its row", e);
      }
    });
  }

  private static long dueLeft(FixedPool probe) throws SQLException {
    try (Connection c = probe.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM scheduled_tasks WHERE execution_time < '2100-01-01'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Returns the rows updated at least once, and the updates beyond the first. */
  private static long[] hits() throws SQLException {
    try (Connection c = DriverManager.getConnection(BenchDatabase.URL, BenchDatabase.USER, "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE hits > 0), coalesce(sum(hits - 1) FILTER (WHERE hits > 1), 0) FROM bench_target")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    }
  }
}
