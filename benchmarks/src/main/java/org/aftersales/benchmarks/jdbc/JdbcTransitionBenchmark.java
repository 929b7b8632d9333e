package org.aftersales.benchmarks.jdbc;

import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.TenantPolicies;
import org.aftersales.benchmarks.lifecycle.ReturnAndRefundFlow;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.jdbc.ConnectionProvider;
import org.aftersales.jdbc.JdbcAfterSalesStore;
import org.aftersales.jdbc.Tables;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One lifecycle transition per operation through {@link AfterSalesService} on {@link JdbcAfterSalesStore}
 * on the machine's PostgreSQL: each client thread walks its own case through the return-and-refund flow,
 * one command per operation (open, approve, ..., confirm refund, then a new case), so an operation is
 * the average command of a real case: the idempotency look-up, the load, the decision and the commit of
 * state, events, timers, outbox messages and the idempotency record in one transaction. Run it with
 * {@code -t 1} and {@code -t 8}, beside {@code pgbench -N} at the same client counts.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class JdbcTransitionBenchmark {

  /** The tables of this benchmark, apart from the sweeper harness's. */
  static final Tables TABLES = new Tables("bench_tx_");

  /** The store and service all client threads share, on a pool with a connection per thread. */
  @State(Scope.Benchmark)
  public static class Store {
    FixedPool pool;
    AfterSalesService service;
    final AtomicLong cases = new AtomicLong();

    @Setup(Level.Trial)
    public void open() throws SQLException {
      pool = BenchDatabase.pool(64);
      BenchDatabase.freshSchema(pool, TABLES);
      JdbcAfterSalesStore store = JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES, Clock.systemUTC());
      service = new AfterSalesService(store, TenantPolicies.same(ReturnAndRefundFlow.POLICY),
          () -> CaseId.of("TX-" + cases.incrementAndGet()), Clock.fixed(ReturnAndRefundFlow.NOW, ZoneOffset.UTC));
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      pool.close();
    }
  }

  /** One client's case and how far along the flow it is. */
  @State(Scope.Thread)
  public static class Client {
    AfterSalesCase current;
    int step;
  }

  @Benchmark
  public AfterSalesCase transition(Store store, Client client) {
    if (client.current == null || client.step == ReturnAndRefundFlow.STEPS.size()) {
      long n = store.cases.incrementAndGet();
      client.current = ReturnAndRefundFlow.accepted(store.service.handle(CommandEnvelope.open(ReturnAndRefundFlow.SHOP,
          Actor.BUYER, ReturnAndRefundFlow.BUYER, IdempotencyKey.of("open-" + n), ReturnAndRefundFlow.openRequest(n))));
      client.step = 0;
    } else {
      String key = client.current.id().value() + "-" + client.step;
      client.current = ReturnAndRefundFlow.accepted(store.service.handle(
          ReturnAndRefundFlow.envelope(client.current, ReturnAndRefundFlow.STEPS.get(client.step), key)));
      client.step++;
    }
    return client.current;
  }
}
