package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.DeadlineId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.store.OutboxMessage;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.Race;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several {@link DeadlineSweeper}s, each with its own owner name, sweeping the same due deadlines
 * from parallel threads: every default action is applied exactly once (no duplicates, no misses)
 * and reaches the outbox once.
 */
@Timeout(30)
class ParallelSweepersTest {

  private static final int CASES = 2_000;
  private static final Duration RACE_TIMEOUT = Duration.ofSeconds(9);

  @ParameterizedTest(name = "{0} sweepers")
  @ValueSource(ints = {2, 4})
  void parallelSweepersApplyEveryDueMerchantResponseDefaultExactlyOnce(int sweepers) {
    Harness h = new Harness();
    Map<DeadlineId, AfterSalesCase> due = openCasesAwaitingTheMerchant(h);
    assertThat(h.store.scheduledTimers()).as("an expiry and a 6 h reminder per case").isEqualTo(2L * CASES);
    h.clock.advance(Duration.ofHours(24));

    List<Callable<SweepResult>> nodes = new ArrayList<>();
    for (int n = 0; n < sweepers; n++) {
      DeadlineSweeper sweeper = new DeadlineSweeper(h.store, h.service, h.clock, "node-" + n, 50,
          Duration.ofMinutes(5), Duration.ofMinutes(1));
      nodes.add(sweeper::sweepAllDue);
    }
    List<SweepResult> results = Race.once(RACE_TIMEOUT, nodes);
    SweepResult total = results.stream().reduce(new SweepResult(0, 0, 0, 0), SweepResult::plus);

    // With a fixed clock no lease ends, so no timer is claimed twice and none is left behind.
    assertThat(total.claimed()).as("claims across %s", results).isEqualTo(2 * CASES);
    assertThat(total.applied() + total.stale() + total.refused()).isEqualTo(total.claimed());
    assertThat(DeadlineSweeper.of(h.store, h.service, h.clock, "late-node").sweepAllDue().claimed()).isZero();

    ExpiryCount count = assertEachDefaultAppliedOnce(h, due);
    // Reminders lose to their own deadline's expiry at most; none goes out twice.
    assertThat(total.applied()).isEqualTo(CASES + count.reminders());
    System.out.printf("%d sweepers over %d cases: %s; reminders sent %d, per node %s%n", sweepers, CASES, total,
        count.reminders(), results);
  }

  /**
   * The leases are 1 ms and another thread keeps moving the clock, so leases run out while batches
   * are being applied and other sweepers claim the same timers again: the idempotency key of the
   * deadline must still make each default action happen once.
   */
  @Test
  void leasesRunningOutMidBatchStillApplyEachDefaultOnce() {
    Harness h = new Harness();
    Map<DeadlineId, AfterSalesCase> due = openCasesAwaitingTheMerchant(h);
    h.clock.advance(Duration.ofHours(24));

    int sweepers = 4;
    AtomicBoolean ticking = new AtomicBoolean(true);
    AtomicInteger claims = new AtomicInteger();
    List<Callable<SweepResult>> tasks = new ArrayList<>();
    for (int n = 0; n < sweepers; n++) {
      DeadlineSweeper sweeper = new DeadlineSweeper(h.store, h.service, h.clock, "node-" + n, 25,
          Duration.ofMillis(1), Duration.ofMinutes(1));
      tasks.add(() -> {
        SweepResult mine = new SweepResult(0, 0, 0, 0);
        SweepResult last;
        do {
          boolean stillTicking = ticking.get();
          last = sweeper.sweepOnce();
          claims.addAndGet(last.claimed());
          mine = mine.plus(last);
          if (!stillTicking && last.claimed() == 0) {
            return mine;
          }
        } while (true);
      });
    }
    tasks.add(() -> {
      // Tick until every timer was claimed at least once (or a generous bound).
      for (int tick = 0; tick < 100_000 && claims.get() < 2 * CASES; tick++) {
        h.clock.advance(Duration.ofMillis(1));
        Thread.yield();
      }
      ticking.set(false);
      return new SweepResult(0, 0, 0, 0);
    });
    List<SweepResult> results = Race.once(RACE_TIMEOUT, tasks);
    SweepResult total = results.stream().reduce(new SweepResult(0, 0, 0, 0), SweepResult::plus);

    ExpiryCount count = assertEachDefaultAppliedOnce(h, due);
    // Past any retry delay, nothing that was due is still waiting.
    h.clock.advance(Duration.ofMinutes(2));
    assertThat(DeadlineSweeper.of(h.store, h.service, h.clock, "late-node").sweepAllDue().claimed()).isZero();
    assertThat((long) total.claimed()).isGreaterThanOrEqualTo(CASES + count.reminders());
    System.out.printf("%d sweepers with 1 ms leases: %s (%d claims beyond one per timer); reminders sent %d%n",
        sweepers, total, total.claimed() - 2 * CASES, count.reminders());
  }

