package org.aftersales.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseEvolver;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CommandType;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.InstantRefund;
import org.aftersales.casefile.LifecycleTable;
import org.aftersales.casefile.Lifecycles;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.casefile.StateSpec;
import org.aftersales.casefile.Transition;
import org.aftersales.deadline.DeadlineCalculator;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.SlaUnit;
import org.aftersales.money.Money;

/**
 * The invariants every case and its history keep after any sequence of commands: the state is one
 * of its table's, each state change is a row of the table, replaying the history rebuilds the case,
 * versions are contiguous, deadlines belong to the state, and the money adds up.
 */
public final class CaseInvariants {

  private CaseInvariants() {}

  /**
   * Checks a case against its whole history and the tenant's time limits and calendar: also that
   * the state's deadlines run, and that a resumed deadline gets back exactly the working time it had.
   */
  public static void check(AfterSalesCase c, List<RecordedEvent> history, SlaPolicy sla, WorkingCalendar calendar) {
    check(c, history, Optional.of(new DeadlineCalculator(calendar, sla.dayConvention())));
    checkStateDeadlinesRun(c, history, sla);
    checkPlatformClocks(c, sla);
  }

  /**
   * The complaint clock runs exactly while a complaint awaits its answer on an open case whose policy
   * limits it, whatever state the case moved through, and never paused; complaints stay within the cap.
   * A first-judgment clock runs only while the platform arbitrates and has not judged yet: the simple
   * one for a dispute not classified as complex, the complex one for one that is, never both.
   */
  private static void checkPlatformClocks(AfterSalesCase c, SlaPolicy sla) {
    String at = c.id() + " (" + c.type() + ", " + c.state() + ", v" + c.version() + ")";
    boolean owed = c.complaintOpen() && !c.state().isTerminal()
        && sla.rule(c.type(), DeadlineKind.COMPLAINT_HANDLING).isPresent();
    assertThat(c.deadline(DeadlineKind.COMPLAINT_HANDLING).filter(d -> !d.isPaused()).isPresent())
        .as("complaint clock runs <=> an open case owes a limited answer, %s", at).isEqualTo(owed);
    assertThat(c.complaints()).as("complaints of %s within the cap", at).isLessThanOrEqualTo(sla.maxComplaints());
    assertThat(!c.complaintOpen() || c.complaints() > 0).as("an open complaint was filed, %s", at).isTrue();

    Optional<Deadline> simple = c.deadline(DeadlineKind.PLATFORM_FIRST_JUDGMENT);
    Optional<Deadline> complex = c.deadline(DeadlineKind.PLATFORM_COMPLEX_JUDGMENT);
    if (simple.isPresent() || complex.isPresent()) {
      assertThat(Lifecycles.of(c.type()).spec(c.state()).deadlines()).as("first judgment awaited in %s", at)
          .contains(DeadlineKind.PLATFORM_FIRST_JUDGMENT);
      assertThat(c.review()).as("review of %s", at).hasValueSatisfying(review -> {
        assertThat(review.firstJudgmentGiven()).as("judged, yet a first-judgment clock runs on %s", at).isFalse();
        assertThat(review.complex()).as("the clock of %s fits its classification", at).isEqualTo(complex.isPresent());
      });
      assertThat(simple.isPresent() && complex.isPresent()).as("both first-judgment clocks on %s", at).isFalse();
    }
  }

  /** Checks a case against its whole history. */
  public static void check(AfterSalesCase c, List<RecordedEvent> history) {
    check(c, history, Optional.empty());
  }

  private static void check(AfterSalesCase c, List<RecordedEvent> history, Optional<DeadlineCalculator> calculator) {
    String at = c.id() + " (" + c.type() + ", " + c.state() + ", v" + c.version() + ")";
    assertThat(history).as("history of %s", at).isNotEmpty();
    assertThat(CaseEvolver.replay(history)).as("replay of the history of %s", at).isEqualTo(c);
    checkVersions(c, history, at);
    checkState(c, at);
    checkStateChanges(c, history, at);
    checkDeadlines(c, at);
    checkDeadlineEvents(history, at, calculator);
    checkMoney(c, at);
    checkRefundedOnce(history, at);
  }

