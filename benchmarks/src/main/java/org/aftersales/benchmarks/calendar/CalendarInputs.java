package org.aftersales.benchmarks.calendar;

import java.time.LocalDate;
import org.aftersales.calendar.ImmutableWorkingCalendar;

/**
 * The start dates the calendar benchmarks cycle through: 64 working days spread over 2024 and 2025,
 * so that 250 working days later is still inside the data (which ends with 2026), and so that the JIT
 * cannot fold a single constant answer. Working days only, because datecalc first rolls a holiday start
 * forward and then counts, where our calendar never counts the start: on working days the two agree.
 */
public final class CalendarInputs {

  /** How many starts there are; a power of two, so that cycling is a mask. */
  public static final int COUNT = 64;

  private CalendarInputs() {}

  /** Returns the starts: the next-or-same working day of every 11th day from 2024-01-02. */
  public static LocalDate[] starts(ImmutableWorkingCalendar calendar) {
    LocalDate[] starts = new LocalDate[COUNT];
    for (int i = 0; i < COUNT; i++) {
      starts[i] = calendar.nextOrSameWorkingDay(LocalDate.of(2024, 1, 2).plusDays(11L * i));
    }
    return starts;
  }

  /** Returns the end of each start's range of {@code workingDays} working days: the day after the last. */
  public static LocalDate[] ends(ImmutableWorkingCalendar calendar, LocalDate[] starts, int workingDays) {
    LocalDate[] ends = new LocalDate[starts.length];
    for (int i = 0; i < starts.length; i++) {
      ends[i] = calendar.plusWorkingDays(starts[i], workingDays - 1).plusDays(1);
    }
    return ends;
  }
}
