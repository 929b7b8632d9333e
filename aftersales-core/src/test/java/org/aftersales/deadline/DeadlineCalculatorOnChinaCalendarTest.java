package org.aftersales.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.aftersales.calendar.BusinessHours;
import org.aftersales.calendar.CalendarDataMissingException;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.calendar.FallbackCalendar;
import org.aftersales.calendar.TimeWindow;
import org.junit.jupiter.api.Test;

/** Seed limits in working days and business hours, counted on the bundled mainland China calendar. */
class DeadlineCalculatorOnChinaCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final BusinessHours OFFICE = BusinessHours.of(
      TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(12, 0)), TimeWindow.of(LocalTime.of(13, 30), LocalTime.of(18, 0)));

  private static Instant shanghai(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  @Test
  void inspection_of_3_working_days_from_TUE_2025_09_30_ends_with_the_make_up_SAT_2025_10_11() {
    Instant start = shanghai("2025-09-30T15:00");
    assertThat(new DeadlineCalculator(ChinaCalendars.mainland(), DayConvention.END_OF_DAY)
        .dueAt(start, SlaLimit.workingDays(3))).isEqualTo(shanghai("2025-10-12T00:00"));
    assertThat(new DeadlineCalculator(ChinaCalendars.mainland(), DayConvention.SAME_TIME_OF_DAY)
        .dueAt(start, SlaLimit.workingDays(3))).isEqualTo(shanghai("2025-10-11T15:00"));
  }

  @Test
  void platform_ruling_of_5_working_days_from_FRI_2025_01_24_skips_Spring_Festival_to_FRI_2025_02_07() {
    assertThat(new DeadlineCalculator(ChinaCalendars.mainland(), DayConvention.END_OF_DAY)
        .dueAt(shanghai("2025-01-24T10:00"), SlaLimit.workingDays(5))).isEqualTo(shanghai("2025-02-08T00:00"));
  }

  @Test
  void eight_business_hours_from_TUE_2025_09_30_17_00_end_on_THU_2025_10_09_17_30() {
    DeadlineCalculator calculator = new DeadlineCalculator(ChinaCalendars.mainland(OFFICE), DayConvention.END_OF_DAY);
    Instant due = calculator.dueAt(shanghai("2025-09-30T17:00"), SlaLimit.businessHours(8));
    assertThat(due).isEqualTo(shanghai("2025-10-09T17:30"));
    assertThat(calculator.remaining(shanghai("2025-10-01T12:00"), due, SlaUnit.BUSINESS_HOURS))
        .isEqualTo(Duration.ofHours(7));
  }

  @Test
  void a_limit_running_into_2027_is_refused_on_the_data_and_marked_on_the_fallback() {
    Instant start = shanghai("2026-12-30T10:00");
    assertThatThrownBy(() -> new DeadlineCalculator(ChinaCalendars.mainland(), DayConvention.END_OF_DAY)
        .dueAt(start, SlaLimit.workingDays(3)))
        .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2027-01-01");

    DeadlineCalculator estimating = new DeadlineCalculator(
        FallbackCalendar.weekendsOnlyBeyond(ChinaCalendars.mainland()), DayConvention.END_OF_DAY);
    Instant due = estimating.dueAt(start, SlaLimit.workingDays(3));
    assertThat(due).isEqualTo(shanghai("2027-01-05T00:00"));
    assertThat(estimating.fallbackBasis(start, due, SlaUnit.WORKING_DAYS, Optional.empty()))
        .contains(new FallbackBasis(start, Optional.empty()));
    assertThat(estimating.fallbackBasis(start, start.plus(Duration.ofHours(72)), SlaUnit.HOURS, Optional.empty()))
        .as("elapsed hours need no calendar data").isEmpty();
    Instant inData = estimating.dueAt(shanghai("2026-12-01T10:00"), SlaLimit.workingDays(3));
    assertThat(estimating.fallbackBasis(shanghai("2026-12-01T10:00"), inData, SlaUnit.WORKING_DAYS, Optional.empty()))
        .isEmpty();
  }

  @Test
  void one_working_day_from_WED_2026_12_30_ends_at_midnight_after_THU_2026_12_31_and_rests_on_data_alone() {
    DeadlineCalculator estimating = new DeadlineCalculator(
        FallbackCalendar.weekendsOnlyBeyond(ChinaCalendars.mainland()), DayConvention.END_OF_DAY);
    Instant start = shanghai("2026-12-30T10:00");
    Instant due = estimating.dueAt(start, SlaLimit.workingDays(1));
    // The instant is 2027's first, but the only date counted is 31 December 2026: no estimate in it.
    assertThat(due).isEqualTo(shanghai("2027-01-01T00:00"));
    assertThat(estimating.fallbackBasis(start, due, SlaUnit.WORKING_DAYS, Optional.empty())).isEmpty();
    Instant allDay = estimating.dueAt(shanghai("2026-12-31T17:00"), SlaLimit.businessHours(7));
    assertThat(allDay).isEqualTo(shanghai("2027-01-01T00:00"));
    assertThat(estimating.fallbackBasis(shanghai("2026-12-31T17:00"), allDay, SlaUnit.BUSINESS_HOURS, Optional.empty()))
        .isEmpty();
    assertThat(estimating.fallbackBasis(start, estimating.dueAt(start, SlaLimit.workingDays(2)), SlaUnit.WORKING_DAYS,
        Optional.empty())).as("a count reaching 1 January 2027 is an estimate").isPresent();
  }
}