  // ---------------------------------------------------------------------------------------------

  /** Opens cases of every type, each waiting on the merchant; returns them by their deadline's id. */
  static Map<DeadlineId, AfterSalesCase> openCasesAwaitingTheMerchant(Harness h) {
    Map<DeadlineId, AfterSalesCase> due = new HashMap<>();
    CaseType[] types = CaseType.values();
    for (int i = 0; i < CASES; i++) {
      AfterSalesCase c = h.open(types[i % types.length], Reason.QUALITY_DEFECT);
      due.put(c.deadline(DeadlineKind.MERCHANT_RESPONSE).orElseThrow().id(), c);
    }
    assertThat(due).hasSize(CASES);
    return due;
  }

  record ExpiryCount(long reminders) {}

  /**
   * Counts DeadlineExpired per deadline id across all histories and in the outbox: each due
   * deadline exactly once (duplicates 0, misses 0); each case was approved once, by the system;
   * no reminder went out twice.
   */
  static ExpiryCount assertEachDefaultAppliedOnce(Harness h, Map<DeadlineId, AfterSalesCase> due) {
    Map<DeadlineId, Integer> expired = new HashMap<>();
    Map<String, Integer> reminders = new HashMap<>();
    for (AfterSalesCase c : due.values()) {
      List<RecordedEvent> history = h.store.history(Fixtures.SHOP, c.id());
      for (RecordedEvent e : history) {
        if (e.event() instanceof CaseEvent.DeadlineExpired x) {
          expired.merge(x.deadline(), 1, Integer::sum);
        } else if (e.event() instanceof CaseEvent.ReminderSent r) {
          reminders.merge(r.deadline() + "@" + r.before(), 1, Integer::sum);
        }
      }
      AfterSalesCase now = h.current(c);
      assertThat(history.stream().filter(e -> e.event() instanceof CaseEvent.RequestApproved ra && ra.deemed()))
          .as("deemed approvals of %s", c.id()).hasSize(1);
      assertThat(now.state()).isEqualTo(c.type() == CaseType.REFUND_ONLY ? CaseState.REFUND_PENDING
          : c.type() == CaseType.REPAIR ? CaseState.AWAITING_REPAIR_PLAN : CaseState.AWAITING_RETURN_ADDRESS);
      assertThat(org.aftersales.casefile.CaseEvolver.replay(history)).isEqualTo(now);
    }
    long duplicates = expired.values().stream().filter(n -> n > 1).count();
    Set<DeadlineId> misses = new HashSet<>(due.keySet());
    misses.removeAll(expired.keySet());
    assertThat(duplicates).as("deadlines whose default action was applied more than once").isZero();
    assertThat(misses).as("due deadlines whose default action was never applied").isEmpty();
    assertThat(expired.keySet()).isEqualTo(due.keySet());
    assertThat(reminders.values()).as("reminders sent more than once").allMatch(n -> n == 1);

    Map<DeadlineId, Integer> published = new HashMap<>();
    for (OutboxMessage m : h.store.pending(1_000_000)) {
      if (m.event().event() instanceof CaseEvent.DeadlineExpired x) {
        published.merge(x.deadline(), 1, Integer::sum);
      }
    }
    assertThat(published.keySet()).isEqualTo(due.keySet());
    assertThat(published.values()).as("DeadlineExpired messages per deadline").allMatch(n -> n == 1);
    return new ExpiryCount(reminders.size());
  }
}
