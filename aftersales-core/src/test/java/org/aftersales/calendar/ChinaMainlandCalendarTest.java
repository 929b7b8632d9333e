package org.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled mainland China calendar around each Spring Festival and Golden Week of 2024 to 2026,
 * as the State Council notices set them (国办发明电〔2023〕7号 for 2024, 国办发明电〔2024〕12号 for 2025,
 * the notice of 2025-11-04 for 2026). Dates are named with their weekday.
 */
class ChinaMainlandCalendarTest {

  private static final ImmutableWorkingCalendar CN = ChinaCalendars.mainland();
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final LocalDate SUN_2024_02_04 = LocalDate.of(2024, 2, 4);
  private static final LocalDate FRI_2024_02_09 = LocalDate.of(2024, 2, 9);
  private static final LocalDate SAT_2024_02_10 = LocalDate.of(2024, 2, 10);
  private static final LocalDate MON_2024_02_12 = LocalDate.of(2024, 2, 12);
  private static final LocalDate SAT_2024_02_17 = LocalDate.of(2024, 2, 17);
  private static final LocalDate SUN_2024_02_18 = LocalDate.of(2024, 2, 18);
  private static final LocalDate MON_2024_02_19 = LocalDate.of(2024, 2, 19);
  private static final LocalDate FRI_2024_09_27 = LocalDate.of(2024, 9, 27);
  private static final LocalDate SUN_2024_09_29 = LocalDate.of(2024, 9, 29);
  private static final LocalDate MON_2024_09_30 = LocalDate.of(2024, 9, 30);
  private static final LocalDate TUE_2024_10_01 = LocalDate.of(2024, 10, 1);
  private static final LocalDate MON_2024_10_07 = LocalDate.of(2024, 10, 7);
  private static final LocalDate TUE_2024_10_08 = LocalDate.of(2024, 10, 8);
  private static final LocalDate SAT_2024_10_12 = LocalDate.of(2024, 10, 12);
  private static final LocalDate FRI_2025_01_24 = LocalDate.of(2025, 1, 24);
  private static final LocalDate SUN_2025_01_26 = LocalDate.of(2025, 1, 26);
  private static final LocalDate MON_2025_01_27 = LocalDate.of(2025, 1, 27);
  private static final LocalDate TUE_2025_01_28 = LocalDate.of(2025, 1, 28);
  private static final LocalDate TUE_2025_02_04 = LocalDate.of(2025, 2, 4);
  private static final LocalDate WED_2025_02_05 = LocalDate.of(2025, 2, 5);
  private static final LocalDate SAT_2025_02_08 = LocalDate.of(2025, 2, 8);
  private static final LocalDate MON_2025_02_10 = LocalDate.of(2025, 2, 10);
  private static final LocalDate SUN_2025_09_28 = LocalDate.of(2025, 9, 28);
  private static final LocalDate TUE_2025_09_30 = LocalDate.of(2025, 9, 30);
  private static final LocalDate WED_2025_10_01 = LocalDate.of(2025, 10, 1);
  private static final LocalDate WED_2025_10_08 = LocalDate.of(2025, 10, 8);
  private static final LocalDate THU_2025_10_09 = LocalDate.of(2025, 10, 9);
  private static final LocalDate SAT_2025_10_11 = LocalDate.of(2025, 10, 11);
  private static final LocalDate SUN_2025_10_12 = LocalDate.of(2025, 10, 12);
  private static final LocalDate FRI_2026_02_13 = LocalDate.of(2026, 2, 13);
  private static final LocalDate SAT_2026_02_14 = LocalDate.of(2026, 2, 14);
  private static final LocalDate SUN_2026_02_15 = LocalDate.of(2026, 2, 15);
  private static final LocalDate MON_2026_02_23 = LocalDate.of(2026, 2, 23);
  private static final LocalDate TUE_2026_02_24 = LocalDate.of(2026, 2, 24);
  private static final LocalDate SAT_2026_02_28 = LocalDate.of(2026, 2, 28);
  private static final LocalDate SUN_2026_09_20 = LocalDate.of(2026, 9, 20);
  private static final LocalDate FRI_2026_09_25 = LocalDate.of(2026, 9, 25);
  private static final LocalDate WED_2026_09_30 = LocalDate.of(2026, 9, 30);
  private static final LocalDate THU_2026_10_01 = LocalDate.of(2026, 10, 1);
  private static final LocalDate WED_2026_10_07 = LocalDate.of(2026, 10, 7);
  private static final LocalDate THU_2026_10_08 = LocalDate.of(2026, 10, 8);
  private static final LocalDate SAT_2026_10_10 = LocalDate.of(2026, 10, 10);
  private static final LocalDate THU_2026_12_31 = LocalDate.of(2026, 12, 31);
  private static final LocalDate FRI_2027_01_01 = LocalDate.of(2027, 1, 1);

