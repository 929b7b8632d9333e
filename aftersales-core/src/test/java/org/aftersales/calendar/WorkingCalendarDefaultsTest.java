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
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default methods of {@link WorkingCalendar} on a calendar shaped like China's 2025 National
 * Day holiday: 1 to 8 October are rest days, and Sunday 28 September and Saturday 11 October are
 * make-up working days.
 */
class WorkingCalendarDefaultsTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final LocalDate FRI_2025_09_26 = LocalDate.of(2025, 9, 26);
  private static final LocalDate SAT_2025_09_27 = LocalDate.of(2025, 9, 27);
  private static final LocalDate SUN_2025_09_28 = LocalDate.of(2025, 9, 28);
  private static final LocalDate MON_2025_09_29 = LocalDate.of(2025, 9, 29);
  private static final LocalDate TUE_2025_09_30 = LocalDate.of(2025, 9, 30);
  private static final LocalDate WED_2025_10_01 = LocalDate.of(2025, 10, 1);
  private static final LocalDate SUN_2025_10_05 = LocalDate.of(2025, 10, 5);
  private static final LocalDate WED_2025_10_08 = LocalDate.of(2025, 10, 8);
  private static final LocalDate THU_2025_10_09 = LocalDate.of(2025, 10, 9);
  private static final LocalDate FRI_2025_10_10 = LocalDate.of(2025, 10, 10);
  private static final LocalDate SAT_2025_10_11 = LocalDate.of(2025, 10, 11);
  private static final LocalDate SUN_2025_10_12 = LocalDate.of(2025, 10, 12);
  private static final LocalDate MON_2025_10_13 = LocalDate.of(2025, 10, 13);

  private static final Set<LocalDate> MAKE_UP_DAYS = Set.of(SUN_2025_09_28, SAT_2025_10_11);
  private static final BusinessHours NINE_TO_SIX =
      BusinessHours.of(TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(18, 0)));
  private static final WorkingCalendar CALENDAR =
      new StubCalendar(
          SHANGHAI,
          date ->
              MAKE_UP_DAYS.contains(date)
                  || date.getDayOfWeek().getValue() <= 5
                      && (date.isBefore(WED_2025_10_01) || date.isAfter(WED_2025_10_08)),
          NINE_TO_SIX);

  static Stream<Arguments> adjacentWorkingDays() {
    // date, next, nextOrSame, previous, previousOrSame
    return Stream.of(
        arguments(FRI_2025_09_26, SUN_2025_09_28, FRI_2025_09_26, LocalDate.of(2025, 9, 25),
            FRI_2025_09_26),
        arguments(SAT_2025_09_27, SUN_2025_09_28, SUN_2025_09_28, FRI_2025_09_26, FRI_2025_09_26),
        arguments(TUE_2025_09_30, THU_2025_10_09, TUE_2025_09_30, MON_2025_09_29, TUE_2025_09_30),
        arguments(WED_2025_10_01, THU_2025_10_09, THU_2025_10_09, TUE_2025_09_30, TUE_2025_09_30),
        arguments(SUN_2025_10_05, THU_2025_10_09, THU_2025_10_09, TUE_2025_09_30, TUE_2025_09_30),
        arguments(WED_2025_10_08, THU_2025_10_09, THU_2025_10_09, TUE_2025_09_30, TUE_2025_09_30),
        arguments(FRI_2025_10_10, SAT_2025_10_11, FRI_2025_10_10, THU_2025_10_09, FRI_2025_10_10),
        arguments(SUN_2025_10_12, MON_2025_10_13, MON_2025_10_13, SAT_2025_10_11, SAT_2025_10_11));
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
        arguments(WED_2025_10_01, 0, WED_2025_10_01),
        arguments(FRI_2025_09_26, 1, SUN_2025_09_28),
        arguments(FRI_2025_09_26, 3, TUE_2025_09_30),
        arguments(FRI_2025_09_26, 4, THU_2025_10_09),
        arguments(WED_2025_10_01, 1, THU_2025_10_09),
        arguments(FRI_2025_10_10, 1, SAT_2025_10_11),
        arguments(FRI_2025_10_10, 2, MON_2025_10_13),
        arguments(WED_2025_10_01, -1, TUE_2025_09_30),
        arguments(THU_2025_10_09, -4, FRI_2025_09_26),
        arguments(MON_2025_10_13, -1, SAT_2025_10_11));
  }

  @ParameterizedTest
  @MethodSource("plusWorkingDays")
  void plusWorkingDays(LocalDate date, int amount, LocalDate expected) {
    assertThat(CALENDAR.plusWorkingDays(date, amount)).isEqualTo(expected);
  }

  static Stream<Arguments> workingDaysBetween() {
    return Stream.of(
        arguments(WED_2025_10_01, WED_2025_10_01, 0),
        arguments(WED_2025_10_01, THU_2025_10_09, 0),
        arguments(TUE_2025_09_30, THU_2025_10_09, 1),
        arguments(FRI_2025_09_26, FRI_2025_10_10, 5),
        arguments(MON_2025_09_29, MON_2025_10_13, 5),
        arguments(MON_2025_10_13, MON_2025_09_29, -5),
        arguments(THU_2025_10_09, WED_2025_10_01, 0));
  }

  @ParameterizedTest
  @MethodSource("workingDaysBetween")
  void workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive, int expected) {
    assertThat(CALENDAR.workingDaysBetween(startInclusive, endExclusive)).isEqualTo(expected);
  }

  @Test
  void businessTimeSkipsTheHoliday() {
    Instant tuesdayFivePm = at(TUE_2025_09_30, 17, 0);

    assertThat(CALENDAR.plusBusinessTime(tuesdayFivePm, Duration.ofHours(2)))
        .isEqualTo(at(THU_2025_10_09, 10, 0));
    assertThat(CALENDAR.businessTimeBetween(tuesdayFivePm, at(THU_2025_10_09, 10, 0)))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void businessTimeCountsTheMakeUpDay() {
    assertThat(CALENDAR.plusBusinessTime(at(FRI_2025_09_26, 17, 0), Duration.ofHours(2)))
        .isEqualTo(at(SUN_2025_09_28, 10, 0));
  }

  @Test
  void rejectsNullsNamingTheParameter() {
    Instant now = at(TUE_2025_09_30, 9, 0);
    assertNpe(() -> CALENDAR.nextWorkingDay(null), "date");
    assertNpe(() -> CALENDAR.nextOrSameWorkingDay(null), "date");
    assertNpe(() -> CALENDAR.previousWorkingDay(null), "date");
    assertNpe(() -> CALENDAR.previousOrSameWorkingDay(null), "date");
    assertNpe(() -> CALENDAR.plusWorkingDays(null, 1), "date");
    assertNpe(() -> CALENDAR.workingDaysBetween(null, TUE_2025_09_30), "startInclusive");
    assertNpe(() -> CALENDAR.workingDaysBetween(TUE_2025_09_30, null), "endExclusive");
    assertNpe(() -> CALENDAR.plusBusinessTime(null, Duration.ZERO), "start");
    assertNpe(() -> CALENDAR.plusBusinessTime(now, null), "amount");
    assertNpe(() -> CALENDAR.businessTimeBetween(null, now), "startInclusive");
    assertNpe(() -> CALENDAR.businessTimeBetween(now, null), "endExclusive");
  }

  private static Instant at(LocalDate date, int hour, int minute) {
    return ZonedDateTime.of(date, LocalTime.of(hour, minute), SHANGHAI).toInstant();
  }

  private static void assertNpe(Runnable call, String parameter) {
    assertThatThrownBy(call::run)
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage(parameter);
  }
}
