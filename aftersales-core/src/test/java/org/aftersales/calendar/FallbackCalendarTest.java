package org.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The explicit weekends-only estimate beyond the data, and its seams with the data. */
class FallbackCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final FallbackCalendar CN_OR_WEEKENDS =
      FallbackCalendar.weekendsOnlyBeyond(ChinaCalendars.mainland(TestCalendars.hours("09:00-12:00", "13:30-18:00")));
  private static final WorkingCalendar REFERENCE = new DayLoopReference(CN_OR_WEEKENDS);
  private static final LocalDate FROM = LocalDate.of(2023, 1, 1);
  private static final int DAYS = 365 * 5;

  @Test
  void FRI_2027_01_01_is_an_estimated_working_day_while_TUE_2026_12_01_is_data() {
    assertThat(CN_OR_WEEKENDS.isFallback(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(CN_OR_WEEKENDS.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(CN_OR_WEEKENDS.isFallback(LocalDate.of(2026, 12, 1))).isFalse();
    assertThat(CN_OR_WEEKENDS.isFallback(LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(ChinaCalendars.mainland().isFallback(LocalDate.of(2026, 12, 1))).isFalse();
  }

  @Test
  void WED_2026_12_30_plus_three_working_days_crosses_into_the_estimate_MON_2027_01_04() {
    assertThat(CN_OR_WEEKENDS.plusWorkingDays(LocalDate.of(2026, 12, 30), 3)).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(CN_OR_WEEKENDS.plusWorkingDays(LocalDate.of(2027, 1, 4), -3)).isEqualTo(LocalDate.of(2026, 12, 30));
    assertThat(CN_OR_WEEKENDS.workingDaysBetween(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 5))).isEqualTo(4);
  }

  @Test
  void int_extremes_far_beyond_the_data_count_on_the_fallback_alone() {
    LocalDate farAfter = LocalDate.of(2100, 1, 1);
    LocalDate farBefore = LocalDate.of(1900, 1, 1);
    assertThat(CN_OR_WEEKENDS.plusWorkingDays(farAfter, Integer.MAX_VALUE))
        .isEqualTo(CN_OR_WEEKENDS.fallback().plusWorkingDays(farAfter, Integer.MAX_VALUE));
    assertThat(CN_OR_WEEKENDS.plusWorkingDays(farBefore, Integer.MIN_VALUE))
        .isEqualTo(CN_OR_WEEKENDS.fallback().plusWorkingDays(farBefore, Integer.MIN_VALUE));
    Instant monday = LocalDate.of(2100, 1, 4).atStartOfDay(SHANGHAI).toInstant();
    assertThat(CN_OR_WEEKENDS.businessTimeBetween(monday, monday.plus(Duration.ofDays(1))))
        .isEqualTo(Duration.ofMinutes(7 * 60 + 30));
  }

  @Test
  void aFallbackInAnotherZoneIsRefused() {
    assertThatThrownBy(() -> FallbackCalendar.of(ChinaCalendars.mainland(), WeekendsOnlyCalendar.of(TestCalendars.BERLIN)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Europe/Berlin");
  }

  @Test
  void workingDayArithmeticAgreesWithTheDayLoopAcrossBothSeams() {
    qt().forAll(integers().between(0, DAYS), integers().between(-400, 400)).checkAssert((offset, amount) -> {
      LocalDate date = FROM.plusDays(offset);
      assertThat(CN_OR_WEEKENDS.plusWorkingDays(date, amount)).isEqualTo(REFERENCE.plusWorkingDays(date, amount));
      LocalDate other = date.plusDays(amount);
      assertThat(CN_OR_WEEKENDS.workingDaysBetween(date, other)).isEqualTo(REFERENCE.workingDaysBetween(date, other));
    });
  }

  @Test
  void businessTimeAgreesWithTheDayLoopAcrossBothSeams() {
    long from = FROM.atStartOfDay(SHANGHAI).toEpochSecond();
    qt().forAll(longs().between(0, DAYS * 96L), longs().between(0, 200 * 96L)).checkAssert((start, quarters) -> {
      Instant instant = Instant.ofEpochSecond(from + start * 900);
      Duration amount = Duration.ofMinutes(15 * quarters);
      Instant end = CN_OR_WEEKENDS.plusBusinessTime(instant, amount);
      assertThat(end).isEqualTo(REFERENCE.plusBusinessTime(instant, amount));
      assertThat(CN_OR_WEEKENDS.businessTimeBetween(instant, end)).isEqualTo(amount);
      Instant later = instant.plus(amount);
      assertThat(CN_OR_WEEKENDS.businessTimeBetween(instant, later)).isEqualTo(REFERENCE.businessTimeBetween(instant, later));
    });
  }
}
