package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Deadline;
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
 * Several {@link DeadlineSweeper}s, each with its own owner name, sweeping the same due timers from
 * parallel threads, in two rounds: first when the merchant-response reminders are due but the
 * limit is not (every reminder goes out exactly once), then past the limit (every default action
 * is applied exactly once). No duplicates, no misses, and each reaches the outbox once.
 */
@Timeout(30)
class ParallelSweepersTest {

  private static final int CASES = 2_000;
  private static final Duration RACE_TIMEOUT = Duration.ofSeconds(9);
  /** The seed policy's merchant response: 24 h, with one reminder 6 h before the end. */
  private static final Duration LIMIT = Duration.ofHours(24);
  private static final Duration REMINDER = Duration.ofHours(6);

  @ParameterizedTest(name = "{0} sweepers")
  @ValueSource(ints = {2, 4})
  void parallelSweepersSendEachReminderAndApplyEachMerchantResponseDefaultExactlyOnce(int sweepers) {
    Harness h = new Harness();
    Map<DeadlineId, AfterSalesCase> due = openCasesAwaitingTheMerchant(h);
    assertThat(h.store.scheduledTimers()).as("an expiry and a 6 h reminder per case").isEqualTo(2L * CASES);
    List<Callable<SweepResult>> nodes = new ArrayList<>();
    for (int n = 0; n < sweepers; n++) {
      DeadlineSweeper sweeper = new DeadlineSweeper(h.store, h.service, h.clock, "node-" + n, 50,
          Duration.ofMinutes(5), Duration.ofMinutes(1));
      nodes.add(sweeper::sweepAllDue);
    }

    // Round 1, 19 h after opening: the 6 h reminders (due at 18 h) are due, the 24 h limit is not.
    moveToRemindersDue(h, due);
    List<SweepResult> reminding = Race.once(RACE_TIMEOUT, nodes);
    SweepResult reminders = sum(reminding);
    // With a fixed clock no lease ends, so no timer is claimed twice and none is left behind.
    assertThat(reminders.claimed()).as("reminder claims across %s", reminding).isEqualTo(CASES);
    assertThat(reminders.applied()).as("reminders sent across %s", reminding).isEqualTo(CASES);
    assertThat(DeadlineSweeper.of(h.store, h.service, h.clock, "late-node").sweepAllDue().claimed()).isZero();
    assertThat(h.store.scheduledTimers()).as("only the expiries are left").isEqualTo(CASES);
    assertEachReminderSentOnce(h, due);

    // Round 2, at the limit: every expiry is due.
    moveToLimitReached(h, due);
    List<SweepResult> expiring = Race.once(RACE_TIMEOUT, nodes);
    SweepResult expiries = sum(expiring);
    assertThat(expiries.claimed()).as("expiry claims across %s", expiring).isEqualTo(CASES);
    assertThat(expiries.applied()).as("defaults applied across %s", expiring).isEqualTo(CASES);
    assertThat(DeadlineSweeper.of(h.store, h.service, h.clock, "late-node").sweepAllDue().claimed()).isZero();

    ExpiryCount count = assertEachDefaultAppliedOnce(h, due);
    assertThat(count.reminders()).as("reminders sent").isEqualTo(CASES);
    assertEachReminderSentOnce(h, due);
    System.out.printf("%d sweepers over %d cases: reminders %s, per node %s; expiries %s, per node %s%n",
        sweepers, CASES, reminders, reminding, expiries, expiring);
  }

