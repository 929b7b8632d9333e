package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.store.DueTimer;
import org.aftersales.store.OutboxMessage;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A sweeper that claims and dies: its claims wait out the lease, then another sweeper applies them
 * once; and {@link org.aftersales.store.DeadlineQueue#release} honours only the lease's owner.
 */
@Timeout(10)
class SweeperLeaseTest {

  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final int CASES = 30;

  @Test
  void claimsOfADeadNodeWaitForTheLeaseThenAnotherSweeperAppliesEachOnce() {
    Harness h = new Harness();
    List<AfterSalesCase> cases = openCases(h, CASES);
    h.clock.advance(Duration.ofHours(24));
    Instant claimedAt = h.clock.instant();

    List<DueTimer> dead = h.store.claimDue(claimedAt, 1_000, "dead-node", LEASE);
    assertThat(dead).hasSize(2 * CASES);
    DeadlineSweeper live = new DeadlineSweeper(h.store, h.service, h.clock, "live-node", 7, LEASE, Duration.ofMinutes(1));

    assertThat(live.sweepAllDue().claimed()).as("right after the claim").isZero();
    h.clock.set(claimedAt.plus(LEASE).minusMillis(1));
    assertThat(live.sweepAllDue().claimed()).as("1 ms before the lease ends").isZero();
    assertThat(cases).allSatisfy(c -> {
      assertThat(h.current(c).version()).isEqualTo(1);
      assertThat(h.current(c).state()).isEqualTo(CaseState.REQUESTED);
    });
    assertThat(h.store.scheduledTimers()).isEqualTo(2L * CASES);

    h.clock.set(claimedAt.plus(LEASE));
    SweepResult swept = live.sweepAllDue();
    // Every expiry the dead node held; a reminder still queued behind its own expiry's default action
    // is cancelled by that commit before anyone claims it.
    assertThat(swept.claimed()).isBetween(CASES, 2 * CASES);
    assertThat(live.sweepAllDue().claimed()).isZero();

    for (AfterSalesCase c : cases) {
      List<RecordedEvent> history = h.store.history(Fixtures.SHOP, c.id());
      List<CaseEvent.DeadlineExpired> expired = history.stream().map(RecordedEvent::event)
          .filter(CaseEvent.DeadlineExpired.class::isInstance).map(CaseEvent.DeadlineExpired.class::cast).toList();
      assertThat(expired).hasSize(1);
      assertThat(expired.get(0).deadline()).isEqualTo(c.deadline(DeadlineKind.MERCHANT_RESPONSE).orElseThrow().id());
      assertThat(h.current(c).state()).isEqualTo(CaseState.REFUND_PENDING);
    }
    // A reminder that comes after its deadline's default action has nothing left to remind of.
    long reminders = cases.stream().flatMap(c -> h.store.history(Fixtures.SHOP, c.id()).stream())
        .filter(e -> e.event() instanceof CaseEvent.ReminderSent).count();
    assertThat(swept.applied()).isEqualTo(CASES + (int) reminders);
    assertThat(swept.stale()).as("late reminders are stale, not refused").isEqualTo(swept.claimed() - swept.applied());
    assertThat(swept.refused()).isZero();
    assertThat(h.store.scheduledTimers()).as("one refund-settlement timer per case, nothing else").isEqualTo(CASES);
    assertThat(h.store.pending(10_000).stream()
        .filter(m -> ((OutboxMessage.CaseEventMessage) m).event().event() instanceof CaseEvent.DeadlineExpired))
        .hasSize(CASES);
  }

  /** The dead node was only slow: it wakes after its lease ran out and applies its stale batch. */
  @Test
  void aNodeThatWakesAfterItsLeaseRanOutChangesNothing() {
    Harness h = new Harness();
    List<AfterSalesCase> cases = openCases(h, CASES);
    h.clock.advance(Duration.ofHours(24));
    List<DueTimer> stale = h.store.claimDue(h.clock.instant(), 1_000, "slow-node", LEASE);
    h.clock.advance(LEASE);
    DeadlineSweeper.of(h.store, h.service, h.clock, "live-node").sweepAllDue();
    List<List<RecordedEvent>> before = cases.stream().map(c -> h.store.history(Fixtures.SHOP, c.id())).toList();
    int outboxBefore = h.store.pending(10_000).size();

    List<CommandOutcome> late = new ArrayList<>();
    for (DueTimer timer : stale) {
      CommandOutcome outcome = h.service.handle(DeadlineSweeper.envelopeFor(timer));
      late.add(outcome);
      h.store.release(timer.id(), "slow-node", h.clock.instant());
    }

    assertThat(cases.stream().map(c -> h.store.history(Fixtures.SHOP, c.id())).toList()).isEqualTo(before);
    assertThat(h.store.pending(10_000)).hasSize(outboxBefore);
    Map<Boolean, Long> accepted = late.stream().collect(Collectors.partitioningBy(CommandOutcome::isAccepted,
        Collectors.counting()));
    // Expiries replay the live node's outcome; reminders of deadlines that are gone are refused.
    assertThat(accepted.get(true)).isEqualTo(CASES);
    assertThat(late.stream().filter(o -> !o.isAccepted()))
        .allSatisfy(o -> assertThat(((CommandOutcome.Rejected) o).rejection().code())
            .isEqualTo(RejectionCode.DEADLINE_NOT_RUNNING));
    assertThat(DeadlineSweeper.of(h.store, h.service, h.clock, "live-node").sweepAllDue().claimed()).isZero();
  }

  @Test
  void releaseHonoursOnlyTheOwnerAndReturnsTheTimerAtRetryAt() {
    Harness h = new Harness();
    AfterSalesCase c = openCases(h, 1).get(0);
    String expiry = c.deadline(DeadlineKind.MERCHANT_RESPONSE).orElseThrow().id().value();
    h.clock.advance(Duration.ofHours(24));
    Instant t = h.clock.instant();

    List<DueTimer> held = h.store.claimDue(t, 10, "node-a", LEASE);
    assertThat(held).hasSize(2);
    String reminder = held.stream().map(DueTimer::id).filter(id -> !id.equals(expiry)).findFirst().orElseThrow();

    // Someone else's release does nothing: the lease still holds both.
    h.store.release(expiry, "node-b", t);
    h.store.release(reminder, "node-b", t);
    assertThat(h.store.claimDue(t, 10, "node-b", LEASE)).isEmpty();
    assertThat(h.store.claimDue(t.plus(LEASE).minusMillis(1), 10, "node-b", LEASE)).isEmpty();

    // The owner's release gives the expiry back from retryAt on, even before the lease would end.
    Instant retryAt = t.plus(Duration.ofMinutes(1));
    h.store.release(expiry, "node-a", retryAt);
    assertThat(h.store.claimDue(retryAt.minusMillis(1), 10, "node-b", LEASE)).isEmpty();
    assertThat(h.store.claimDue(retryAt, 10, "node-b", Duration.ofHours(1))).extracting(DueTimer::id)
        .containsExactly(expiry);

    // node-a no longer owns it: its second release does nothing.
    h.store.release(expiry, "node-a", retryAt);
    assertThat(h.store.claimDue(retryAt.plusMillis(1), 10, "node-c", LEASE)).isEmpty();

    // A release later than the lease's end keeps the timer back until retryAt.
    Instant later = t.plus(Duration.ofMinutes(10));
    h.store.release(reminder, "node-a", later);
    assertThat(h.store.claimDue(t.plus(LEASE), 10, "node-c", LEASE)).isEmpty();
    assertThat(h.store.claimDue(later, 10, "node-c", LEASE)).extracting(DueTimer::id).containsExactly(reminder);

    // Unknown timers, and timers nobody holds, are left alone.
    h.store.release("no-such-timer", "node-a", t);
    AfterSalesCase other = openCases(h, 1).get(0);
    String notDue = other.deadline(DeadlineKind.MERCHANT_RESPONSE).orElseThrow().id().value();
    h.store.release(notDue, "node-a", t);
    h.store.release(notDue, "null", t);
    assertThat(h.store.claimDue(later.plusMillis(1), 10, "node-d", LEASE)).extracting(DueTimer::id)
        .doesNotContain(notDue);
    assertThat(h.store.scheduledTimers()).isEqualTo(4);
  }

  private static List<AfterSalesCase> openCases(Harness h, int n) {
    List<AfterSalesCase> cases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cases.add(h.open(CaseType.REFUND_ONLY, Reason.QUALITY_DEFECT));
    }
    return cases;
  }
}
