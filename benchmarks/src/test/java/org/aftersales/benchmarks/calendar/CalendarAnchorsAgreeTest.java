package org.aftersales.benchmarks.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.calendar.ImmutableWorkingCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The day loop and datecalc must give our calendar's answers, make-up working days included, or the
 * calendar benchmark compares different questions.
 */
class CalendarAnchorsAgreeTest {

  private static final ImmutableWorkingCalendar CN = ChinaCalendars.mainland();
  private static final DayByDayCalendar LOOP = new DayByDayCalendar(CN);
  private static final DatecalcCalendar DATECALC = new DatecalcCalendar(CN);

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 250})
  void allThreeShiftTheBenchmarkStartsAlike(int n) {
    for (LocalDate start : CalendarInputs.starts(CN)) {
      LocalDate ours = CN.plusWorkingDays(start, n);
      assertThat(LOOP.plusWorkingDays(start, n)).as("loop from %s", start).isEqualTo(ours);
      assertThat(DATECALC.plusWorkingDays(start, n)).as("datecalc from %s", start).isEqualTo(ours);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 250})
  void allThreeCountTheBenchmarkRangesAsNWorkingDays(int n) {
    LocalDate[] starts = CalendarInputs.starts(CN);
    LocalDate[] ends = CalendarInputs.ends(CN, starts, n);
    for (int i = 0; i < starts.length; i++) {
      assertThat(CN.workingDaysBetween(starts[i], ends[i])).isEqualTo(n);
      assertThat(LOOP.workingDaysBetween(starts[i], ends[i])).as("loop from %s", starts[i]).isEqualTo(n);
      assertThat(DATECALC.workingDaysBetween(starts[i], ends[i])).as("datecalc from %s", starts[i]).isEqualTo(n);
    }
  }

  /** Every working day of 2024 and 2025, so every holiday and make-up day (调休) of the data is crossed. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 8})
  void allThreeAgreeFromEveryWorkingDayOfTwoYearsAcrossHolidaysAndMakeUpDays(int n) {
    for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() < 2026; day = day.plusDays(1)) {
      if (!CN.isWorkingDay(day)) {
        continue;
      }
      LocalDate ours = CN.plusWorkingDays(day, n);
      assertThat(LOOP.plusWorkingDays(day, n)).as("loop from %s", day).isEqualTo(ours);
      assertThat(DATECALC.plusWorkingDays(day, n)).as("datecalc from %s", day).isEqualTo(ours);
      assertThat(CN.workingDaysBetween(day, ours)).isEqualTo(n);
      assertThat(DATECALC.workingDaysBetween(day, ours)).as("datecalc count from %s", day).isEqualTo(n);
      assertThat(LOOP.workingDaysBetween(day, ours)).as("loop count from %s", day).isEqualTo(n);
    }
  }
}