  /**
   * The goods of a case are refunded once: at most one instant refund, granted only on shipping the
   * return; refund attempts numbered 1, 2, ... with one requested only after the one before it failed;
   * at most one confirmation, and nothing requested after it.
   */
  private static void checkRefundedOnce(List<RecordedEvent> history, String at) {
    int attempts = 0;
    boolean lastFailed = true;
    boolean confirmed = false;
    int instant = 0;
    for (int i = 0; i < history.size(); i++) {
      CaseEvent e = history.get(i).event();
      long version = history.get(i).version();
      if (e instanceof CaseEvent.InstantRefundGranted) {
        instant++;
        boolean onShipping = history.stream().anyMatch(o -> o.version() == version
            && o.event() instanceof CaseEvent.ReturnShipped);
        assertThat(onShipping).as("instant refund of %s granted when the return shipped", at).isTrue();
      } else if (e instanceof CaseEvent.RefundRequested r) {
        assertThat(confirmed).as("refund requested on %s after one was confirmed", at).isFalse();
        assertThat(lastFailed).as("refund attempt %s of %s requested while attempt %s was in flight", r.attempt(), at,
            attempts).isTrue();
        assertThat(r.attempt()).as("attempt number on %s", at).isEqualTo(attempts + 1);
        attempts = r.attempt();
        lastFailed = false;
      } else if (e instanceof CaseEvent.RefundFailed) {
        lastFailed = true;
      } else if (e instanceof CaseEvent.RefundConfirmed) {
        assertThat(confirmed).as("second refund confirmation on %s", at).isFalse();
        confirmed = true;
      }
    }
    assertThat(instant).as("instant refunds of %s", at).isLessThanOrEqualTo(1);
  }

