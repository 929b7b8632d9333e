package org.aftersales.examples.demo;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.aftersales.calendar.WorkingCalendar;

/**
 * Prints the simulated days as the calendar sees them: working day, weekend, public holiday, or
 * make-up working day (调休) on a weekend, each read from the calendar rather than written down.
 */
final class CalendarStrip {

  private CalendarStrip() {}

  static void print(WorkingCalendar calendar, LocalDate first, LocalDate last, PrintStream out) {
    StringBuilder dates = new StringBuilder("  date  ");
    StringBuilder days = new StringBuilder("  day   ");
    StringBuilder kinds = new StringBuilder("  kind  ");
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      dates.append(String.format("%7s", String.format("%02d-%02d", date.getMonthValue(), date.getDayOfMonth())));
      days.append(String.format("%7s", date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)));
      kinds.append(String.format("%7s", kind(calendar, date)));
    }
    out.println(dates);
    out.println(days);
    out.println(kinds);
    out.println("  (work: working day; rest: weekend; HOL: public holiday; MAKEUP: weekend made a working day)");
  }

  private static String kind(WorkingCalendar calendar, LocalDate date) {
    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    boolean working = calendar.isWorkingDay(date);
    if (working) {
      return weekend ? "MAKEUP" : "work";
    }
    return weekend ? "rest" : "HOL";
  }
}
