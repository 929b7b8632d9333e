package org.aftersales.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.calendar.BusinessHours;
import org.aftersales.calendar.WorkingCalendar;

/**
 * A calendar's working days with every hour of them counted: the clock that a paused
 * "N working days" limit keeps its remaining time on.
 */
final class WorkingTimeView implements WorkingCalendar {

  private final WorkingCalendar calendar;

  WorkingTimeView(WorkingCalendar calendar) {
    this.calendar = calendar;
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
}
