package org.aftersales.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.junit.jupiter.api.Test;

/** "Within N working days" on a weekends-only calendar in Shanghai, 7-9 March 2025 being Fri-Sun. */
class DeadlineCalculatorExamplesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final DeadlineCalculator SAME_TIME =
      new DeadlineCalculator(WeekendsOnlyCalendar.of(SHANGHAI), DayConvention.SAME_TIME_OF_DAY);
  private static final DeadlineCalculator END_OF_DAY =
      new DeadlineCalculator(WeekendsOnlyCalendar.of(SHANGHAI), DayConvention.END_OF_DAY);
  private static final SlaLimit ONE_WORKING_DAY = SlaLimit.workingDays(1);

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  @Test
  void sameTimeOfDay_fromFridayMorning_endsMondayMorning() {
    assertThat(SAME_TIME.dueAt(at("2025-03-07T10:00"), ONE_WORKING_DAY)).isEqualTo(at("2025-03-10T10:00"));
  }

  @Test
  void sameTimeOfDay_fromARestDay_countsMondayAsDayOne_andEndsWithIt() {
    Instant saturdayNight = at("2025-03-08T01:00");

    Instant due = SAME_TIME.dueAt(saturdayNight, ONE_WORKING_DAY);

    assertThat(due).isEqualTo(at("2025-03-11T00:00"));
    assertThat(due).isEqualTo(END_OF_DAY.dueAt(saturdayNight, ONE_WORKING_DAY));
    assertThat(SAME_TIME.remaining(saturdayNight, due, SlaUnit.WORKING_DAYS)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void sameTimeOfDay_fromFridayMidnight_endsWhenFridayEnds_notAfterTheWeekend() {
    assertThat(SAME_TIME.dueAt(at("2025-03-07T00:00"), ONE_WORKING_DAY)).isEqualTo(at("2025-03-08T00:00"));
  }

  @Test
  void aPauseAndImmediateResume_keepsTheDueInstant_forAMidnightStart() {
    Instant due = SAME_TIME.dueAt(at("2025-03-07T00:00"), ONE_WORKING_DAY);
    Instant pause = at("2025-03-07T12:00");

    Duration left = SAME_TIME.remaining(pause, due, SlaUnit.WORKING_DAYS);

    assertThat(left).isEqualTo(Duration.ofHours(12));
    assertThat(SAME_TIME.resume(pause, left, SlaUnit.WORKING_DAYS)).isEqualTo(due);
  }

  @Test
  void endOfDay_fromFridayMorning_endsWithMonday() {
    assertThat(END_OF_DAY.dueAt(at("2025-03-07T10:00"), ONE_WORKING_DAY)).isEqualTo(at("2025-03-11T00:00"));
  }
}
