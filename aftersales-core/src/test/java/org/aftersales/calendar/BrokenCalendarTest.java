package org.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A calendar whose data has no working days must fail loudly, never hang the sweeper in a loop. */
class BrokenCalendarTest {

  /** Every day a rest day, as a host's bad data might say. */
  private static final WorkingCalendar NEVER_WORKS = new WorkingCalendar() {
    @Override
    public ZoneId zone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
      return false;
    }

    @Override
    public BusinessHours businessHours(LocalDate date) {
      return BusinessHours.NONE;
    }
  };

  private static final LocalDate WED_2025_03_05 = LocalDate.of(2025, 3, 5);

  @Test
  void nextWorkingDay_throwsNamingTheDate() {
    assertThatThrownBy(() -> NEVER_WORKS.nextWorkingDay(WED_2025_03_05))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("no working day within 366 days of 2025-03-05");
  }

  @Test
  void previousWorkingDay_throwsNamingTheDate() {
    assertThatThrownBy(() -> NEVER_WORKS.previousWorkingDay(WED_2025_03_05))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("2025-03-05");
  }

  @Test
  void plusWorkingDays_throws() {
    assertThatThrownBy(() -> NEVER_WORKS.plusWorkingDays(WED_2025_03_05, 3)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void plusBusinessTime_throws() {
    assertThatThrownBy(() -> NEVER_WORKS.plusBusinessTime(Instant.parse("2025-03-05T02:00:00Z"), Duration.ofHours(1)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("no business hours within 366 days");
  }
}
