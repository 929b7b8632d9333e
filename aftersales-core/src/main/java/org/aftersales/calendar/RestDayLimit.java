package org.aftersales.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * How far the day-by-day defaults of {@link WorkingCalendar} search before deciding the calendar
 * is broken: a year without a single working day (or business hour) is a data error, and looping
 * forever on it would hang the deadline sweeper.
 */
final class RestDayLimit {

  /** The longest run of rest days a calendar may have. */
  static final int DAYS = 366;

  private RestDayLimit() {}

  static DateTimeException exceeded(LocalDate from, String what) {
    return new DateTimeException("no " + what + " within " + DAYS + " days of " + from
        + "; the calendar's data has no working days there");
  }
}