  static Stream<Arguments> workingDaysAroundEachHoliday() {
    return Stream.of(
        Arguments.of("SUN_2024_02_04 make-up before Spring Festival", SUN_2024_02_04, true),
        Arguments.of("FRI_2024_02_09 New Year's Eve, a working day", FRI_2024_02_09, true),
        Arguments.of("SAT_2024_02_10 Spring Festival", SAT_2024_02_10, false),
        Arguments.of("MON_2024_02_12 Spring Festival", MON_2024_02_12, false),
        Arguments.of("SAT_2024_02_17 Spring Festival ends", SAT_2024_02_17, false),
        Arguments.of("SUN_2024_02_18 make-up after Spring Festival", SUN_2024_02_18, true),
        Arguments.of("SUN_2024_09_29 make-up before Golden Week", SUN_2024_09_29, true),
        Arguments.of("TUE_2024_10_01 National Day", TUE_2024_10_01, false),
        Arguments.of("MON_2024_10_07 Golden Week ends", MON_2024_10_07, false),
        Arguments.of("TUE_2024_10_08 back at work", TUE_2024_10_08, true),
        Arguments.of("SAT_2024_10_12 make-up after Golden Week", SAT_2024_10_12, true),
        Arguments.of("SUN_2025_01_26 make-up before Spring Festival", SUN_2025_01_26, true),
        Arguments.of("TUE_2025_01_28 New Year's Eve, a holiday from 2025", TUE_2025_01_28, false),
        Arguments.of("TUE_2025_02_04 Spring Festival ends", TUE_2025_02_04, false),
        Arguments.of("SAT_2025_02_08 make-up after Spring Festival", SAT_2025_02_08, true),
        Arguments.of("SUN_2025_09_28 make-up before Golden Week", SUN_2025_09_28, true),
        Arguments.of("WED_2025_10_01 National Day", WED_2025_10_01, false),
        Arguments.of("WED_2025_10_08 Golden Week with Mid-Autumn ends", WED_2025_10_08, false),
        Arguments.of("SAT_2025_10_11 make-up after Golden Week", SAT_2025_10_11, true),
        Arguments.of("SUN_2025_10_12 an ordinary Sunday", SUN_2025_10_12, false),
        Arguments.of("SAT_2026_02_14 make-up before Spring Festival", SAT_2026_02_14, true),
        Arguments.of("SUN_2026_02_15 Spring Festival begins", SUN_2026_02_15, false),
        Arguments.of("MON_2026_02_23 Spring Festival ends", MON_2026_02_23, false),
        Arguments.of("SAT_2026_02_28 make-up after Spring Festival", SAT_2026_02_28, true),
        Arguments.of("SUN_2026_09_20 make-up before Golden Week", SUN_2026_09_20, true),
        Arguments.of("FRI_2026_09_25 Mid-Autumn Festival", FRI_2026_09_25, false),
        Arguments.of("THU_2026_10_01 National Day", THU_2026_10_01, false),
        Arguments.of("WED_2026_10_07 Golden Week ends", WED_2026_10_07, false),
        Arguments.of("SAT_2026_10_10 make-up after Golden Week", SAT_2026_10_10, true));
  }

  @ParameterizedTest(name = "{0}: working day {2}")
  @MethodSource("workingDaysAroundEachHoliday")
  void statePublishedHolidaysAndMakeUpDaysDecideWorkingDays(String name, LocalDate date, boolean working) {
    assertThat(CN.isWorkingDay(date)).isEqualTo(working);
    assertThat(CN.businessHours(date).windows().isEmpty()).isNotEqualTo(working);
  }

  @Test
  void FRI_2024_02_09_plus_one_working_day_skips_Spring_Festival_to_the_make_up_SUN_2024_02_18() {
    assertThat(CN.plusWorkingDays(FRI_2024_02_09, 1)).isEqualTo(SUN_2024_02_18);
    assertThat(CN.plusWorkingDays(FRI_2024_02_09, 2)).isEqualTo(MON_2024_02_19);
    assertThat(CN.previousWorkingDay(MON_2024_02_19)).isEqualTo(SUN_2024_02_18);
    assertThat(CN.previousWorkingDay(SUN_2024_02_18)).isEqualTo(FRI_2024_02_09);
  }

