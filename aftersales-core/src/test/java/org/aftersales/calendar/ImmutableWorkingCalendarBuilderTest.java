package org.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The builder fails fast with messages naming the setting or date; the built calendar handles DST zones. */
class ImmutableWorkingCalendarBuilderTest {

  private static final ZoneId BERLIN = TestCalendars.BERLIN;
  private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2025, 12, 31);

  private static WorkingCalendarBuilder berlin2025() {
    return ImmutableWorkingCalendar.builder().zone(BERLIN).supportedRange(FIRST, LAST);
  }

  @Test
  void settingsGivenTwiceAreRefusedNamingTheEarlierValue() {
    assertThatThrownBy(() -> berlin2025().zone(ZoneId.of("Asia/Shanghai")))
        .isInstanceOf(IllegalStateException.class).hasMessage("zone was already set to Europe/Berlin");
    assertThatThrownBy(() -> berlin2025().supportedRange(FIRST, LAST))
        .isInstanceOf(IllegalStateException.class).hasMessage("supported range was already set to 2025-01-01..2025-12-31");
    assertThatThrownBy(() -> berlin2025().restDays(DayOfWeek.SUNDAY).restDays(DayOfWeek.SATURDAY))
        .isInstanceOf(IllegalStateException.class).hasMessage("rest days were already set to [SUNDAY]");
    assertThatThrownBy(() -> berlin2025().makeUpDaysWorkAs(DayOfWeek.MONDAY).makeUpDayHours(BusinessHours.ALL_DAY))
        .isInstanceOf(IllegalStateException.class).hasMessage("make-up day hours were already set to the hours of MONDAY");
    assertThatThrownBy(() -> berlin2025().name("a").name("b"))
        .isInstanceOf(IllegalStateException.class).hasMessage("name was already set to a");
  }

  @Test
  void missingOrImpossibleSettingsAreRefused() {
    assertThatThrownBy(() -> ImmutableWorkingCalendar.builder().supportedRange(FIRST, LAST).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("zone was never set");
    assertThatThrownBy(() -> ImmutableWorkingCalendar.builder().zone(BERLIN).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("supported range was never set");
    assertThatThrownBy(() -> ImmutableWorkingCalendar.builder().supportedRange(LAST, FIRST))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not end (2025-01-01) before it starts");
    assertThatThrownBy(() -> ImmutableWorkingCalendar.builder().restDays(DayOfWeek.values()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one working weekday");
    assertThatThrownBy(() -> berlin2025().hours(DayOfWeek.SUNDAY, BusinessHours.ALL_DAY).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("hours were set for SUNDAY, a rest day");
    assertThatThrownBy(() -> berlin2025().hours(BusinessHours.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must have a window");
    assertThatThrownBy(() -> berlin2025().makeUpDaysWorkAs(DayOfWeek.SATURDAY).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("make-up days cannot work as SATURDAY, a rest day");
  }

  @Test
  void contradictoryOrOutOfRangeDatesAreRefusedWithTheTypedException() {
    LocalDate saturday = LocalDate.of(2025, 3, 29);
    assertThatThrownBy(() -> berlin2025().holiday(saturday).makeUpWorkingDay(saturday))
        .isInstanceOf(InvalidCalendarDataException.class)
        .hasMessage("2025-03-29 is both a holiday and a make-up working day");
    assertThatThrownBy(() -> berlin2025().holidays(LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 26))
            .holiday(LocalDate.of(2025, 12, 25)))
        .isInstanceOf(InvalidCalendarDataException.class)
        .hasMessage("2025-12-25 is listed twice as a holiday; first");
    assertThatThrownBy(() -> berlin2025().makeUpWorkingDay(LocalDate.of(2025, 3, 28)).build())
        .isInstanceOf(InvalidCalendarDataException.class)
        .hasMessageContaining("2025-03-28 falls on a FRIDAY, already a working day");
    assertThatThrownBy(() -> berlin2025().holiday(LocalDate.of(2026, 1, 1)).build())
        .isInstanceOf(InvalidCalendarDataException.class)
        .hasMessage("holiday 2026-01-01 is outside the supported range 2025-01-01..2025-12-31");
    assertThat(new InvalidCalendarDataException("x").line()).isZero();
  }

  @Test
  void defaultsRestOnWeekendsWorkAllDayAndGiveMakeUpDaysMondaysHours() {
    ImmutableWorkingCalendar calendar = berlin2025().hours(DayOfWeek.MONDAY, TestCalendars.hours("08:00-16:00"))
        .makeUpWorkingDay(LocalDate.of(2025, 3, 29)).build();
    assertThat(calendar.restDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(calendar.hoursOf(DayOfWeek.TUESDAY)).isEqualTo(BusinessHours.ALL_DAY);
    assertThat(calendar.businessHours(LocalDate.of(2025, 3, 29))).isEqualTo(TestCalendars.hours("08:00-16:00"));
    assertThat(calendar.name()).isEqualTo("unnamed");
  }

  @Test
  void SUN_2025_03_30_night_shift_loses_the_hour_the_clocks_skip_in_Berlin() {
    ImmutableWorkingCalendar calendar = TestCalendars.berlinWithSundayNightShift();
    LocalDate sunday = LocalDate.of(2025, 3, 30);
    Instant start = sunday.atStartOfDay(BERLIN).toInstant();
    // 01:30-03:30 lasts one real hour when 02:00 becomes 03:00; 10:00-14:00 lasts four.
    assertThat(calendar.businessTimeBetween(start, sunday.plusDays(1).atStartOfDay(BERLIN).toInstant()))
        .isEqualTo(Duration.ofHours(5));
    assertThat(calendar.plusBusinessTime(start, Duration.ofMinutes(45)))
        .isEqualTo(sunday.atTime(3, 15).atZone(BERLIN).toInstant());
  }

  @Test
  void SUN_2025_10_26_night_shift_gains_the_hour_the_clocks_repeat_in_Berlin() {
    ImmutableWorkingCalendar calendar = TestCalendars.berlinWithSundayNightShift();
    LocalDate sunday = LocalDate.of(2025, 10, 26);
    Instant start = sunday.atStartOfDay(BERLIN).toInstant();
    // 01:30-03:30 lasts three real hours when 03:00 goes back to 02:00.
    assertThat(calendar.businessTimeBetween(start, sunday.plusDays(1).atStartOfDay(BERLIN).toInstant()))
        .isEqualTo(Duration.ofHours(7));
    Instant afterTwoHours = calendar.plusBusinessTime(start, Duration.ofHours(2));
    assertThat(afterTwoHours).isEqualTo(Instant.parse("2025-10-26T01:30:00Z")); // 02:30 the second time, +01:00
  }

  @Test
  void SUN_2008_11_02_in_St_Johns_counts_the_hour_repeated_across_midnight_once_and_in_full() {
    // At 00:01 NDT (02:31Z) the clocks went back to 23:01 NST on Saturday: from 02:31Z the local date
    // reads 1 November again although Sunday's business day had begun at its first midnight, 02:30Z.
    ZoneId stJohns = ZoneId.of("America/St_Johns");
    ImmutableWorkingCalendar everyDay = ImmutableWorkingCalendar.builder().zone(stJohns)
        .supportedRange(LocalDate.of(2008, 10, 1), LocalDate.of(2008, 11, 30)).restDays().build();
    WorkingCalendar reference = new DayLoopReference(everyDay);
    Instant before = Instant.parse("2008-11-02T02:00:00Z");
    Instant inTheRepeat = Instant.parse("2008-11-02T03:00:00Z");
    assertThat(everyDay.businessTimeBetween(before, inTheRepeat)).isEqualTo(Duration.ofHours(1))
        .isEqualTo(reference.businessTimeBetween(before, inTheRepeat));
    assertThat(everyDay.plusBusinessTime(Instant.parse("2008-11-02T02:45:00Z"), Duration.ofMinutes(30)))
        .isEqualTo(Instant.parse("2008-11-02T03:15:00Z"));
  }

  @Test
  void SAT_2025_03_29_is_a_make_up_day_with_its_own_hours_and_FRI_2025_04_18_a_holiday() {
    ImmutableWorkingCalendar calendar = TestCalendars.berlinWithSundayNightShift();
    assertThat(calendar.businessHours(LocalDate.of(2025, 3, 29))).isEqualTo(TestCalendars.hours("10:00-12:00"));
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 18))).isFalse();
    assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 4, 17), 1)).isEqualTo(LocalDate.of(2025, 4, 20));
  }

  @Test
  void withHoursKeepsTheDaysAndChangesOnlyTheHours() {
    ImmutableWorkingCalendar calendar = TestCalendars.berlinWithSundayNightShift();
    ImmutableWorkingCalendar nineToFive = calendar.withHours(TestCalendars.hours("09:00-17:00"));
    assertThat(nineToFive.holidays()).isEqualTo(calendar.holidays());
    assertThat(nineToFive.makeUpDayHours()).isEqualTo(TestCalendars.hours("09:00-17:00"));
    assertThat(nineToFive.hoursOf(DayOfWeek.SATURDAY)).isEqualTo(BusinessHours.NONE);
    assertThat(nineToFive).isNotEqualTo(calendar);
    assertThat(nineToFive.withHours(TestCalendars.hours("09:00-17:00"))).as("nothing to change").isSameAs(nineToFive);
    assertThat(nineToFive.withHours(BusinessHours.ALL_DAY)).as("the all-day view is built once")
        .isSameAs(nineToFive.withHours(BusinessHours.ALL_DAY))
        .isEqualTo(calendar.withHours(BusinessHours.ALL_DAY));
    assertThatThrownBy(() -> calendar.withHours(BusinessHours.NONE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.withClosures(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2)))
        .isInstanceOf(CalendarDataMissingException.class);
  }
}
