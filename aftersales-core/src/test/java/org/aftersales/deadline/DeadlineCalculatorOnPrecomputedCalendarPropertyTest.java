package org.aftersales.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.calendar.BusinessHours;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.calendar.FallbackCalendar;
import org.aftersales.calendar.TimeWindow;
import org.aftersales.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * Due instants, remaining time and resumption on the precomputed mainland China calendar (whose
 * working-time view is precomputed too) equal those on the same days and hours asked one date at a
 * time, where every count walks day by day; with and without the weekends-only fallback past 2026.
 */
class DeadlineCalculatorOnPrecomputedCalendarPropertyTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final WorkingCalendar SHOP = ChinaCalendars.mainland(BusinessHours.of(
      TimeWindow.of(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(18, 0))));
  private static final WorkingCalendar ESTIMATING = FallbackCalendar.weekendsOnlyBeyond(ChinaCalendars.mainland());

  /** The same answers without any override: the interface's day-by-day defaults. */
  record DayByDay(WorkingCalendar calendar) implements WorkingCalendar {
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

  @Test
  void workingDayDeadlinesAgreeWithTheDayByDayCount() {
    long from = LocalDate.of(2024, 1, 1).atStartOfDay(SHANGHAI).toEpochSecond();
    long to = LocalDate.of(2026, 11, 1).atStartOfDay(SHANGHAI).toEpochSecond();
    qt().forAll(longs().between(from, to), integers().between(1, 20), integers().between(0, 100), integers().between(0, 3))
        .checkAssert((seconds, days, percent, variant) -> {
          WorkingCalendar calendar = variant % 2 == 0 ? SHOP : ESTIMATING;
          DayConvention convention = variant < 2 ? DayConvention.END_OF_DAY : DayConvention.SAME_TIME_OF_DAY;
          DeadlineCalculator fast = new DeadlineCalculator(calendar, convention);
          DeadlineCalculator slow = new DeadlineCalculator(new DayByDay(calendar), convention);
          Instant start = Instant.ofEpochSecond(seconds);
          SlaLimit limit = SlaLimit.workingDays(days);
          Instant due = fast.dueAt(start, limit);
          assertThat(due).isEqualTo(slow.dueAt(start, limit));
          Instant now = start.plusSeconds((due.getEpochSecond() - start.getEpochSecond()) * percent / 100);
          assertThat(fast.remaining(now, due, SlaUnit.WORKING_DAYS))
              .isEqualTo(slow.remaining(now, due, SlaUnit.WORKING_DAYS));
          assertThat(fast.resume(now, fast.remaining(now, due, SlaUnit.WORKING_DAYS), SlaUnit.WORKING_DAYS))
              .isEqualTo(slow.resume(now, slow.remaining(now, due, SlaUnit.WORKING_DAYS), SlaUnit.WORKING_DAYS));
        });
  }
}