  @Test
  void FRI_2024_09_27_plus_two_working_days_is_MON_2024_09_30_via_the_make_up_SUN_2024_09_29() {
    assertThat(CN.plusWorkingDays(FRI_2024_09_27, 1)).isEqualTo(SUN_2024_09_29);
    assertThat(CN.plusWorkingDays(FRI_2024_09_27, 2)).isEqualTo(MON_2024_09_30);
    assertThat(CN.plusWorkingDays(FRI_2024_09_27, 3)).isEqualTo(TUE_2024_10_08);
    assertThat(CN.workingDaysBetween(TUE_2024_10_01, SAT_2024_10_12.plusDays(1))).isEqualTo(5);
  }

  @Test
  void FRI_2025_01_24_plus_three_working_days_is_WED_2025_02_05_after_the_eight_day_Spring_Festival() {
    assertThat(CN.plusWorkingDays(FRI_2025_01_24, 1)).isEqualTo(SUN_2025_01_26);
    assertThat(CN.plusWorkingDays(FRI_2025_01_24, 2)).isEqualTo(MON_2025_01_27);
    assertThat(CN.plusWorkingDays(FRI_2025_01_24, 3)).isEqualTo(WED_2025_02_05);
    assertThat(CN.workingDaysBetween(MON_2025_01_27, MON_2025_02_10)).isEqualTo(5);
    assertThat(CN.plusWorkingDays(WED_2025_02_05, -1)).isEqualTo(MON_2025_01_27);
  }

  @Test
  void TUE_2025_09_30_plus_three_working_days_is_the_make_up_SAT_2025_10_11() {
    assertThat(CN.plusWorkingDays(TUE_2025_09_30, 1)).isEqualTo(THU_2025_10_09);
    assertThat(CN.plusWorkingDays(TUE_2025_09_30, 3)).isEqualTo(SAT_2025_10_11);
    assertThat(CN.nextWorkingDay(SAT_2025_10_11)).isEqualTo(SUN_2025_10_12.plusDays(1));
    assertThat(CN.plusWorkingDays(SAT_2025_10_11, -3)).isEqualTo(TUE_2025_09_30);
    assertThat(CN.plusWorkingDays(SUN_2025_09_28, 0)).isEqualTo(SUN_2025_09_28);
  }

  @Test
  void FRI_2026_02_13_plus_two_working_days_is_TUE_2026_02_24_after_the_nine_day_Spring_Festival() {
    assertThat(CN.plusWorkingDays(FRI_2026_02_13, 1)).isEqualTo(SAT_2026_02_14);
    assertThat(CN.plusWorkingDays(FRI_2026_02_13, 2)).isEqualTo(TUE_2026_02_24);
    assertThat(CN.workingDaysBetween(SAT_2026_02_14, SAT_2026_02_28)).isEqualTo(5);
  }

  @Test
  void WED_2026_09_30_plus_one_working_day_is_THU_2026_10_08_and_SAT_2026_10_10_is_worked() {
    assertThat(CN.plusWorkingDays(WED_2026_09_30, 1)).isEqualTo(THU_2026_10_08);
    assertThat(CN.plusWorkingDays(WED_2026_09_30, 3)).isEqualTo(SAT_2026_10_10);
    assertThat(CN.workingDaysBetween(SUN_2026_09_20, THU_2026_10_01)).isEqualTo(8);
  }

  @Test
  void a_warehouse_closed_four_days_longer_after_Spring_Festival_2026_next_works_on_the_make_up_SAT_2026_02_28() {
    ImmutableWorkingCalendar warehouse = CN.withClosures(TUE_2026_02_24, TUE_2026_02_24.plusDays(3));
    assertThat(warehouse.plusWorkingDays(FRI_2026_02_13, 2)).isEqualTo(SAT_2026_02_28);
    assertThat(warehouse.isWorkingDay(TUE_2026_02_24)).isFalse();
    assertThat(CN.isWorkingDay(TUE_2026_02_24)).as("the public calendar is unchanged").isTrue();
    assertThat(warehouse.holidays()).isEqualTo(CN.holidays());
    assertThat(warehouse.closures()).hasSize(4);
  }

  @Test
  void a_closure_on_a_make_up_day_wins_over_it() {
    assertThat(CN.withClosures(java.util.List.of(SAT_2025_10_11)).isWorkingDay(SAT_2025_10_11)).isFalse();
  }