  /**
   * The leases are 1 ms and another thread keeps moving the clock, so leases run out while batches
   * are being applied and other sweepers claim the same timers again: the idempotency key of the
   * reminder or deadline must still make each reminder go out once and each default action happen
   * once.
   */
  @Test
  void leasesRunningOutMidBatchStillSendEachReminderAndApplyEachDefaultOnce() {
    Harness h = new Harness();
    Map<DeadlineId, AfterSalesCase> due = openCasesAwaitingTheMerchant(h);
    int sweepers = 4;

    moveToRemindersDue(h, due);
    SweepResult reminders = sweepWhileLeasesRunOut(h, sweepers, CASES);
    assertEachReminderSentOnce(h, due);
    // Past any retry delay, nothing that was due is still waiting; the limit is still hours away.
    h.clock.advance(Duration.ofMinutes(2));
    assertThat(DeadlineSweeper.of(h.store, h.service, h.clock, "late-node").sweepAllDue().claimed()).isZero();
    assertThat(h.store.scheduledTimers()).as("only the expiries are left").isEqualTo(CASES);
    assertThat(reminders.claimed()).isGreaterThanOrEqualTo(CASES);

    moveToLimitReached(h, due);
    SweepResult expiries = sweepWhileLeasesRunOut(h, sweepers, CASES);
    ExpiryCount count = assertEachDefaultAppliedOnce(h, due);
    assertThat(count.reminders()).as("reminders sent").isEqualTo(CASES);
    assertEachReminderSentOnce(h, due);
    h.clock.advance(Duration.ofMinutes(2));
    assertThat(DeadlineSweeper.of(h.store, h.service, h.clock, "late-node").sweepAllDue().claimed()).isZero();
    assertThat(expiries.claimed()).isGreaterThanOrEqualTo(CASES);
    System.out.printf("%d sweepers with 1 ms leases: reminders %s (%d claims beyond one per timer); "
        + "expiries %s (%d beyond one per timer)%n", sweepers, reminders, reminders.claimed() - CASES, expiries,
        expiries.claimed() - CASES);
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Runs sweepers with 1 ms leases against a thread that ticks the clock 1 ms at a time until
   * {@code timers} claims were made (or a generous bound, far below any limit or reminder), then
   * lets every sweeper drain what is left.
   */
  static SweepResult sweepWhileLeasesRunOut(Harness h, int sweepers, int timers) {
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
      for (int tick = 0; tick < 100_000 && claims.get() < timers; tick++) {
        h.clock.advance(Duration.ofMillis(1));
        Thread.yield();
      }
      ticking.set(false);
      return new SweepResult(0, 0, 0, 0);
    });
    return sum(Race.once(RACE_TIMEOUT, tasks));
  }

  static SweepResult sum(List<SweepResult> results) {
    return results.stream().reduce(new SweepResult(0, 0, 0, 0), SweepResult::plus);
  }

  /** Sets the clock an hour past the last reminder, and checks no limit has been reached yet. */
  static void moveToRemindersDue(Harness h, Map<DeadlineId, AfterSalesCase> due) {
    Instant lastReminder = edge(due, d -> d.remindAt(REMINDER), Comparator.naturalOrder());
    Instant firstLimit = edge(due, Deadline::dueAt, Comparator.reverseOrder());
    h.clock.set(lastReminder.plus(Duration.ofHours(1)));
    assertThat(h.clock.instant()).as("reminders due, limits not").isBefore(firstLimit);
  }

  /** Sets the clock to the moment the last limit is reached. */
  static void moveToLimitReached(Harness h, Map<DeadlineId, AfterSalesCase> due) {
    Instant lastLimit = edge(due, Deadline::dueAt, Comparator.naturalOrder());
    assertThat(lastLimit).isAfter(h.clock.instant());
    h.clock.set(lastLimit);
  }

  /** The greatest instant by {@code order} over the merchant-response deadlines. */
  private static Instant edge(Map<DeadlineId, AfterSalesCase> due, Function<Deadline, Instant> at,
      Comparator<Instant> order) {
    return due.values().stream()
        .map(c -> at.apply(c.deadline(DeadlineKind.MERCHANT_RESPONSE).orElseThrow()))
        .max(order).orElseThrow();
  }

  /** Opens cases of every type, each waiting on the merchant; returns them by their deadline's id. */
  static Map<DeadlineId, AfterSalesCase> openCasesAwaitingTheMerchant(Harness h) {
    Map<DeadlineId, AfterSalesCase> due = new HashMap<>();
    CaseType[] types = CaseType.values();
    for (int i = 0; i < CASES; i++) {
      AfterSalesCase c = h.open(types[i % types.length], Reason.QUALITY_DEFECT);
      Deadline d = c.deadline(DeadlineKind.MERCHANT_RESPONSE).orElseThrow();
      assertThat(d.dueAt()).as("merchant response limit").isEqualTo(c.openedAt().plus(LIMIT));
      assertThat(d.pendingReminders()).as("merchant response reminders").containsExactly(REMINDER);
      due.put(d.id(), c);
    }
    assertThat(due).hasSize(CASES);
    return due;
  }

  /**
   * Each case has exactly one ReminderSent, for its merchant-response deadline 6 h before the end,
   * and the outbox holds each reminder exactly once.
   */
  static void assertEachReminderSentOnce(Harness h, Map<DeadlineId, AfterSalesCase> due) {
    for (Map.Entry<DeadlineId, AfterSalesCase> entry : due.entrySet()) {
      List<CaseEvent.ReminderSent> sent = h.store.history(Fixtures.SHOP, entry.getValue().id()).stream()
          .map(RecordedEvent::event)
          .filter(CaseEvent.ReminderSent.class::isInstance)
          .map(CaseEvent.ReminderSent.class::cast)
          .toList();
      assertThat(sent).as("reminders sent on %s", entry.getValue().id()).singleElement()
          .satisfies(r -> {
            assertThat(r.deadline()).isEqualTo(entry.getKey());
            assertThat(r.kind()).isEqualTo(DeadlineKind.MERCHANT_RESPONSE);
            assertThat(r.before()).isEqualTo(REMINDER);
          });
    }
    Map<DeadlineId, Integer> published = new HashMap<>();
    for (OutboxMessage m : h.store.pending(1_000_000)) {
      if (((OutboxMessage.CaseEventMessage) m).event().event() instanceof CaseEvent.ReminderSent r) {
        published.merge(r.deadline(), 1, Integer::sum);
      }
    }
    assertThat(published.keySet()).as("deadlines with a reminder in the outbox").isEqualTo(due.keySet());
    assertThat(published.values()).as("ReminderSent messages per deadline").allMatch(n -> n == 1);
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
      if (((OutboxMessage.CaseEventMessage) m).event().event() instanceof CaseEvent.DeadlineExpired x) {
        published.merge(x.deadline(), 1, Integer::sum);
      }
    }
    assertThat(published.keySet()).isEqualTo(due.keySet());
    assertThat(published.values()).as("DeadlineExpired messages per deadline").allMatch(n -> n == 1);
    return new ExpiryCount(reminders.size());
  }
}
