package org.aftersales.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.calendar.BusinessHours;
import org.aftersales.calendar.TimeWindow;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A clock that pauses and resumes neither loses nor gains time, and pausing and resuming at once
 * keeps the due instant: for every unit and convention, in zones whose clocks change on weekdays or
 * at midnight, with lunch breaks and hours through midnight, from any instant or a local midnight.
 */
class DeadlineCalculatorPropertyTest {

  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("America/New_York"),
      ZoneId.of("Europe/Berlin"), ZoneId.of("Africa/Cairo"), ZoneId.of("America/Santiago"));
  private static final List<BusinessHours> HOURS = List.of(
      BusinessHours.ALL_DAY,
      BusinessHours.of(TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(12, 0)),
          TimeWindow.of(LocalTime.of(13, 30), LocalTime.of(18, 0))),
      BusinessHours.of(TimeWindow.of(LocalTime.of(0, 0), LocalTime.of(2, 30)),
          TimeWindow.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT)));
  private static final long FROM_2020 = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
  private static final long TO_2030 = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond();

  /** A calculator, a limit and when its step starts. */
  record Step(DeadlineCalculator calculator, SlaLimit limit, Instant start) {
    Instant due() {
      return calculator.dueAt(start, limit);
    }

    SlaUnit unit() {
      return limit.unit();
    }
  }

  private static Gen<Step> steps() {
    Gen<DeadlineCalculator> calculators = integers().between(0, ZONES.size() * HOURS.size() * 2 - 1).map(i -> {
      WorkingCalendar calendar = WeekendsOnlyCalendar.of(ZONES.get(i % ZONES.size()),
          HOURS.get(i / ZONES.size() % HOURS.size()));
      return new DeadlineCalculator(calendar, DayConvention.values()[i / (ZONES.size() * HOURS.size())]);
    });
    Gen<SlaLimit> limits = integers().between(1, 40)
        .zip(integers().between(0, SlaUnit.values().length - 1), (n, unit) -> new SlaLimit(n, SlaUnit.values()[unit]));
    Gen<Long> seconds = longs().between(FROM_2020, TO_2030);
    Gen<Boolean> atMidnight = integers().between(0, 3).map(i -> i == 0);
    return calculators.zip(limits, seconds, atMidnight, (calculator, limit, second, midnight) -> {
      Instant start = Instant.ofEpochSecond(second);
      ZoneId zone = calculator.calendar().zone();
      return new Step(calculator, limit,
          midnight ? LocalDate.ofInstant(start, zone).atStartOfDay(zone).toInstant() : start);
    });
  }

  @Test
  void pausingAndResumingAtOnce_keepsTheDueInstant() {
    qt().withExamples(3_000).forAll(steps(), integers().between(0, 99)).checkAssert((step, percent) -> {
      Instant due = step.due();
      Instant pause = step.start().plus(Duration.between(step.start(), due).multipliedBy(percent).dividedBy(100));
      Duration left = step.calculator().remaining(pause, due, step.unit());

      assertThat(step.calculator().resume(pause, left, step.unit()))
          .as("%s from %s paused at %s", step.limit(), step.start(), pause).isEqualTo(due);
    });
  }

  @Test
  void aResumedClock_hasExactlyWhatWasLeft() {
    qt().withExamples(3_000).forAll(steps(), integers().between(0, 99), longs().between(0, 14_400))
        .checkAssert((step, percent, minutesPaused) -> {
          Instant due = step.due();
          Instant pause = step.start().plus(Duration.between(step.start(), due).multipliedBy(percent).dividedBy(100));
          Duration left = step.calculator().remaining(pause, due, step.unit());
          Instant resumed = pause.plus(Duration.ofMinutes(minutesPaused));

          Instant newDue = step.calculator().resume(resumed, left, step.unit());

          assertThat(step.calculator().remaining(resumed, newDue, step.unit())).isEqualTo(left);
        });
  }
}
