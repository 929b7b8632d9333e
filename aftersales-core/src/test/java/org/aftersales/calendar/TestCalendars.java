package org.aftersales.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Stream;

/** Calendars the tests share, named for what makes each of them hard. */
final class TestCalendars {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private TestCalendars() {}

  /** Mainland China with an office's lunch break, and a warehouse closed four days after Spring Festival 2026. */
  static ImmutableWorkingCalendar chinaShopWithLunchBreakAndLongerSpringFestival() {
    return ChinaCalendars.mainland(hours("09:00-12:00", "13:30-18:00"))
        .withClosures(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 27));
  }

  /**
   * Berlin, resting on Saturdays only, with a Sunday night shift running through the hour the
   * clocks skip in March and repeat in October, German public holidays 2024 to 2026, and two
   * Saturdays worked with hours of their own.
   */
  static ImmutableWorkingCalendar berlinWithSundayNightShift() {
    WorkingCalendarBuilder builder = ImmutableWorkingCalendar.builder()
        .name("Berlin night shift")
        .zone(BERLIN)
        .supportedRange(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))
        .restDays(DayOfWeek.SATURDAY)
        .hours(hours("08:00-12:00", "13:00-17:00"))
        .hours(DayOfWeek.SUNDAY, hours("01:30-03:30", "10:00-14:00"))
        .makeUpDayHours(hours("10:00-12:00"))
        .makeUpWorkingDay(LocalDate.of(2025, 3, 29))
        .makeUpWorkingDay(LocalDate.of(2026, 10, 24));
    Stream.of("2024-01-01", "2024-03-29", "2024-04-01", "2024-05-01", "2024-10-03", "2024-12-25", "2024-12-26",
            "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-10-03", "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-10-03", "2026-12-25", "2026-12-26")
        .map(LocalDate::parse)
        .forEach(builder::holiday);
    return builder.build();
  }

  static BusinessHours hours(String... windows) {
    return BusinessHours.of(Stream.of(windows)
        .map(window -> window.split("-"))
        .map(times -> TimeWindow.of(LocalTime.parse(times[0]),
            times[1].equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(times[1])))
        .toArray(TimeWindow[]::new));
  }
}