  /**
   * Every deadline the current state starts, and the policy limits, runs; unless, since the case
   * entered the state, it expired (a default action that leaves the case where it is), an alert
   * said it would not run, a command that stays stopped it (a first judgment), or (for the refund
   * retry) automatic retries were used up.
   */
  private static void checkStateDeadlinesRun(AfterSalesCase c, List<RecordedEvent> history, SlaPolicy sla) {
    String at = c.id() + " (" + c.type() + ", " + c.state() + ", v" + c.version() + ")";
    int entered = 0;
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i).event() instanceof CaseEvent.StateChanged) {
        entered = i;
      }
    }
    List<CaseEvent> sinceEntering = history.subList(entered, history.size()).stream().map(RecordedEvent::event).toList();
    // An instant refund's retries may have run out beside the goods, before the case got here.
    int requested = 0;
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i).event() instanceof CaseEvent.RefundRequested) {
        requested = i;
      }
    }
    boolean retriesGaveUp = history.subList(requested, history.size()).stream()
        .anyMatch(e -> e.event() instanceof CaseEvent.RefundRetriesExhausted);
    for (DeadlineKind kind : Lifecycles.of(c.type()).spec(c.state()).deadlines()) {
      if (sla.rule(c.type(), kind).isEmpty()) {
        assertThat(c.deadline(kind)).as("%s without a limit on %s", kind, at).isEmpty();
        continue;
      }
      boolean running = c.deadline(kind).filter(d -> !d.isPaused()).isPresent();
      boolean ended = sinceEntering.stream().anyMatch(e -> (e instanceof CaseEvent.DeadlineExpired x && x.kind() == kind)
          || (e instanceof CaseEvent.AlertRaised a && a.kind() == kind)
          || (e instanceof CaseEvent.DeadlineCancelled x && x.kind() == kind)
          || (kind == DeadlineKind.REFUND_RETRY && e instanceof CaseEvent.RefundRetriesExhausted))
          || (kind == DeadlineKind.REFUND_RETRY && retriesGaveUp);
      assertThat(running || ended).as("%s of %s runs, or expired or was alerted since the case got there", kind, at)
          .isTrue();
    }
  }

  /**
   * Each deadline event fits the deadline as the case had it just before: a start is in the future
   * with reminders still to come, a pause keeps what was left, a resume gives it back, an expiry and
   * a reminder come when due and from the system.
   */
  private static void checkDeadlineEvents(List<RecordedEvent> history, String at,
      Optional<DeadlineCalculator> calculator) {
    AfterSalesCase state = null;
    for (RecordedEvent e : history) {
      AfterSalesCase before = state;
      state = CaseEvolver.apply(state, e);
      Instant t = e.occurredAt();
      String what = e.event() + " (" + e.id() + ") of " + at;
      if (e.event() instanceof CaseEvent.DeadlineStarted started) {
        Deadline d = started.deadline();
        assertThat(before.deadline(d.id())).as("%s: id already used", what).isEmpty();
        assertThat(before.deadline(d.kind())).as("%s: kind already there", what).isEmpty();
        // A complex dispute's first judgment counts from the escalation, so it may be due already.
        if (d.kind() != DeadlineKind.PLATFORM_COMPLEX_JUDGMENT) {
          assertThat(d.dueAt()).as("%s: due in the future", what).isAfter(t);
        }
        assertThat(d.isPaused()).as("%s: starts running", what).isFalse();
        assertThat(d.rule().remindBefore()).as("%s: reminders of its rule", what).containsAll(d.pendingReminders());
        d.pendingReminders().forEach(r -> assertThat(d.remindAt(r)).as("%s: reminder %s in the future", what, r).isAfter(t));
        assertThat(started.awaiting()).as("%s: awaits whom its state, or its side clock, awaits", what)
            .isEqualTo(Lifecycles.of(state.type()).awaiting(state.state(), d.kind()));
      } else if (e.event() instanceof CaseEvent.DeadlinePaused paused) {
        Deadline d = before.deadline(paused.deadline()).orElseThrow(() -> new AssertionError(what + ": no such deadline"));
        assertThat(d.isPaused()).as("%s: was running", what).isFalse();
        assertThat(paused.kind()).isEqualTo(d.kind());
        Duration wall = d.dueAt().isAfter(t) ? Duration.between(t, d.dueAt()) : Duration.ZERO;
        if (wallClock(d.rule().limit().unit())) {
          assertThat(paused.remaining()).as("%s: keeps what was left", what).isEqualTo(wall);
        } else {
          assertThat(paused.remaining().isNegative() || paused.remaining().compareTo(wall) > 0)
              .as("%s: keeps at most the wall time left, %s", what, wall).isFalse();
        }
      } else if (e.event() instanceof CaseEvent.DeadlineResumed resumed) {
        Deadline d = before.deadline(resumed.deadline()).orElseThrow(() -> new AssertionError(what + ": no such deadline"));
        assertThat(d.isPaused()).as("%s: was paused", what).isTrue();
        assertThat(resumed.kind()).isEqualTo(d.kind());
        Instant earliest = t.plus(d.pausedRemaining().orElseThrow());
        if (wallClock(d.rule().limit().unit())) {
          assertThat(resumed.dueAt()).as("%s: gives back what was left", what).isEqualTo(earliest);
        } else {
          assertThat(resumed.dueAt()).as("%s: gives back at least what was left", what).isAfterOrEqualTo(earliest);
          calculator.ifPresent(calc -> assertThat(calc.remaining(t, resumed.dueAt(), d.rule().limit().unit()))
              .as("%s: the working time from resuming to the new due time is what was left", what)
              .isEqualTo(d.pausedRemaining().orElseThrow()));
        }
      } else if (e.event() instanceof CaseEvent.DeadlineExpired expired) {
        Deadline d = before.deadline(expired.deadline()).orElseThrow(() -> new AssertionError(what + ": no such deadline"));
        assertThat(d.isPaused()).as("%s: was running", what).isFalse();
        assertThat(d.dueAt()).as("%s: was due", what).isBeforeOrEqualTo(t);
        assertThat(expired.kind()).isEqualTo(d.kind());
        assertThat(expired.action()).isEqualTo(d.rule().defaultAction());
        assertThat(e.actor()).as("%s: by the system", what).isEqualTo(Actor.SYSTEM);
      } else if (e.event() instanceof CaseEvent.ReminderSent reminder) {
        Deadline d = before.deadline(reminder.deadline()).orElseThrow(() -> new AssertionError(what + ": no such deadline"));
        assertThat(d.isPaused()).as("%s: was running", what).isFalse();
        assertThat(d.pendingReminders()).as("%s: was pending", what).contains(reminder.before());
        assertThat(d.remindAt(reminder.before())).as("%s: was due", what).isBeforeOrEqualTo(t);
        assertThat(reminder.dueAt()).isEqualTo(d.dueAt());
        assertThat(reminder.kind()).isEqualTo(d.kind());
        assertThat(e.actor()).as("%s: by the system", what).isEqualTo(Actor.SYSTEM);
      } else if (e.event() instanceof CaseEvent.DeadlineCancelled cancelled) {
        Deadline d = before.deadline(cancelled.deadline()).orElseThrow(() -> new AssertionError(what + ": no such deadline"));
        assertThat(cancelled.kind()).isEqualTo(d.kind());
        if (d.isPaused()) {
          // A paused clock resumes when the case goes back to the state it paused; it is dropped only
          // when the case goes elsewhere.
          Optional<CaseState> pausedState = Lifecycles.of(before.type()).spec(before.state()).pausesClockOf();
          Optional<CaseState> to = history.stream()
              .filter(o -> o.version() == e.version() && o.event() instanceof CaseEvent.StateChanged)
              .map(o -> ((CaseEvent.StateChanged) o.event()).to())
              .findFirst();
          assertThat(to).as("%s: a paused deadline is dropped only when the case moves", what).isPresent();
          assertThat(to).as("%s: dropped on going back to the state it paused", what).isNotEqualTo(pausedState);
        }
      }
    }
  }

  /** Limits in hours and calendar days count wall-clock time, so pausing and resuming is exact. */
  private static boolean wallClock(SlaUnit unit) {
    return unit == SlaUnit.HOURS || unit == SlaUnit.CALENDAR_DAYS;
  }

  /** Each accepted command adds exactly one version; the events of a version are indexed 0..n-1. */
  private static void checkVersions(AfterSalesCase c, List<RecordedEvent> history, String at) {
    assertThat(history.get(0).event()).as("first event of %s", at).isInstanceOf(CaseEvent.CaseOpened.class);
    long version = 0;
    int index = 0;
    for (RecordedEvent e : history) {
      assertThat(e.caseId()).as("case of event %s", e.id()).isEqualTo(c.id());
      assertThat(e.tenant()).as("tenant of event %s", e.id()).isEqualTo(c.tenant());
      if (e.version() == version) {
        assertThat(e.index()).as("index of event %s of %s", e.id(), at).isEqualTo(index);
        index++;
      } else {
        assertThat(e.version()).as("version after %s of %s", version, at).isEqualTo(version + 1);
        assertThat(e.index()).as("first index of version %s of %s", e.version(), at).isZero();
        version = e.version();
        index = 1;
      }
      if (e.version() > 1) {
        assertThat(e.event()).as("event %s of %s", e.id(), at).isNotInstanceOf(CaseEvent.CaseOpened.class);
      }
    }
    assertThat(c.version()).as("version of %s", at).isEqualTo(version);
    assertThat(c.openedAt()).as("openedAt of %s", at).isEqualTo(history.get(0).occurredAt());
    assertThat(c.updatedAt()).as("updatedAt of %s", at).isEqualTo(history.get(history.size() - 1).occurredAt());
  }

  private static void checkState(AfterSalesCase c, String at) {
    LifecycleTable table = Lifecycles.of(c.type());
    assertThat(table.states()).as("states of the %s table", c.type()).extracting(StateSpec::state).contains(c.state());
    StateSpec spec = table.spec(c.state());
    assertThat(c.outcome().isPresent()).as("outcome present <=> terminal, %s", at).isEqualTo(c.state().isTerminal());
    assertThat(spec.awaiting().isEmpty()).as("awaits nobody <=> terminal, %s", at).isEqualTo(c.state().isTerminal());
  }

  /** The StateChanged events chain from REQUESTED to the current state, each along a row of the table. */
  private static void checkStateChanges(AfterSalesCase c, List<RecordedEvent> history, String at) {
    LifecycleTable table = Lifecycles.of(c.type());
    CaseState state = CaseState.REQUESTED;
    long lastChangeVersion = -1;
    for (RecordedEvent e : history) {
      if (!(e.event() instanceof CaseEvent.StateChanged change)) {
        continue;
      }
      assertThat(e.version()).as("two state changes in version %s of %s", e.version(), at).isNotEqualTo(lastChangeVersion);
      lastChangeVersion = e.version();
      assertThat(change.from()).as("StateChanged %s of %s starts where the case was", e.id(), at).isEqualTo(state);
      assertThat(change.to()).as("StateChanged %s of %s moves", e.id(), at).isNotEqualTo(change.from());
      boolean aRow = table.transitions().stream().anyMatch(t -> t.from() == change.from()
          && t.actors().contains(e.actor())
          && ((t.to().equals(Optional.of(change.to())) && outcomeFits(t.outcome(), change.outcome()))
              || (t.completesIfRefunded() && change.to() == CaseState.COMPLETED
                  && outcomeFits(Optional.of(CaseOutcome.REFUNDED), change.outcome()))
              || (t.completesIfRefunded() && change.to() == CaseState.REFUND_FAILED && change.outcome().isEmpty())));
      assertThat(aRow).as("%s by %s in %s is a row of the %s table", change, e.actor(), e.id(), c.type()).isTrue();
      state = change.to();
    }
    assertThat(c.state()).as("state of %s is where its state changes lead", at).isEqualTo(state);
  }

  /** A row's REFUNDED ends a case that got back less than it paid as PARTIALLY_REFUNDED. */
  public static boolean outcomeFits(Optional<CaseOutcome> row, Optional<CaseOutcome> actual) {
    return row.equals(actual)
        || (row.equals(Optional.of(CaseOutcome.REFUNDED)) && actual.equals(Optional.of(CaseOutcome.PARTIALLY_REFUNDED)));
  }

  private static void checkDeadlines(AfterSalesCase c, String at) {
    LifecycleTable table = Lifecycles.of(c.type());
    StateSpec spec = table.spec(c.state());
    Set<String> ids = new HashSet<>();
    Set<DeadlineKind> kinds = new HashSet<>();
    for (Deadline d : c.deadlines()) {
      assertThat(ids.add(d.id().value())).as("deadline id %s twice on %s", d.id(), at).isTrue();
      assertThat(kinds.add(d.kind())).as("deadline kind %s twice on %s", d.kind(), at).isTrue();
      if (d.isPaused()) {
        assertThat(spec.pausesClockOf()).as("paused %s on %s, which pauses no state's clock", d.kind(), at).isPresent();
        assertThat(table.spec(spec.pausesClockOf().get()).deadlines())
            .as("paused %s on %s belongs to %s", d.kind(), at, spec.pausesClockOf().get()).contains(d.kind());
        assertThat(d.pausedRemaining().get().isNegative()).as("remaining of paused %s on %s is negative", d.kind(), at).isFalse();
      } else {
        boolean ofTheState = spec.deadlines().contains(d.kind())
            || table.sideClocks().containsKey(d.kind())
            || table.transitions().stream().anyMatch(t -> t.from() == c.state() && t.to().isEmpty()
                && t.starts().contains(d.kind()));
        assertThat(ofTheState).as("running %s on %s: the state's, a side clock or started by a row there", d.kind(), at)
            .isTrue();
      }
      assertThat(d.id().value()).as("id of %s on %s", d.kind(), at).startsWith(c.id().value() + "/").endsWith("/" + d.kind());
    }
    if (c.state().isTerminal()) {
      assertThat(c.deadlines()).as("deadlines of ended %s", at).isEmpty();
    }
  }

  private static void checkMoney(AfterSalesCase c, String at) {
    Money paid = c.amountPaid();
    assertThat(c.refundDue().currency()).as("currency of refundDue of %s", at).isEqualTo(paid.currency());
    assertThat(c.refunded().currency()).as("currency of refunded of %s", at).isEqualTo(paid.currency());
    assertThat(c.requestedRefund().isGreaterThan(paid)).as("requested %s > paid %s on %s", c.requestedRefund(), paid, at).isFalse();
    assertThat(c.refundDue().isGreaterThan(paid)).as("refundDue %s > paid %s on %s", c.refundDue(), paid, at).isFalse();
    assertThat(c.refunded().isGreaterThan(paid)).as("refunded %s > paid %s on %s", c.refunded(), paid, at).isFalse();
    assertThat(c.refunded().isZero() || c.refunded().equals(c.refundDue()))
        .as("refunded %s is zero or refundDue %s on %s", c.refunded(), c.refundDue(), at).isTrue();
    Optional<CaseOutcome> outcome = c.outcome();
    boolean refundOutcome = outcome.equals(Optional.of(CaseOutcome.REFUNDED))
        || outcome.equals(Optional.of(CaseOutcome.PARTIALLY_REFUNDED));
    if (refundOutcome) {
      assertThat(c.state()).as("state of refunded %s", at).isEqualTo(CaseState.COMPLETED);
      assertThat(c.refunded()).as("refunded at completion of %s", at).isEqualTo(c.refundDue());
      assertThat(c.refundAttempts()).as("refund attempts of %s", at).isPositive();
    }
    if (outcome.equals(Optional.of(CaseOutcome.REFUNDED))) {
      assertThat(c.refunded()).as("a REFUNDED case got back what it paid, %s", at).isEqualTo(paid);
    }
    if (outcome.equals(Optional.of(CaseOutcome.PARTIALLY_REFUNDED))) {
      assertThat(c.refunded().isLessThan(paid)).as("a PARTIALLY_REFUNDED case got back less, %s", at).isTrue();
    }
    if (!c.refunded().isZero()) {
      // An instant refund reaches the buyer before the goods are inspected; a failed inspection may then
      // end the case otherwise, the money with the buyer (the merchant's recovery is outside the case).
      assertThat(refundOutcome || c.instantRefund().isPresent())
          .as("money refunded on %s ended with %s, or was refunded instantly", at, outcome).isTrue();
      assertThat(c.instantRefund().map(r -> r.status() == InstantRefund.Status.CONFIRMED).orElse(true))
          .as("an instant refund of %s that reached the buyer is confirmed", at).isTrue();
    }
    if (c.state() == CaseState.REFUND_PENDING || c.state() == CaseState.REFUND_FAILED) {
      assertThat(c.refundAttempts()).as("refund attempts of %s", at).isPositive();
    }
  }

  /** Returns whether a command type is a row of the table in the state. */
  public static Optional<Transition> row(AfterSalesCase c, CommandType type) {
    return Lifecycles.of(c.type()).find(c.state(), type);
  }
}
