package org.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WeekendsOnlyCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final BusinessHours LUNCH_BREAK =
      BusinessHours.of(
          TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(12, 0)),
          TimeWindow.of(LocalTime.of(13, 30), LocalTime.of(18, 0)));
  private static final WeekendsOnlyCalendar CALENDAR = WeekendsOnlyCalendar.of(SHANGHAI);

  private static final LocalDate FRI_2025_10_03 = LocalDate.of(2025, 10, 3);
  private static final LocalDate SAT_2025_10_04 = LocalDate.of(2025, 10, 4);
  private static final LocalDate SUN_2025_10_05 = LocalDate.of(2025, 10, 5);
  private static final LocalDate MON_2025_10_06 = LocalDate.of(2025, 10, 6);
  private static final LocalDate TUE_2025_10_07 = LocalDate.of(2025, 10, 7);
  private static final LocalDate WED_2025_10_08 = LocalDate.of(2025, 10, 8);
  private static final LocalDate THU_2025_10_09 = LocalDate.of(2025, 10, 9);
  private static final LocalDate FRI_2025_10_10 = LocalDate.of(2025, 10, 10);
  private static final LocalDate SAT_2025_10_11 = LocalDate.of(2025, 10, 11);
  private static final LocalDate SUN_2025_10_12 = LocalDate.of(2025, 10, 12);
  private static final LocalDate MON_2025_10_13 = LocalDate.of(2025, 10, 13);
  private static final LocalDate TUE_2025_10_14 = LocalDate.of(2025, 10, 14);
  private static final LocalDate FRI_2025_10_17 = LocalDate.of(2025, 10, 17);
  private static final LocalDate MON_2025_10_20 = LocalDate.of(2025, 10, 20);
  private static final LocalDate WED_2025_12_31 = LocalDate.of(2025, 12, 31);
  private static final LocalDate FRI_2026_01_02 = LocalDate.of(2026, 1, 2);
  private static final LocalDate SAT_2000_01_01 = LocalDate.of(2000, 1, 1);
  private static final LocalDate FRI_2100_12_31 = LocalDate.of(2100, 12, 31);

  static Stream<Arguments> workingDays() {
    return Stream.of(
        arguments(MON_2025_10_06, true),
        arguments(TUE_2025_10_07, true),
        arguments(WED_2025_10_08, true),
        arguments(THU_2025_10_09, true),
        arguments(FRI_2025_10_10, true),
        arguments(SAT_2025_10_11, false),
        arguments(SUN_2025_10_12, false));
  }

  @ParameterizedTest
  @MethodSource("workingDays")
  void isWorkingDay(LocalDate date, boolean expected) {
    assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("workingDays")
  void businessHoursAreNoneOnWeekends(LocalDate date, boolean working) {
    WeekendsOnlyCalendar calendar = WeekendsOnlyCalendar.of(SHANGHAI, LUNCH_BREAK);

    assertThat(calendar.businessHours(date)).isEqualTo(working ? LUNCH_BREAK : BusinessHours.NONE);
  }

  static Stream<Arguments> adjacentWorkingDays() {
    // date, next, nextOrSame, previous, previousOrSame
    return Stream.of(
        arguments(THU_2025_10_09, FRI_2025_10_10, THU_2025_10_09, WED_2025_10_08, THU_2025_10_09),
        arguments(FRI_2025_10_10, MON_2025_10_13, FRI_2025_10_10, THU_2025_10_09, FRI_2025_10_10),
        arguments(SAT_2025_10_11, MON_2025_10_13, MON_2025_10_13, FRI_2025_10_10, FRI_2025_10_10),
        arguments(SUN_2025_10_12, MON_2025_10_13, MON_2025_10_13, FRI_2025_10_10, FRI_2025_10_10),
        arguments(MON_2025_10_13, TUE_2025_10_14, MON_2025_10_13, FRI_2025_10_10, MON_2025_10_13));
  }

  @ParameterizedTest
  @MethodSource("adjacentWorkingDays")
  void adjacentWorkingDays(
      LocalDate date,
      LocalDate next,
      LocalDate nextOrSame,
      LocalDate previous,
      LocalDate previousOrSame) {
    assertThat(CALENDAR.nextWorkingDay(date)).isEqualTo(next);
    assertThat(CALENDAR.nextOrSameWorkingDay(date)).isEqualTo(nextOrSame);
    assertThat(CALENDAR.previousWorkingDay(date)).isEqualTo(previous);
    assertThat(CALENDAR.previousOrSameWorkingDay(date)).isEqualTo(previousOrSame);
  }

  static Stream<Arguments> plusWorkingDays() {
    return Stream.of(
        arguments(MON_2025_10_06, 0, MON_2025_10_06),
        arguments(SAT_2025_10_11, 0, SAT_2025_10_11),
        arguments(MON_2025_10_06, 1, TUE_2025_10_07),
        arguments(FRI_2025_10_10, 1, MON_2025_10_13),
        arguments(SAT_2025_10_11, 1, MON_2025_10_13),
        arguments(SUN_2025_10_12, 1, MON_2025_10_13),
        arguments(THU_2025_10_09, 2, MON_2025_10_13),
        arguments(FRI_2025_10_10, 5, FRI_2025_10_17),
        arguments(SAT_2025_10_11, 5, FRI_2025_10_17),
        arguments(SAT_2025_10_11, 6, MON_2025_10_20),
        arguments(MON_2025_10_13, -1, FRI_2025_10_10),
        arguments(SAT_2025_10_11, -1, FRI_2025_10_10),
        arguments(SUN_2025_10_12, -1, FRI_2025_10_10),
        arguments(MON_2025_10_13, -5, MON_2025_10_06),
        arguments(SUN_2025_10_12, -5, MON_2025_10_06),
        arguments(SUN_2025_10_12, -6, FRI_2025_10_03),
        arguments(MON_2025_10_06, -1, FRI_2025_10_03),
        arguments(WED_2025_12_31, 2, FRI_2026_01_02),
        arguments(FRI_2026_01_02, -2, WED_2025_12_31));
  }

  @ParameterizedTest
  @MethodSource("plusWorkingDays")
  void plusWorkingDays(LocalDate date, int amount, LocalDate expected) {
    assertThat(CALENDAR.plusWorkingDays(date, amount)).isEqualTo(expected);
  }

  static Stream<Arguments> workingDaysBetween() {
    return Stream.of(
        arguments(MON_2025_10_06, MON_2025_10_06, 0),
        arguments(SAT_2025_10_11, SAT_2025_10_11, 0),
        arguments(MON_2025_10_06, TUE_2025_10_07, 1),
        arguments(FRI_2025_10_10, SAT_2025_10_11, 1),
        arguments(FRI_2025_10_10, MON_2025_10_13, 1),
        arguments(SAT_2025_10_11, MON_2025_10_13, 0),
        arguments(SAT_2025_10_11, TUE_2025_10_14, 1),
        arguments(MON_2025_10_06, MON_2025_10_13, 5),
        arguments(SUN_2025_10_05, SAT_2025_10_11, 5),
        arguments(SAT_2025_10_04, FRI_2025_10_17, 9),
        arguments(FRI_2025_10_03, FRI_2025_10_17, 10),
        arguments(MON_2025_10_13, MON_2025_10_06, -5),
        arguments(MON_2025_10_13, FRI_2025_10_10, -1),
        arguments(TUE_2025_10_14, SAT_2025_10_11, -1),
        arguments(WED_2025_12_31, FRI_2026_01_02, 2),
        arguments(SAT_2000_01_01, FRI_2100_12_31, 26_349));
  }

  @ParameterizedTest
  @MethodSource("workingDaysBetween")
  void workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive, int expected) {
    assertThat(CALENDAR.workingDaysBetween(startInclusive, endExclusive)).isEqualTo(expected);
  }

  @Test
  void plusWorkingDaysBeyondLocalDateRangeThrows() {
    assertThatThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.MAX, 1))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> CALENDAR.plusWorkingDays(LocalDate.MIN, -1))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void workingDaysBetweenOverflowingIntThrows() {
    assertThatThrownBy(() -> CALENDAR.workingDaysBetween(LocalDate.MIN, LocalDate.MAX))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void ofZoneHasBusinessHoursAllDay() {
    assertThat(CALENDAR.zone()).isEqualTo(SHANGHAI);
    assertThat(CALENDAR.businessHours(MON_2025_10_06)).isEqualTo(BusinessHours.ALL_DAY);
    assertThat(CALENDAR).isEqualTo(WeekendsOnlyCalendar.of(SHANGHAI, BusinessHours.ALL_DAY));
  }

  @Test
  void rejectsHoursWithoutWindows() {
    assertThatThrownBy(() -> WeekendsOnlyCalendar.of(SHANGHAI, BusinessHours.NONE))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNullsNamingTheParameter() {
    assertNpe(() -> WeekendsOnlyCalendar.of(null), "zone");
    assertNpe(() -> WeekendsOnlyCalendar.of(null, LUNCH_BREAK), "zone");
    assertNpe(() -> WeekendsOnlyCalendar.of(SHANGHAI, null), "hours");
    assertNpe(() -> CALENDAR.isWorkingDay(null), "date");
    assertNpe(() -> CALENDAR.businessHours(null), "date");
    assertNpe(() -> CALENDAR.nextWorkingDay(null), "date");
    assertNpe(() -> CALENDAR.nextOrSameWorkingDay(null), "date");
    assertNpe(() -> CALENDAR.previousWorkingDay(null), "date");
    assertNpe(() -> CALENDAR.previousOrSameWorkingDay(null), "date");
    assertNpe(() -> CALENDAR.plusWorkingDays(null, 0), "date");
    assertNpe(() -> CALENDAR.workingDaysBetween(null, MON_2025_10_06), "startInclusive");
    assertNpe(() -> CALENDAR.workingDaysBetween(MON_2025_10_06, null), "endExclusive");
  }

  @Test
  void equalsAndHashCodeCompareZoneAndHours() {
    WeekendsOnlyCalendar calendar = WeekendsOnlyCalendar.of(SHANGHAI, LUNCH_BREAK);

    assertThat(calendar)
        .isEqualTo(WeekendsOnlyCalendar.of(ZoneId.of("Asia/Shanghai"), LUNCH_BREAK))
        .hasSameHashCodeAs(WeekendsOnlyCalendar.of(ZoneId.of("Asia/Shanghai"), LUNCH_BREAK))
        .isNotEqualTo(WeekendsOnlyCalendar.of(ZoneId.of("Europe/Berlin"), LUNCH_BREAK))
        .isNotEqualTo(CALENDAR)
        .isNotEqualTo(StubCalendar.defaultsOf(calendar, LUNCH_BREAK))
        .isNotEqualTo(null);
  }

  @Test
  void toStringShowsZoneAndHours() {
    assertThat(WeekendsOnlyCalendar.of(SHANGHAI, LUNCH_BREAK))
        .hasToString(
            "WeekendsOnlyCalendar[zone=Asia/Shanghai,"
                + " hours=BusinessHours[09:00-12:00, 13:30-18:00]]");
  }

  private static void assertNpe(Runnable call, String parameter) {
    assertThatThrownBy(call::run)
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage(parameter);
  }
}
