package org.aftersales.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.RecordedEvent;

/**
 * Everything one accepted command changes, written together or not at all: the case's new state
 * (guarded by the version it was decided on), its new events, the timers its deadlines start and
 * stop, the order lines it starts or stops covering, the outbox messages and the idempotency record.
 *
 * @param after the case after the command
 * @param expectedVersion the version the command was decided on; 0 for a new case
 * @param events the new events, all of version {@code after.version()}
 * @param timersToSchedule timers to add or move
 * @param timerIdsToCancel timers to remove
 * @param linesToClaim order lines a new case starts to cover; the store refuses the commit with
 *     {@link OrderLineInOpenCaseException} if another open case covers one
 * @param linesToRelease order lines an ended case stops covering
 * @param outbox messages to publish
 * @param idempotency the record kept under the command's idempotency key
 */
public record CaseCommit(
    AfterSalesCase after,
    long expectedVersion,
    List<RecordedEvent> events,
    List<DueTimer> timersToSchedule,
    List<String> timerIdsToCancel,
    List<OrderLineKey> linesToClaim,
    List<OrderLineKey> linesToRelease,
    List<OutboxMessage.CaseEventMessage> outbox,
    IdempotencyRecord idempotency) {

  /**
   * Validates the commit and copies its lists.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the new version is not one more than the expected one
   */
  public CaseCommit {
    Objects.requireNonNull(after, "after");
    events = List.copyOf(events);
    timersToSchedule = List.copyOf(timersToSchedule);
    timerIdsToCancel = List.copyOf(timerIdsToCancel);
    linesToClaim = List.copyOf(linesToClaim);
    linesToRelease = List.copyOf(linesToRelease);
    outbox = List.copyOf(outbox);
    Objects.requireNonNull(idempotency, "idempotency");
    if (after.version() != expectedVersion + 1) {
      throw new IllegalArgumentException(
          "a commit makes version " + (expectedVersion + 1) + ", not " + after.version() + ", of case " + after.id());
    }
  }

  /**
   * Returns the commit that takes a case from {@code before} (null for a new case) to {@code after}:
   * its timers are the difference between the two cases' running deadlines and reminders, and every
   * event goes to the outbox. A new case claims its order lines; a case that ends releases them.
   *
   * @throws NullPointerException if after, events or idempotency is null
   */
  public static CaseCommit between(AfterSalesCase before, AfterSalesCase after, List<RecordedEvent> events,
      IdempotencyRecord idempotency) {
    Map<String, DueTimer> old = timersOf(before);
    Map<String, DueTimer> now = timersOf(after);
    List<DueTimer> schedule = new ArrayList<>();
    now.forEach((id, timer) -> {
      if (!timer.equals(old.get(id))) {
        schedule.add(timer);
      }
    });
    List<String> cancel = old.keySet().stream().filter(id -> !now.containsKey(id)).sorted().toList();
    List<OrderLineKey> claim = before == null ? OrderLineKey.of(after) : List.of();
    boolean ends = after.state().isTerminal() && (before == null || !before.state().isTerminal());
    List<OrderLineKey> release = ends ? OrderLineKey.of(after) : List.of();
    List<OutboxMessage.CaseEventMessage> outbox = events.stream().map(OutboxMessage::of).toList();
    return new CaseCommit(after, before == null ? 0 : before.version(), events, schedule, cancel, claim, release,
        outbox, idempotency);
  }

  /** Returns the timers a case's running deadlines need: each one's end and its pending reminders. */
  public static Map<String, DueTimer> timersOf(AfterSalesCase c) {
    Map<String, DueTimer> timers = new HashMap<>();
    if (c == null) {
      return timers;
    }
    for (Deadline deadline : c.runningDeadlines()) {
      DueTimer expiry = DueTimer.expiry(c.tenant(), c.id(), deadline);
      timers.put(expiry.id(), expiry);
      for (Duration before : deadline.pendingReminders()) {
        DueTimer reminder = DueTimer.reminder(c.tenant(), c.id(), deadline, before);
        timers.put(reminder.id(), reminder);
      }
    }
    return timers;
  }
}
