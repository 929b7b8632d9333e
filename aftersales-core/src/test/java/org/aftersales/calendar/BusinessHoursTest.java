package org.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate SUN_2025_03_09 = LocalDate.of(2025, 3, 9);
  private static final LocalDate SUN_2025_11_02 = LocalDate.of(2025, 11, 2);
  private static final LocalDate SUN_2025_10_26 = LocalDate.of(2025, 10, 26);
  private static final LocalDate MON_2025_10_06 = LocalDate.of(2025, 10, 6);

  private static final TimeWindow MORNING = window("09:00", "12:00");
  private static final TimeWindow AFTERNOON = window("13:30", "18:00");

  private static TimeWindow window(String start, String end) {
    return TimeWindow.of(LocalTime.parse(start), LocalTime.parse(end));
  }

  @Nested
  class TimeWindows {

    @Test
    void holdsStartAndEnd() {
      assertThat(MORNING.start()).isEqualTo(LocalTime.of(9, 0));
      assertThat(MORNING.end()).isEqualTo(LocalTime.of(12, 0));
      assertThat(MORNING).isEqualTo(new TimeWindow(LocalTime.of(9, 0), LocalTime.of(12, 0)));
    }

    @Test
    void endOfMidnightMeansEndOfDay() {
      TimeWindow evening = window("22:00", "00:00");
      TimeWindow wholeDay = window("00:00", "00:00");

      assertThat(evening.length()).isEqualTo(Duration.ofHours(2));
      assertThat(evening).hasToString("22:00-24:00");
      assertThat(wholeDay.length()).isEqualTo(Duration.ofDays(1));
      assertThat(wholeDay).hasToString("00:00-24:00");
    }

    @Test
    void lengthIsWallClockLength() {
      assertThat(MORNING.length()).isEqualTo(Duration.ofHours(3));
      assertThat(window("09:00:00.5", "09:00:01").length()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void toStringIsStartDashEnd() {
      assertThat(AFTERNOON).hasToString("13:30-18:00");
    }

    @Test
    void rejectsEndBeforeStartNamingTheWindow() {
      assertThatThrownBy(() -> window("12:00", "09:00"))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("12:00-09:00");
    }

    @Test
    void rejectsEmptyWindowNamingTheWindow() {
      assertThatThrownBy(() -> window("09:00", "09:00"))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("09:00-09:00");
    }

    @Test
    void rejectsNullsNamingTheParameter() {
      assertThatThrownBy(() -> TimeWindow.of(null, LocalTime.NOON))
          .isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("start");
      assertThatThrownBy(() -> TimeWindow.of(LocalTime.NOON, null))
          .isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("end");
      assertThatThrownBy(() -> MORNING.startOn(null, SHANGHAI))
          .isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("date");
      assertThatThrownBy(() -> MORNING.endOn(MON_2025_10_06, null))
          .isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("zone");
    }

    @Test
    void instantsOnAnOrdinaryDay() {
      assertThat(MORNING.startOn(MON_2025_10_06, SHANGHAI))
          .isEqualTo(Instant.parse("2025-10-06T01:00:00Z"));
      assertThat(MORNING.endOn(MON_2025_10_06, SHANGHAI))
          .isEqualTo(Instant.parse("2025-10-06T04:00:00Z"));
    }

    @Test
    void endOfDayIsStartOfNextDay() {
      assertThat(window("22:00", "00:00").endOn(MON_2025_10_06, SHANGHAI))
          .isEqualTo(Instant.parse("2025-10-06T16:00:00Z"));
    }

    @Test
    void timeInGapIsTakenAsTheEndOfTheGap() {
      // New York skips 02:00-03:00 on 2025-03-09; the gap ends at 03:00 EDT, 07:00Z.
      TimeWindow inGap = window("02:30", "03:00");

      assertThat(inGap.startOn(SUN_2025_03_09, NEW_YORK))
          .isEqualTo(Instant.parse("2025-03-09T07:00:00Z"));
      assertThat(inGap.endOn(SUN_2025_03_09, NEW_YORK))
          .isEqualTo(Instant.parse("2025-03-09T07:00:00Z"));
    }

    @Test
    void windowAcrossGapIsShorterByTheGap() {
      TimeWindow acrossGap = window("01:00", "04:00");

      assertThat(
              Duration.between(
                  acrossGap.startOn(SUN_2025_03_09, NEW_YORK),
                  acrossGap.endOn(SUN_2025_03_09, NEW_YORK)))
          .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void ambiguousTimeInOverlapIsTakenAtEarlierOffset() {
      // New York repeats 01:00-02:00 on 2025-11-02, first in EDT (-04:00), then in EST (-05:00).
      TimeWindow inOverlap = window("01:30", "02:00");

      assertThat(inOverlap.startOn(SUN_2025_11_02, NEW_YORK))
          .isEqualTo(Instant.parse("2025-11-02T05:30:00Z"));
      assertThat(inOverlap.endOn(SUN_2025_11_02, NEW_YORK))
          .isEqualTo(Instant.parse("2025-11-02T07:00:00Z"));
    }

    @Test
    void windowAcrossOverlapIsLongerByTheOverlap() {
      // Berlin repeats 02:00-03:00 on 2025-10-26.
      TimeWindow acrossOverlap = window("02:00", "04:00");

      assertThat(
              Duration.between(
                  acrossOverlap.startOn(SUN_2025_10_26, BERLIN),
                  acrossOverlap.endOn(SUN_2025_10_26, BERLIN)))
          .isEqualTo(Duration.ofHours(3));
    }
  }

  @Nested
  class Hours {

    @Test
    void holdsWindowsInOrder() {
      BusinessHours hours = BusinessHours.of(MORNING, AFTERNOON);

      assertThat(hours.windows()).containsExactly(MORNING, AFTERNOON);
      assertThat(hours).isEqualTo(new BusinessHours(List.of(MORNING, AFTERNOON)));
      assertThat(hours).hasToString("BusinessHours[09:00-12:00, 13:30-18:00]");
    }

    @Test
    void lengthSumsTheWindows() {
      assertThat(BusinessHours.of(MORNING, AFTERNOON).length())
          .isEqualTo(Duration.ofMinutes(7 * 60 + 30));
      assertThat(BusinessHours.NONE.length()).isEqualTo(Duration.ZERO);
      assertThat(BusinessHours.ALL_DAY.length()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void constants() {
      assertThat(BusinessHours.NONE.windows()).isEmpty();
      assertThat(BusinessHours.of()).isEqualTo(BusinessHours.NONE);
      assertThat(BusinessHours.ALL_DAY.windows())
          .containsExactly(TimeWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
      assertThat(BusinessHours.ALL_DAY).hasToString("BusinessHours[00:00-24:00]");
    }

    @Test
    void allowsTouchingWindows() {
      assertThat(BusinessHours.of(MORNING, window("12:00", "13:00")).windows()).hasSize(2);
    }

    @Test
    void rejectsOverlappingWindowsNamingBoth() {
      assertThatThrownBy(() -> BusinessHours.of(MORNING, window("11:00", "13:00")))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("11:00-13:00")
          .hasMessageContaining("09:00-12:00");
    }

    @Test
    void rejectsUnsortedWindowsNamingBoth() {
      assertThatThrownBy(() -> BusinessHours.of(AFTERNOON, MORNING))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("09:00-12:00")
          .hasMessageContaining("13:30-18:00");
    }

    @Test
    void rejectsWindowAfterOneEndingAtMidnight() {
      assertThatThrownBy(() -> BusinessHours.of(window("22:00", "00:00"), window("23:00", "23:30")))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("23:00-23:30")
          .hasMessageContaining("22:00-24:00");
    }

    @Test
    void rejectsNullsNamingTheParameter() {
      assertThatThrownBy(() -> BusinessHours.of((TimeWindow[]) null))
          .isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("windows");
      assertThatThrownBy(() -> new BusinessHours(null))
          .isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("windows");
      assertThatThrownBy(() -> BusinessHours.of(MORNING, null))
          .isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("windows[1]");
    }

    @Test
    void copiesTheList() {
      List<TimeWindow> windows = new ArrayList<>(List.of(MORNING));
      BusinessHours hours = new BusinessHours(windows);

      windows.add(AFTERNOON);

      assertThat(hours.windows()).containsExactly(MORNING);
      assertThatThrownBy(() -> hours.windows().add(AFTERNOON))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
