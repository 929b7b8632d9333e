package org.aftersales.benchmarks.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.aftersales.calendar.ImmutableWorkingCalendar;

/**
 * The loop a team writes first: hash sets of holidays and make-up working days, and a walk over the
 * dates one by one. Fed the same data as our calendar; answers for working-day starts as it does.
 */
public final class DayByDayCalendar {

  private final Set<DayOfWeek> restDays;
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> makeUpWorkingDays;

  /** Copies the weekly rest days, holidays and make-up working days of {@code data}. */
  public DayByDayCalendar(ImmutableWorkingCalendar data) {
    this.restDays = Set.copyOf(data.restDays());
    this.holidays = new HashSet<>(data.holidays());
    this.makeUpWorkingDays = new HashSet<>(data.makeUpWorkingDays());
  }

  /** Checks a date: a make-up day works, a holiday rests, else the weekday decides. */
  public boolean isWorkingDay(LocalDate date) {
    if (makeUpWorkingDays.contains(date)) {
      return true;
    }
    return !holidays.contains(date) && !restDays.contains(date.getDayOfWeek());
  }

  /** Returns the {@code amount}-th working day after {@code date}, {@code amount} at least 1. */
  public LocalDate plusWorkingDays(LocalDate date, int amount) {
    LocalDate day = date;
    for (int left = amount; left > 0; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** Counts the working days from {@code startInclusive} to {@code endExclusive}, start not after end. */
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    int count = 0;
    for (LocalDate day = startInclusive; day.isBefore(endExclusive); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
