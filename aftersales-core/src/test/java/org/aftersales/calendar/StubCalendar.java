package org.aftersales.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A calendar implementing only the abstract methods, so that every other method runs the
 * interface's default implementation.
 */
record StubCalendar(ZoneId zone, Predicate<LocalDate> workingDays, BusinessHours hours)
    implements WorkingCalendar {

  static StubCalendar everyDay(ZoneId zone, BusinessHours hours) {
    return new StubCalendar(zone, date -> true, hours);
  }

  /** The same working days and hours as {@code calendar}, without its overrides. */
  static StubCalendar defaultsOf(WorkingCalendar calendar, BusinessHours hours) {
    return new StubCalendar(calendar.zone(), calendar::isWorkingDay, hours);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return workingDays.test(Objects.requireNonNull(date, "date"));
  }

  @Override
  public BusinessHours businessHours(LocalDate date) {
    return isWorkingDay(date) ? hours : BusinessHours.NONE;
  }
}
