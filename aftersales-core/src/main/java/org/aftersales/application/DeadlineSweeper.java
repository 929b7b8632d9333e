package org.aftersales.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.Lifecycles;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.store.DeadlineQueue;
import org.aftersales.store.DueTimer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies due deadlines' default actions and sends due reminders, as {@code SYSTEM} commands through
 * the {@link AfterSalesService}.
 *
 * <p>Any number of sweepers, on any number of nodes, may run at once. Each claims a batch of due
 * timers under a lease; the command's idempotency key is the deadline's (or the reminder's), and
 * the commit that applies it removes the timer, so each default action happens exactly once. A
 * sweeper that dies leaves its claims to expire with the lease; another sweeper then takes them.
 *
 * <p>Instances are thread-safe; one instance sweeps one batch at a time per call.
 */
public final class DeadlineSweeper {

  private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);

  /** The longest wait between retries of a timer that keeps failing. */
  static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);

  private final DeadlineQueue queue;
  private final AfterSalesService service;
  private final Clock clock;
  private final String owner;
  private final int batchSize;
  private final Duration lease;
  private final Duration retryDelay;

  /**
   * Creates a sweeper.
   *
   * @param queue the due timers
   * @param service the service the commands go through
   * @param clock the only source of "now"
   * @param owner this sweeper's name in leases; unique per node
   * @param batchSize how many timers one claim takes, at least 1
   * @param lease how long a claim holds; longer than a batch takes to apply
   * @param retryDelay how long a refused timer waits at least before it is claimed again; a timer
   *     that keeps failing waits as long as it has been overdue, up to an hour, so a fault that does
   *     not clear costs a few attempts an hour rather than one a minute
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if batchSize is below 1 or a duration is not positive
   */
  public DeadlineSweeper(DeadlineQueue queue, AfterSalesService service, Clock clock, String owner, int batchSize,
      Duration lease, Duration retryDelay) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.service = Objects.requireNonNull(service, "service");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.lease = positive(lease, "lease");
    this.retryDelay = positive(retryDelay, "retryDelay");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, but was " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /** Returns a sweeper with batches of 100, a 5-minute lease and a 1-minute retry delay. */
  public static DeadlineSweeper of(DeadlineQueue queue, AfterSalesService service, Clock clock, String owner) {
    return new DeadlineSweeper(queue, service, clock, owner, 100, Duration.ofMinutes(5), Duration.ofMinutes(1));
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, but was " + value);
    }
    return value;
  }

  /** Claims one batch of due timers and applies them. */
  public SweepResult sweepOnce() {
    Instant now = clock.instant();
    List<DueTimer> batch = queue.claimDue(now, batchSize, owner, lease);
    int applied = 0;
    int refused = 0;
    int stale = 0;
    for (DueTimer timer : batch) {
      CommandOutcome outcome;
      try {
        outcome = service.handle(envelopeFor(timer));
      } catch (Exception e) {
        // One broken timer (an unreachable store, a bug, a host's sneaky checked exception) must not
        // hold up the rest of the batch.
        Duration wait = backOff(timer, now);
        log.error("timer {} of case {} failed; retrying after {}", timer.id(), timer.caseId(), wait, e);
        queue.release(timer.id(), owner, now.plus(wait));
        refused++;
        continue;
      }
      if (outcome.isAccepted()) {
        applied++;
      } else if (((CommandOutcome.Rejected) outcome).rejection().code() == RejectionCode.DEADLINE_NOT_RUNNING) {
        // The case moved on since the timer was claimed; the commit that moved it removes the timer.
        stale++;
      } else {
        refused++;
        Duration wait = backOff(timer, now);
        log.warn("timer {} of case {} refused: {}; retrying after {}", timer.id(), timer.caseId(),
            ((CommandOutcome.Rejected) outcome).rejection(), wait);
        queue.release(timer.id(), owner, now.plus(wait));
      }
    }
    return new SweepResult(batch.size(), applied, stale, refused);
  }

  /** Waits as long as the timer has been overdue (doubling with every retry), within retryDelay and an hour. */
  private Duration backOff(DueTimer timer, Instant now) {
    Duration overdue = Duration.between(timer.dueAt(), now);
    Duration wait = overdue.compareTo(retryDelay) < 0 ? retryDelay : overdue;
    return wait.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : wait;
  }

  /** Sweeps batch after batch until a claim comes back less than full. */
  public SweepResult sweepAllDue() {
    SweepResult total = new SweepResult(0, 0, 0, 0);
    SweepResult last;
    do {
      last = sweepOnce();
      total = total.plus(last);
    } while (last.claimed() == batchSize);
    return total;
  }

  /**
   * Sweeps on an executor every {@code interval} until the returned future is cancelled. A failing
   * sweep is logged and the next one runs as planned, whatever it threw: an executor cancels a
   * periodic task that throws, which would silently stop every default action.
   *
   * @throws NullPointerException if any argument is null
   */
  public ScheduledFuture<?> scheduleOn(ScheduledExecutorService executor, Duration interval) {
    Objects.requireNonNull(executor, "executor");
    positive(interval, "interval");
    return executor.scheduleWithFixedDelay(() -> {
      try {
        sweepAllDue();
      } catch (Throwable e) {
        log.error("deadline sweep failed; the next sweep retries", e);
      }
    }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Returns the system command a timer causes, keyed by the deadline or reminder so it happens once. */
  static CommandEnvelope envelopeFor(DueTimer timer) {
    CaseCommand command = timer.reminderBefore()
        .<CaseCommand>map(before -> new CaseCommand.SendReminder(timer.deadlineId(), before))
        .orElseGet(() -> Lifecycles.commandFor(timer.action()));
    String key = (timer.isReminder() ? CommandEnvelope.REMINDER_KEY_PREFIX : CommandEnvelope.DEADLINE_KEY_PREFIX)
        + timer.id();
    return CommandEnvelope.fromDeadline(timer.tenant(), timer.caseId(), timer.deadlineId(), IdempotencyKey.of(key), command);
  }
}
