package org.aftersales.calendar;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The plain day-by-day reference for a calendar's arithmetic: the same working days and hours,
 * asked one date at a time, with every other answer from {@link WorkingCalendar}'s default
 * methods, which walk day by day.
 */
record DayLoopReference(WorkingCalendar calendar) implements WorkingCalendar {

  @Override
  public ZoneId zone() {
    return calendar.zone();
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return calendar.isWorkingDay(date);
  }

  @Override
  public BusinessHours businessHours(LocalDate date) {
    return calendar.businessHours(date);
  }
}
