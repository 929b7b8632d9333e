package org.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BusinessTimeTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static final BusinessHours LUNCH_BREAK = hours("09:00-12:00", "13:30-18:00");

  private static Instant at(LocalDate date, String time, ZoneId zone) {
    return ZonedDateTime.of(date, LocalTime.parse(time), zone).toInstant();
  }

  private static BusinessHours hours(String... windows) {
    return BusinessHours.of(
        Stream.of(windows)
            .map(window -> window.split("-"))
            .map(times -> TimeWindow.of(LocalTime.parse(times[0]), LocalTime.parse(times[1])))
            .toArray(TimeWindow[]::new));
  }

  /** Two windows a day, Monday to Friday, in Shanghai. */
  @Nested
  class LunchBreak {

    private static final WorkingCalendar CALENDAR =
        WeekendsOnlyCalendar.of(SHANGHAI, LUNCH_BREAK);

    private static final LocalDate MON_2025_10_06 = LocalDate.of(2025, 10, 6);
    private static final LocalDate TUE_2025_10_07 = LocalDate.of(2025, 10, 7);
    private static final LocalDate FRI_2025_10_10 = LocalDate.of(2025, 10, 10);
    private static final LocalDate SAT_2025_10_11 = LocalDate.of(2025, 10, 11);
    private static final LocalDate MON_2025_10_13 = LocalDate.of(2025, 10, 13);

    private static Instant mon(String time) {
      return at(MON_2025_10_06, time, SHANGHAI);
    }

    static Stream<Arguments> plusBusinessTime() {
      return Stream.of(
          arguments(mon("10:00"), Duration.ofHours(1), mon("11:00")),
          arguments(mon("10:00"), Duration.ofHours(2), mon("12:00")),
          arguments(mon("10:00"), Duration.ofMinutes(121), mon("13:31")),
          arguments(mon("12:00"), Duration.ofMinutes(1), mon("13:31")),
          arguments(mon("12:30"), Duration.ofHours(1), mon("14:30")),
          arguments(mon("07:00"), Duration.ofHours(1), mon("10:00")),
          arguments(mon("07:00"), Duration.ZERO, mon("07:00")),
          arguments(mon("12:30"), Duration.ZERO, mon("12:30")),
          arguments(mon("09:00"), Duration.ofMinutes(450), mon("18:00")),
          arguments(mon("09:00"), Duration.ofMinutes(451), at(TUE_2025_10_07, "09:01", SHANGHAI)),
          arguments(mon("09:00"), Duration.ofHours(15), at(TUE_2025_10_07, "18:00", SHANGHAI)),
          arguments(mon("10:00"), Duration.ofMinutes(5 * 450),
              at(MON_2025_10_13, "10:00", SHANGHAI)),
          arguments(at(FRI_2025_10_10, "17:00", SHANGHAI), Duration.ofHours(1),
              at(FRI_2025_10_10, "18:00", SHANGHAI)),
          arguments(at(FRI_2025_10_10, "17:00", SHANGHAI), Duration.ofHours(2),
              at(MON_2025_10_13, "10:00", SHANGHAI)),
          arguments(at(FRI_2025_10_10, "18:00", SHANGHAI), Duration.ofMinutes(1),
              at(MON_2025_10_13, "09:01", SHANGHAI)),
          arguments(at(FRI_2025_10_10, "20:00", SHANGHAI), Duration.ofMinutes(450),
              at(MON_2025_10_13, "18:00", SHANGHAI)),
          arguments(at(SAT_2025_10_11, "10:00", SHANGHAI), Duration.ofHours(1),
              at(MON_2025_10_13, "10:00", SHANGHAI)),
          arguments(mon("10:00"), Duration.ofNanos(1), mon("10:00").plusNanos(1)));
    }

    @ParameterizedTest
    @MethodSource("plusBusinessTime")
    void plusBusinessTime(Instant start, Duration amount, Instant expected) {
      assertThat(CALENDAR.plusBusinessTime(start, amount)).isEqualTo(expected);
    }

    static Stream<Arguments> businessTimeBetween() {
      return Stream.of(
          arguments(mon("10:00"), mon("10:00"), Duration.ZERO),
          arguments(mon("07:00"), mon("07:00"), Duration.ZERO),
          arguments(mon("10:00"), mon("11:00"), Duration.ofHours(1)),
          arguments(mon("07:00"), mon("20:00"), Duration.ofMinutes(450)),
          arguments(mon("11:00"), mon("14:00"), Duration.ofMinutes(90)),
          arguments(mon("12:00"), mon("13:30"), Duration.ZERO),
          arguments(at(FRI_2025_10_10, "17:00", SHANGHAI), at(MON_2025_10_13, "10:00", SHANGHAI),
              Duration.ofHours(2)),
          arguments(at(SAT_2025_10_11, "00:00", SHANGHAI), at(MON_2025_10_13, "00:00", SHANGHAI),
              Duration.ZERO),
          arguments(mon("09:00"), at(MON_2025_10_13, "09:00", SHANGHAI),
              Duration.ofMinutes(5 * 450)),
          arguments(mon("11:00"), mon("10:00"), Duration.ofHours(-1)),
          arguments(at(MON_2025_10_13, "10:00", SHANGHAI), at(FRI_2025_10_10, "17:00", SHANGHAI),
              Duration.ofHours(-2)));
    }

    @ParameterizedTest
    @MethodSource("businessTimeBetween")
    void businessTimeBetween(Instant startInclusive, Instant endExclusive, Duration expected) {
      assertThat(CALENDAR.businessTimeBetween(startInclusive, endExclusive)).isEqualTo(expected);
    }

    @Test
    void rejectsNegativeAmount() {
      assertThatThrownBy(() -> CALENDAR.plusBusinessTime(mon("10:00"), Duration.ofSeconds(-1)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("PT-1S");
    }

    @Test
    void rejectsNullsNamingTheParameter() {
      assertThatThrownBy(() -> CALENDAR.plusBusinessTime(null, Duration.ZERO))
          .isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("start");
      assertThatThrownBy(() -> CALENDAR.plusBusinessTime(mon("10:00"), null))
          .isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("amount");
      assertThatThrownBy(() -> CALENDAR.businessTimeBetween(null, mon("10:00")))
          .isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("startInclusive");
      assertThatThrownBy(() -> CALENDAR.businessTimeBetween(mon("10:00"), null))
          .isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("endExclusive");
    }
  }

  /**
   * New York sets clocks forward from 02:00 to 03:00 on Sunday 2025-03-09 and back from 02:00 to
   * 01:00 on Sunday 2025-11-02.
   */
  @Nested
  class NewYork {

    private static final LocalDate FRI_2025_03_07 = LocalDate.of(2025, 3, 7);
    private static final LocalDate SUN_2025_03_09 = LocalDate.of(2025, 3, 9);
    private static final LocalDate MON_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate SUN_2025_11_02 = LocalDate.of(2025, 11, 2);
    private static final LocalDate MON_2025_11_03 = LocalDate.of(2025, 11, 3);

    @Test
    void dayOfSpringForwardHasTwentyThreeHours() {
      WorkingCalendar calendar = StubCalendar.everyDay(NEW_YORK, BusinessHours.ALL_DAY);

      assertThat(
              calendar.businessTimeBetween(
                  at(SUN_2025_03_09, "00:00", NEW_YORK), at(MON_2025_03_10, "00:00", NEW_YORK)))
          .isEqualTo(Duration.ofHours(23));
      Instant midnight = at(SUN_2025_03_09, "00:00", NEW_YORK);

      assertThat(calendar.plusBusinessTime(midnight, Duration.ofHours(23)))
          .isEqualTo(at(MON_2025_03_10, "00:00", NEW_YORK));
    }

    @Test
    void dayOfFallBackHasTwentyFiveHours() {
      WorkingCalendar calendar = StubCalendar.everyDay(NEW_YORK, BusinessHours.ALL_DAY);

      assertThat(
              calendar.businessTimeBetween(
                  at(SUN_2025_11_02, "00:00", NEW_YORK), at(MON_2025_11_03, "00:00", NEW_YORK)))
          .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void windowAcrossTheGapIsRealElapsedTime() {
      WorkingCalendar calendar = StubCalendar.everyDay(NEW_YORK, hours("01:00-04:00"));
      Instant halfPastOneEst = Instant.parse("2025-03-09T06:30:00Z");

      assertThat(
              calendar.businessTimeBetween(
                  at(SUN_2025_03_09, "00:00", NEW_YORK), at(MON_2025_03_10, "00:00", NEW_YORK)))
          .isEqualTo(Duration.ofHours(2));
      assertThat(calendar.plusBusinessTime(halfPastOneEst, Duration.ofHours(1)))
          .isEqualTo(Instant.parse("2025-03-09T07:30:00Z"))
          .isEqualTo(at(SUN_2025_03_09, "03:30", NEW_YORK));
    }

    @Test
    void windowInsideTheGapIsEmpty() {
      WorkingCalendar calendar =
          StubCalendar.everyDay(NEW_YORK, hours("02:00-02:30", "02:30-03:00", "09:00-17:00"));

      assertThat(
              calendar.businessTimeBetween(
                  at(SUN_2025_03_09, "00:00", NEW_YORK), at(MON_2025_03_10, "00:00", NEW_YORK)))
          .isEqualTo(Duration.ofHours(8));
      Instant midnight = at(SUN_2025_03_09, "00:00", NEW_YORK);

      assertThat(calendar.plusBusinessTime(midnight, Duration.ofHours(1)))
          .isEqualTo(at(SUN_2025_03_09, "10:00", NEW_YORK));
    }

    @Test
    void windowAcrossTheOverlapCountsTheRepeatedHourTwice() {
      WorkingCalendar calendar = StubCalendar.everyDay(NEW_YORK, hours("01:00-02:00"));
      Instant oneAmEdt = Instant.parse("2025-11-02T05:00:00Z");

      assertThat(
              calendar.businessTimeBetween(
                  at(SUN_2025_11_02, "00:00", NEW_YORK), at(MON_2025_11_03, "00:00", NEW_YORK)))
          .isEqualTo(Duration.ofHours(2));
      assertThat(calendar.plusBusinessTime(oneAmEdt, Duration.ofMinutes(90)))
          .isEqualTo(Instant.parse("2025-11-02T06:30:00Z"));
    }

    @Test
    void weekendOfSpringForwardIsNoBusinessTime() {
      WorkingCalendar calendar = WeekendsOnlyCalendar.of(NEW_YORK, hours("09:00-18:00"));
      Instant fridayFivePmEst = at(FRI_2025_03_07, "17:00", NEW_YORK);
      Instant mondayTenAmEdt = at(MON_2025_03_10, "10:00", NEW_YORK);

      assertThat(calendar.plusBusinessTime(fridayFivePmEst, Duration.ofHours(2)))
          .isEqualTo(mondayTenAmEdt);
      assertThat(calendar.businessTimeBetween(fridayFivePmEst, mondayTenAmEdt))
          .isEqualTo(Duration.ofHours(2));
      assertThat(Duration.between(fridayFivePmEst, mondayTenAmEdt)).isEqualTo(Duration.ofHours(64));
    }
  }

  /**
   * Berlin sets clocks forward from 02:00 to 03:00 on Sunday 2025-03-30 and back from 03:00 to
   * 02:00 on Sunday 2025-10-26.
   */
  @Nested
  class Berlin {

    private static final LocalDate SUN_2025_03_30 = LocalDate.of(2025, 3, 30);
    private static final LocalDate MON_2025_03_31 = LocalDate.of(2025, 3, 31);
    private static final LocalDate SUN_2025_10_26 = LocalDate.of(2025, 10, 26);
    private static final LocalDate MON_2025_10_27 = LocalDate.of(2025, 10, 27);

    @Test
    void transitionDaysAreTwentyThreeAndTwentyFiveHoursLong() {
      WorkingCalendar calendar = StubCalendar.everyDay(BERLIN, BusinessHours.ALL_DAY);

      assertThat(
              calendar.businessTimeBetween(
                  at(SUN_2025_03_30, "00:00", BERLIN), at(MON_2025_03_31, "00:00", BERLIN)))
          .isEqualTo(Duration.ofHours(23));
      assertThat(
              calendar.businessTimeBetween(
                  at(SUN_2025_10_26, "00:00", BERLIN), at(MON_2025_10_27, "00:00", BERLIN)))
          .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void windowsAcrossTransitionsAreRealElapsedTime() {
      WorkingCalendar calendar = StubCalendar.everyDay(BERLIN, hours("01:00-04:00"));

      assertThat(
              calendar.businessTimeBetween(
                  at(SUN_2025_03_30, "00:00", BERLIN), at(MON_2025_03_31, "00:00", BERLIN)))
          .isEqualTo(Duration.ofHours(2));
      assertThat(
              calendar.businessTimeBetween(
                  at(SUN_2025_10_26, "00:00", BERLIN), at(MON_2025_10_27, "00:00", BERLIN)))
          .isEqualTo(Duration.ofHours(4));
      Instant oneAm = at(SUN_2025_10_26, "01:00", BERLIN);

      assertThat(calendar.plusBusinessTime(oneAm, Duration.ofHours(3)))
          .isEqualTo(Instant.parse("2025-10-26T02:00:00Z"))
          .isEqualTo(at(SUN_2025_10_26, "03:00", BERLIN));
    }

    @Test
    void allDayCalendarRunsThroughMidnight() {
      WorkingCalendar calendar = WeekendsOnlyCalendar.of(BERLIN);
      Instant fridayTenPm = at(LocalDate.of(2025, 3, 28), "22:00", BERLIN);

      assertThat(calendar.plusBusinessTime(fridayTenPm, Duration.ofHours(2)))
          .isEqualTo(at(LocalDate.of(2025, 3, 29), "00:00", BERLIN));
      assertThat(calendar.plusBusinessTime(fridayTenPm, Duration.ofHours(3)))
          .isEqualTo(at(MON_2025_03_31, "01:00", BERLIN));
    }
  }

  /** Shanghai has no daylight saving since 1991; in 1986 it skipped 02:00-03:00 on 4 May. */
  @Nested
  class Shanghai {

    @Test
    void noTransitionMeansTwentyFourHourDays() {
      WorkingCalendar calendar = StubCalendar.everyDay(SHANGHAI, BusinessHours.ALL_DAY);
      LocalDate sun20250309 = LocalDate.of(2025, 3, 9);

      assertThat(
              calendar.businessTimeBetween(
                  at(sun20250309, "00:00", SHANGHAI),
                  at(sun20250309.plusDays(1), "00:00", SHANGHAI)))
          .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void historicSpringForwardIsHonoured() {
      WorkingCalendar calendar = StubCalendar.everyDay(SHANGHAI, BusinessHours.ALL_DAY);
      LocalDate sun19860504 = LocalDate.of(1986, 5, 4);

      assertThat(
              calendar.businessTimeBetween(
                  at(sun19860504, "00:00", SHANGHAI),
                  at(sun19860504.plusDays(1), "00:00", SHANGHAI)))
          .isEqualTo(Duration.ofHours(23));
    }
  }
}