  @Test
  void make_up_days_work_with_the_shops_hours_and_business_time_skips_Golden_Week_2025() {
    ImmutableWorkingCalendar shop = ChinaCalendars.mainland(TestCalendars.hours("09:00-12:00", "13:30-18:00"));
    assertThat(shop.businessHours(SAT_2025_10_11)).isEqualTo(TestCalendars.hours("09:00-12:00", "13:30-18:00"));
    Instant tuesdayFivePm = TUE_2025_09_30.atTime(17, 0).atZone(SHANGHAI).toInstant();
    // One hour left on Tuesday, then Golden Week, then Thursday 9 October from 09:00.
    assertThat(shop.plusBusinessTime(tuesdayFivePm, Duration.ofHours(3)))
        .isEqualTo(THU_2025_10_09.atTime(11, 0).atZone(SHANGHAI).toInstant());
    assertThat(shop.businessTimeBetween(tuesdayFivePm, SUN_2025_10_12.atStartOfDay(SHANGHAI).toInstant()))
        .isEqualTo(Duration.ofHours(1).plus(Duration.ofMinutes(450).multipliedBy(3)));
  }

  @Test
  void the_bundled_data_covers_exactly_2024_to_2026_with_every_published_day() {
    assertThat(CN.firstSupported()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(CN.lastSupported()).isEqualTo(THU_2026_12_31);
    assertThat(CN.zone()).isEqualTo(SHANGHAI);
    // 2024: 1+8+3+5+1+3+7, 2025: 1+8+3+5+3+8, 2026: 3+9+3+5+3+3+7 holiday dates.
    assertThat(CN.holidays()).hasSize(28 + 28 + 33);
    assertThat(CN.makeUpWorkingDays()).hasSize(8 + 5 + 6);
  }

  @Test
  void FRI_2027_01_01_is_refused_naming_the_date_the_range_and_how_to_supply_data() {
    assertThatThrownBy(() -> CN.isWorkingDay(FRI_2027_01_01))
        .isInstanceOf(CalendarDataMissingException.class)
        .isInstanceOf(java.time.DateTimeException.class)
        .hasMessageContaining("2027-01-01")
        .hasMessageContaining("2024-01-01 to 2026-12-31")
        .hasMessageContaining("supply data for 2027")
        .satisfies(e -> {
          CalendarDataMissingException missing = (CalendarDataMissingException) e;
          assertThat(missing.date()).isEqualTo(FRI_2027_01_01);
          assertThat(missing.lastSupported()).isEqualTo(THU_2026_12_31);
        });
  }

  @Test
  void a_count_that_runs_into_2027_is_refused_instead_of_guessed() {
    assertThatThrownBy(() -> CN.plusWorkingDays(THU_2026_12_31, 1))
        .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2027-01-01");
    assertThatThrownBy(() -> CN.plusWorkingDays(LocalDate.of(2024, 1, 2), -1))
        .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2023-12-31");
    assertThatThrownBy(() -> CN.businessHours(LocalDate.of(2023, 12, 31)))
        .isInstanceOf(CalendarDataMissingException.class);
    assertThatThrownBy(() -> CN.workingDaysBetween(THU_2026_12_31, FRI_2027_01_01.plusDays(1)))
        .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2027-01-02");
    Instant lateIn2026 = THU_2026_12_31.atTime(20, 0).atZone(SHANGHAI).toInstant();
    assertThatThrownBy(() -> CN.plusBusinessTime(lateIn2026, Duration.ofHours(5)))
        .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2027-01-01");
    assertThat(CN.plusBusinessTime(lateIn2026, Duration.ofHours(4)))
        .as("running out at the very end of the data is still an answer")
        .isEqualTo(FRI_2027_01_01.atStartOfDay(SHANGHAI).toInstant());
    assertThat(CN.workingDaysBetween(THU_2026_12_31, FRI_2027_01_01)).isEqualTo(1);
  }

  @Test
  void the_refusal_of_FRI_2027_01_01_keeps_its_dates_when_serialized_to_another_node() throws Exception {
    CalendarDataMissingException missing = new CalendarDataMissingException(
        "CN mainland", FRI_2027_01_01, LocalDate.of(2024, 1, 1), THU_2026_12_31);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(missing);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      CalendarDataMissingException copy = (CalendarDataMissingException) in.readObject();
      assertThat(copy.date()).isEqualTo(FRI_2027_01_01);
      assertThat(copy.firstSupported()).isEqualTo(LocalDate.of(2024, 1, 1));
      assertThat(copy.lastSupported()).isEqualTo(THU_2026_12_31);
    }
  }
}
