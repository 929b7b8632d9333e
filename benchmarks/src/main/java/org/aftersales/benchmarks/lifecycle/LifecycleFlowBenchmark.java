package org.aftersales.benchmarks.lifecycle;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.TenantPolicies;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseId;
import org.aftersales.store.memory.InMemoryAfterSalesStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One whole return-and-refund flow (open and seven transitions) per operation, four ways:
 *
 * <ul>
 *   <li>{@code decider}: our pure {@link org.aftersales.casefile.CaseDecider} with the evolver, no store:
 *       the like-for-like rival of a state machine library, which has no store either;
 *   <li>{@code service}: the same through {@link AfterSalesService} on {@link InMemoryAfterSalesStore},
 *       adding idempotency records, timers, outbox messages and order-line claims;
 *   <li>{@code stateless4j} and {@code squirrel}: the same transitions, configured from our table, with an
 *       actor guard and an event recorded per transition.
 * </ul>
 *
 * Our side does much more per step than the anchors (deadlines on the working-day calendar, guards on
 * money, evidence and refund attempts, immutable case versions); the ratio says what that costs or saves.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class LifecycleFlowBenchmark {

  private final AtomicLong cases = new AtomicLong();
  private Stateless4jFlow stateless4j;
  private SquirrelFlow squirrel;
  private AfterSalesService service;

  @Setup(Level.Trial)
  public void configureAnchors() {
    stateless4j = new Stateless4jFlow();
    squirrel = new SquirrelFlow();
  }

  /** A fresh store each iteration, so that the cases of earlier iterations do not fill the heap. */
  @Setup(Level.Iteration)
  public void freshStore() {
    service = new AfterSalesService(new InMemoryAfterSalesStore(), TenantPolicies.same(ReturnAndRefundFlow.POLICY),
        () -> CaseId.of("AS-" + cases.incrementAndGet()), Clock.fixed(ReturnAndRefundFlow.NOW, ZoneOffset.UTC));
  }

  @Benchmark
  public AfterSalesCase decider() {
    return ReturnAndRefundFlow.decideAll(cases.incrementAndGet());
  }

  @Benchmark
  public AfterSalesCase service() {
    return ReturnAndRefundFlow.handleAll(service, cases.incrementAndGet());
  }

  @Benchmark
  public AnchorCase stateless4j() {
    return stateless4j.run();
  }

  @Benchmark
  public AnchorCase squirrel() {
    return squirrel.run();
  }
}
