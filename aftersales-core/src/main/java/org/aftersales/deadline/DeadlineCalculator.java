package org.aftersales.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.calendar.WorkingCalendar;

/**
 * Turns a {@link SlaLimit} into a due instant on a {@link WorkingCalendar}, and measures and
 * restores what is left of a limit when its clock pauses and resumes.
 *
 * <p>While paused, a clock keeps what was left in the limit's own unit: elapsed time for hours and
 * calendar days, business time for business hours, and working time (every moment of a working day)
 * for working days. Resuming adds that back from the moment of resumption, so time spent waiting on
 * the other party, weekends and holidays never count.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DeadlineCalculator {

  private final WorkingCalendar calendar;
  private final WorkingCalendar workingTime;
  private final DayConvention convention;

  /**
   * Returns a calculator on a calendar with a convention for working days.
   *
   * @throws NullPointerException if any argument is null
   */
  public DeadlineCalculator(WorkingCalendar calendar, DayConvention convention) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.convention = Objects.requireNonNull(convention, "convention");
    this.workingTime = new WorkingTimeView(calendar);
  }

  /** Returns the calendar deadlines are counted on. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns when a step that starts at {@code start} with {@code limit} is due.
   *
   * <p>{@link SlaUnit#WORKING_DAYS} ends as the {@link DayConvention} says; a start on a rest day
   * counts from the next working day. Business hours begin at the next opening when the start is
   * outside them.
   *
   * @throws NullPointerException if any argument is null
   */
  public Instant dueAt(Instant start, SlaLimit limit) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(limit, "limit");
    return switch (limit.unit()) {
      case HOURS -> start.plus(Duration.ofHours(limit.amount()));
      case CALENDAR_DAYS -> start.atZone(calendar.zone()).plusDays(limit.amount()).toInstant();
      case BUSINESS_HOURS -> calendar.plusBusinessTime(start, Duration.ofHours(limit.amount()));
      case WORKING_DAYS -> workingDaysDue(start, limit.amount());
    };
  }

  /**
   * Returns how {@code due}, counted from {@code countedFrom} in {@code unit}, can be counted again,
   * if the calendar estimated it with a fallback; empty if it rests on real data.
   *
   * <p>Only working days and business hours depend on the calendar's data. The calendar's data is
   * one range of dates, so a count is estimated exactly when its first or last date is a fallback date.
   * The last date is the one {@code due} ends: a due instant at midnight ends the day before it, so a
   * count ending at midnight after the data's last day rests on data alone.
   *
   * @param countedFrom the instant the count started
   * @param due the due instant it gave
   * @param unit the unit of the limit
   * @param resumedWith what was left of the limit if the count resumed a paused clock, else empty
   * @return the basis to count again with, or empty
   * @throws NullPointerException if any argument is null
   */
  public Optional<FallbackBasis> fallbackBasis(
      Instant countedFrom, Instant due, SlaUnit unit, Optional<Duration> resumedWith) {
    Objects.requireNonNull(countedFrom, "countedFrom");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(resumedWith, "resumedWith");
    boolean calendarDependent = unit == SlaUnit.WORKING_DAYS || unit == SlaUnit.BUSINESS_HOURS;
    // A count ending at midnight (the end of its last working day, or a window closing at 24:00)
    // counted the day before; the instant itself already reads the next date.
    Instant lastCounted = due.isAfter(countedFrom) ? due.minusNanos(1) : due;
    boolean estimated = calendarDependent
        && (calendar.isFallback(LocalDate.ofInstant(countedFrom, calendar.zone()))
            || calendar.isFallback(LocalDate.ofInstant(lastCounted, calendar.zone())));
    return estimated ? Optional.of(new FallbackBasis(countedFrom, resumedWith)) : Optional.empty();
  }

  /**
   * Counts an estimated due instant again on this calculator's calendar, as {@link #dueAt} or
   * {@link #resume} counted it first, then replaying every pause and resumption of the basis.
   *
   * @param basis how the estimate was counted
   * @param limit the limit of the deadline
   * @return the due instant on the calendar as it is now; for a paused basis, the one the clock
   *     had when it paused
   * @throws NullPointerException if any argument is null
   */
  public Instant recount(FallbackBasis basis, SlaLimit limit) {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(limit, "limit");
    Instant due = basis.resumedWith()
        .map(remaining -> resume(basis.countedFrom(), remaining, limit.unit()))
        .orElseGet(() -> dueAt(basis.countedFrom(), limit));
    List<Instant> interruptions = basis.interruptions();
    for (int i = 0; i + 1 < interruptions.size(); i += 2) {
      due = resume(interruptions.get(i + 1), remaining(interruptions.get(i), due, limit.unit()), limit.unit());
    }
    return due;
  }

  /**
   * Counts again what a clock paused on an estimate had left when it paused.
   *
   * @param basis how the estimate was counted, paused
   * @param limit the limit of the deadline
   * @return what was left at the pause, on the calendar as it is now
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code basis} is not paused
   */
  public Duration recountRemaining(FallbackBasis basis, SlaLimit limit) {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(limit, "limit");
    if (!basis.isPaused()) {
      throw new IllegalArgumentException("the clock counted from " + basis.countedFrom() + " is not paused");
    }
    Instant pausedAt = basis.interruptions().get(basis.interruptions().size() - 1);
    return remaining(pausedAt, recount(basis, limit), limit.unit());
  }

  private Instant workingDaysDue(Instant start, int amount) {
    ZonedDateTime local = start.atZone(calendar.zone());
    LocalDate day = calendar.plusWorkingDays(local.toLocalDate(), amount);
    Instant endOfDay = day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    if (convention == DayConvention.END_OF_DAY || !calendar.isWorkingDay(local.toLocalDate())) {
      // A rest-day start has no time of day worth keeping: 01:00 on Saturday would leave one hour of Monday.
      return endOfDay;
    }
    Instant sameTime = ZonedDateTime.of(day, local.toLocalTime(), calendar.zone()).toInstant();
    // Name the first moment the working time runs out, as resume() does: from a midnight start that is
    // 24:00 of the last working day, not 00:00 after the weekend, so a pause and resume keep the due instant.
    return workingTime.plusBusinessTime(start, workingTime.businessTimeBetween(start, sameTime));
  }

  /**
   * Returns what is left of a limit in {@code unit} between {@code now} and {@code dueAt}, or zero
   * if the due instant has passed.
   *
   * @throws NullPointerException if any argument is null
   */
  public Duration remaining(Instant now, Instant dueAt, SlaUnit unit) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(unit, "unit");
    if (!dueAt.isAfter(now)) {
      return Duration.ZERO;
    }
    return switch (unit) {
      case HOURS, CALENDAR_DAYS -> Duration.between(now, dueAt);
      case BUSINESS_HOURS -> calendar.businessTimeBetween(now, dueAt);
      case WORKING_DAYS -> workingTime.businessTimeBetween(now, dueAt);
    };
  }

  /**
   * Returns the new due instant of a clock resumed at {@code now} with {@code remaining} left in {@code unit}.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if remaining is negative
   */
  public Instant resume(Instant now, Duration remaining, SlaUnit unit) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(remaining, "remaining");
    Objects.requireNonNull(unit, "unit");
    if (remaining.isNegative()) {
      throw new IllegalArgumentException("remaining must not be negative, but was " + remaining);
    }
    return switch (unit) {
      case HOURS, CALENDAR_DAYS -> now.plus(remaining);
      case BUSINESS_HOURS -> calendar.plusBusinessTime(now, remaining);
      case WORKING_DAYS -> workingTime.plusBusinessTime(now, remaining);
    };
  }
}
