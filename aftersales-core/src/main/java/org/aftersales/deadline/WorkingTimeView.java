package org.aftersales.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.calendar.BusinessHours;
import org.aftersales.calendar.FallbackCalendar;
import org.aftersales.calendar.ImmutableWorkingCalendar;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.calendar.WorkingCalendar;

/**
 * A calendar's working days with every hour of them counted: the clock that a paused
 * "N working days" limit keeps its remaining time on.
 */
final class WorkingTimeView implements WorkingCalendar {

  private final WorkingCalendar calendar;
  /** The same view precomputed, when the calendar is one of the data calendars; else null. */
  private final WorkingCalendar precomputed;

  WorkingTimeView(WorkingCalendar calendar) {
    this.calendar = calendar;
    this.precomputed = precomputed(calendar);
  }

  private static WorkingCalendar precomputed(WorkingCalendar calendar) {
    if (calendar instanceof ImmutableWorkingCalendar data) {
      return data.withHours(BusinessHours.ALL_DAY);
    }
    if (calendar instanceof FallbackCalendar estimating) {
      return FallbackCalendar.of(estimating.data().withHours(BusinessHours.ALL_DAY),
          WeekendsOnlyCalendar.of(estimating.zone(), BusinessHours.ALL_DAY));
    }
    return null;
  }

  @Override
  public ZoneId zone() {
    return calendar.zone();
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return calendar.isWorkingDay(date);
  }

  @Override
  public boolean isFallback(LocalDate date) {
    return calendar.isFallback(date);
  }

  @Override
  public BusinessHours businessHours(LocalDate date) {
    return calendar.isWorkingDay(date) ? BusinessHours.ALL_DAY : BusinessHours.NONE;
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate date, int amount) {
    return calendar.plusWorkingDays(date, amount);
  }

  @Override
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    return calendar.workingDaysBetween(startInclusive, endExclusive);
  }

  @Override
  public Instant plusBusinessTime(Instant start, Duration amount) {
    return precomputed == null ? WorkingCalendar.super.plusBusinessTime(start, amount)
        : precomputed.plusBusinessTime(start, amount);
  }

  @Override
  public Duration businessTimeBetween(Instant startInclusive, Instant endExclusive) {
    return precomputed == null ? WorkingCalendar.super.businessTimeBetween(startInclusive, endExclusive)
        : precomputed.businessTimeBetween(startInclusive, endExclusive);
  }
}
