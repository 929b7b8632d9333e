package org.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Checks the constant-time arithmetic of {@link WeekendsOnlyCalendar} against a plain day-by-day
 * loop, and the laws that tie its methods together.
 */
class WeekendsOnlyCalendarPropertyTest {

  private static final WeekendsOnlyCalendar CALENDAR =
      WeekendsOnlyCalendar.of(ZoneId.of("Asia/Shanghai"));
  private static final WorkingCalendar DEFAULTS =
      StubCalendar.defaultsOf(CALENDAR, BusinessHours.ALL_DAY);

  private static Gen<LocalDate> dates() {
    return integers()
        .between(
            (int) LocalDate.of(2000, 1, 1).toEpochDay(),
            (int) LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static Gen<Integer> amounts() {
    return integers().between(-600, 600);
  }

  private static boolean weekday(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static LocalDate loopPlusWorkingDays(LocalDate date, int amount) {
    LocalDate shifted = date;
    for (int left = Math.abs(amount); left > 0; ) {
      shifted = shifted.plusDays(Integer.signum(amount));
      if (weekday(shifted)) {
        left--;
      }
    }
    return shifted;
  }

  private static int loopWorkingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    int count = 0;
    for (LocalDate date = startInclusive; date.isBefore(endExclusive); date = date.plusDays(1)) {
      if (weekday(date)) {
        count++;
      }
    }
    for (LocalDate date = endExclusive; date.isBefore(startInclusive); date = date.plusDays(1)) {
      if (weekday(date)) {
        count--;
      }
    }
    return count;
  }

  @Test
  void plusWorkingDaysMatchesLoop() {
    qt().forAll(dates(), amounts())
        .checkAssert(
            (date, amount) ->
                assertThat(CALENDAR.plusWorkingDays(date, amount))
                    .isEqualTo(loopPlusWorkingDays(date, amount)));
  }

  @Test
  void workingDaysBetweenMatchesLoop() {
    qt().forAll(dates(), dates())
        .checkAssert(
            (start, end) ->
                assertThat(CALENDAR.workingDaysBetween(start, end))
                    .isEqualTo(loopWorkingDaysBetween(start, end)));
  }

  @Test
  void overridesMatchDefaultMethods() {
    qt().forAll(dates(), amounts())
        .checkAssert(
            (date, amount) -> {
              LocalDate end = date.plusDays(amount);
              assertThat(CALENDAR.plusWorkingDays(date, amount))
                  .isEqualTo(DEFAULTS.plusWorkingDays(date, amount));
              assertThat(CALENDAR.workingDaysBetween(date, end))
                  .isEqualTo(DEFAULTS.workingDaysBetween(date, end));
            });
  }

  @Test
  void workingDaysBetweenInvertsPlusWorkingDaysFromWorkingDay() {
    qt().forAll(dates().map(CALENDAR::nextOrSameWorkingDay), amounts())
        .checkAssert(
            (date, amount) -> {
              LocalDate shifted = CALENDAR.plusWorkingDays(date, amount);
              assertThat(CALENDAR.workingDaysBetween(date, shifted)).isEqualTo(amount);
            });
  }

  @Test
  void plusWorkingDaysInvertsWorkingDaysBetweenOfWorkingDays() {
    Gen<LocalDate> workingDays = dates().map(CALENDAR::previousOrSameWorkingDay);
    qt().forAll(workingDays, workingDays)
        .checkAssert(
            (start, end) ->
                assertThat(CALENDAR.plusWorkingDays(start, CALENDAR.workingDaysBetween(start, end)))
                    .isEqualTo(end));
  }

  @Test
  void plusNonZeroWorkingDaysIsWorkingDay() {
    qt().forAll(dates(), amounts())
        .assuming((date, amount) -> amount != 0)
        .checkAssert(
            (date, amount) ->
                assertThat(CALENDAR.isWorkingDay(CALENDAR.plusWorkingDays(date, amount))).isTrue());
  }

  @Test
  void plusWorkingDaysIsStrictlyIncreasingInAmount() {
    qt().forAll(dates(), amounts())
        .checkAssert(
            (date, amount) ->
                assertThat(CALENDAR.plusWorkingDays(date, amount))
                    .isBefore(CALENDAR.plusWorkingDays(date, amount + 1)));
  }

  @Test
  void workingDaysBetweenIsAdditive() {
    qt().forAll(dates(), dates(), dates())
        .checkAssert(
            (a, b, c) ->
                assertThat(CALENDAR.workingDaysBetween(a, b) + CALENDAR.workingDaysBetween(b, c))
                    .isEqualTo(CALENDAR.workingDaysBetween(a, c)));
  }

  @Test
  void adjacentWorkingDaysAgreeWithPlusWorkingDays() {
    qt().forAll(dates())
        .checkAssert(
            date -> {
              assertThat(CALENDAR.nextWorkingDay(date))
                  .isEqualTo(CALENDAR.plusWorkingDays(date, 1));
              assertThat(CALENDAR.previousWorkingDay(date))
                  .isEqualTo(CALENDAR.plusWorkingDays(date, -1));
            });
  }
}
