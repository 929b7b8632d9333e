package org.aftersales.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.DeadlineId;
import org.aftersales.casefile.TenantId;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;

/**
 * A moment at which the sweeper must act on a case: a deadline's end (its default action) or one
 * of its reminders. Timers are derived from the case's running deadlines and change in the same
 * commit as the case.
 *
 * @param id unique: the deadline id, plus the reminder's offset for a reminder
 * @param tenant the case's tenant
 * @param caseId the case
 * @param deadlineId the deadline
 * @param kind the deadline's kind
 * @param action the deadline's default action
 * @param reminderBefore present for a reminder: how long before the deadline's end it goes out
 * @param dueAt when the sweeper should act
 */
public record DueTimer(
    String id,
    TenantId tenant,
    CaseId caseId,
    DeadlineId deadlineId,
    DeadlineKind kind,
    DefaultAction action,
    Optional<Duration> reminderBefore,
    Instant dueAt) {

  /**
   * Validates the timer.
   *
   * @throws NullPointerException if any argument is null
   */
  public DueTimer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(deadlineId, "deadlineId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reminderBefore, "reminderBefore");
    Objects.requireNonNull(dueAt, "dueAt");
  }

  /** Returns the timer of a deadline's end. */
  public static DueTimer expiry(TenantId tenant, CaseId caseId, Deadline deadline) {
    return new DueTimer(deadline.id().value(), tenant, caseId, deadline.id(), deadline.kind(),
        deadline.rule().defaultAction(), Optional.empty(), deadline.dueAt());
  }

  /** Returns the timer of one of a deadline's reminders. */
  public static DueTimer reminder(TenantId tenant, CaseId caseId, Deadline deadline, Duration before) {
    return new DueTimer(deadline.id().value() + "@" + before, tenant, caseId, deadline.id(), deadline.kind(),
        deadline.rule().defaultAction(), Optional.of(before), deadline.remindAt(before));
  }

  /** Returns whether this is a reminder rather than a deadline's end. */
  public boolean isReminder() {
    return reminderBefore.isPresent();
  }
}
