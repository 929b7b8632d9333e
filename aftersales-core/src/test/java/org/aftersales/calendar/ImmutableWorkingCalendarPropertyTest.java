package org.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The precomputed calendar against the plain day-by-day reference ({@link DayLoopReference}) over
 * the whole range of its data, 2024 to 2026: bundled mainland China, China with a lunch break and a
 * shop's closing days layered on, and Berlin with a night shift through the daylight-saving
 * transitions. Amounts reach past the range, where both must refuse alike.
 */
class ImmutableWorkingCalendarPropertyTest {

  private static final List<ImmutableWorkingCalendar> CALENDARS = List.of(
      ChinaCalendars.mainland(),
      TestCalendars.chinaShopWithLunchBreakAndLongerSpringFestival(),
      TestCalendars.berlinWithSundayNightShift());

  private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

  record DateCase(ImmutableWorkingCalendar calendar, LocalDate date, int amount) {
    WorkingCalendar reference() {
      return new DayLoopReference(calendar);
    }
  }

  record SpanCase(ImmutableWorkingCalendar calendar, LocalDate start, LocalDate end) {}

  record TimeCase(ImmutableWorkingCalendar calendar, Instant start, Duration first, Duration second) {
    WorkingCalendar reference() {
      return new DayLoopReference(calendar);
    }
  }

  private static Gen<ImmutableWorkingCalendar> calendars() {
    return integers().between(0, CALENDARS.size() - 1).map(CALENDARS::get);
  }

  /** Any supported date, and the day after the range, which a count may end on. */
  private static Gen<LocalDate> dates(ImmutableWorkingCalendar calendar) {
    int days = (int) (calendar.lastSupported().toEpochDay() - calendar.firstSupported().toEpochDay());
    // The span ends on the last supported date: a Thursday and a working day in every test calendar.
    return integers().between(0, days).map(offset -> calendar.firstSupported().plusDays(offset));
  }

  private static Gen<DateCase> dateCases() {
    return calendars().flatMap(calendar -> dates(calendar).zip(
        integers().between(-40, 40).mix(integers().between(-800, 800)),
        (date, amount) -> new DateCase(calendar, date, amount)));
  }

  private static Gen<SpanCase> spanCasesInRange() {
    return calendars().flatMap(calendar -> dates(calendar).zip(dates(calendar),
        (start, end) -> new SpanCase(calendar, start, end)));
  }

  private static Gen<SpanCase> spanCases() {
    return calendars().flatMap(calendar -> dates(calendar).zip(
        dates(calendar).mix(integers().between(0, 1).map(x -> calendar.lastSupported().plusDays(1))),
        (start, end) -> new SpanCase(calendar, start, end)));
  }

  /** Instants anywhere in the range, on quarter hours near daylight-saving transitions, or to the nanosecond. */
  private static Gen<Instant> instants(ImmutableWorkingCalendar calendar) {
    ZoneId zone = calendar.zone();
    long from = calendar.firstSupported().atStartOfDay(zone).toEpochSecond();
    long to = calendar.lastSupported().plusDays(1).atStartOfDay(zone).toEpochSecond();
    Gen<Instant> quarterHours = longs().between(0, (to - from) / 900).map(q -> Instant.ofEpochSecond(from + q * 900));
    Gen<Instant> anyNano = longs().between(from, to - 1).zip(longs().between(0, 999_999_999),
        (seconds, nanos) -> Instant.ofEpochSecond(seconds, nanos));
    List<Instant> transitions = new ArrayList<>();
    for (ZoneOffsetTransition t = zone.getRules().nextTransition(Instant.ofEpochSecond(from));
        t != null && t.getInstant().getEpochSecond() < to; t = zone.getRules().nextTransition(t.getInstant())) {
      transitions.add(t.getInstant());
    }
    if (transitions.isEmpty()) {
      return quarterHours.mix(anyNano);
    }
    Gen<Instant> nearTransition = integers().between(0, transitions.size() - 1).zip(integers().between(-96, 96),
        (index, quarters) -> transitions.get(index).plus(QUARTER_HOUR.multipliedBy(quarters)));
    return quarterHours.mix(anyNano).mix(nearTransition);
  }

  /** Up to ten days in quarter hours (sums often end at a close), to the nanosecond, or up to 400 days. */
  private static Gen<Duration> durations() {
    return longs().between(0, 960).map(QUARTER_HOUR::multipliedBy)
        .mix(longs().between(0, Duration.ofDays(10).toNanos()).map(Duration::ofNanos))
        .mix(longs().between(0, 400 * 24).map(Duration::ofHours), 10);
  }

  private static Gen<TimeCase> timeCases() {
    return calendars().flatMap(calendar -> instants(calendar).zip(durations(), durations(),
        (start, first, second) -> new TimeCase(calendar, start, first, second)));
  }

  /** A value, or the type of the exception that refused it: both implementations must agree on either. */
  private static Object outcome(Supplier<?> answer) {
    try {
      return answer.get();
    } catch (CalendarDataMissingException refused) {
      return refused.getClass();
    }
  }

  @Test
  void plusWorkingDaysAgreesWithTheDayLoop() {
    qt().forAll(dateCases()).checkAssert(c -> assertThat(outcome(() -> c.calendar().plusWorkingDays(c.date(), c.amount())))
        .isEqualTo(outcome(() -> c.reference().plusWorkingDays(c.date(), c.amount()))));
  }

  @Test
  void nextAndPreviousWorkingDayAgreeWithTheDayLoop() {
    qt().forAll(dateCases()).checkAssert(c -> {
      assertThat(outcome(() -> c.calendar().nextWorkingDay(c.date())))
          .isEqualTo(outcome(() -> c.reference().nextWorkingDay(c.date())));
      assertThat(outcome(() -> c.calendar().previousWorkingDay(c.date())))
          .isEqualTo(outcome(() -> c.reference().previousWorkingDay(c.date())));
    });
  }

  @Test
  void workingDaysBetweenAgreesWithTheDayLoop() {
    qt().forAll(spanCases()).checkAssert(c -> assertThat(c.calendar().workingDaysBetween(c.start(), c.end()))
        .isEqualTo(new DayLoopReference(c.calendar()).workingDaysBetween(c.start(), c.end())));
  }

  @Test
  void plusWorkingDaysLandsOnAWorkingDayThatWorkingDaysBetweenCountsBack() {
    qt().forAll(dateCases())
        .assuming(c -> c.amount() != 0 && c.date().isBefore(c.calendar().lastSupported().plusDays(1))
            && c.calendar().isWorkingDay(c.date()))
        .checkAssert(c -> {
          Object shifted = outcome(() -> c.calendar().plusWorkingDays(c.date(), c.amount()));
          if (shifted instanceof LocalDate result) {
            assertThat(c.calendar().isWorkingDay(result)).isTrue();
            assertThat(c.calendar().workingDaysBetween(c.date(), result)).isEqualTo(c.amount());
          } else {
            assertThat(shifted).isEqualTo(CalendarDataMissingException.class);
          }
        });
  }

  @Test
  void plusWorkingDaysOfTheCountBetweenTwoWorkingDaysLeadsFromOneToTheOther() {
    qt().forAll(spanCasesInRange()).checkAssert(c -> {
          LocalDate start = c.calendar().nextOrSameWorkingDay(c.start());
          LocalDate end = c.calendar().nextOrSameWorkingDay(c.end());
          assertThat(c.calendar().plusWorkingDays(start, c.calendar().workingDaysBetween(start, end))).isEqualTo(end);
        });
  }

  @Test
  void plusWorkingDaysIsStrictlyMonotoneInTheAmount() {
    qt().forAll(dateCases(), integers().between(1, 30))
        .checkAssert((c, more) -> {
          Object lower = outcome(() -> c.calendar().plusWorkingDays(c.date(), c.amount()));
          Object higher = outcome(() -> c.calendar().plusWorkingDays(c.date(), c.amount() + more));
          if (lower instanceof LocalDate low && higher instanceof LocalDate high) {
            assertThat(high).isAfter(low);
          }
        });
  }

  @Test
  void plusBusinessTimeAgreesWithTheDayLoop() {
    qt().forAll(timeCases()).checkAssert(c -> assertThat(outcome(() -> c.calendar().plusBusinessTime(c.start(), c.first())))
        .isEqualTo(outcome(() -> c.reference().plusBusinessTime(c.start(), c.first()))));
  }

  @Test
  void businessTimeBetweenAgreesWithTheDayLoop() {
    qt().forAll(timeCases()).checkAssert(c -> {
      Instant end = c.start().plus(c.first());
      assertThat(outcome(() -> c.calendar().businessTimeBetween(c.start(), end)))
          .isEqualTo(outcome(() -> c.reference().businessTimeBetween(c.start(), end)));
    });
  }

  @Test
  void plusBusinessTimeIsAdditive() {
    qt().forAll(timeCases()).checkAssert(c -> {
      Object stepwise = outcome(() -> c.calendar().plusBusinessTime(
          c.calendar().plusBusinessTime(c.start(), c.first()), c.second()));
      assertThat(stepwise).isEqualTo(outcome(() -> c.calendar().plusBusinessTime(c.start(), c.first().plus(c.second()))));
    });
  }

  @Test
  void plusBusinessTimeNeverLandsOutsideBusinessHoursAndIsMeasuredBack() {
    qt().forAll(timeCases())
        .assuming(c -> !c.first().isZero())
        .checkAssert(c -> {
          Object end = outcome(() -> c.calendar().plusBusinessTime(c.start(), c.first()));
          if (end instanceof Instant result) {
            assertThat(insideOrAtCloseOfWindow(c.calendar(), result)).as("%s inside hours", result).isTrue();
            assertThat(c.calendar().businessTimeBetween(c.start(), result)).isEqualTo(c.first());
          } else {
            assertThat(end).isEqualTo(CalendarDataMissingException.class);
          }
        });
  }

  private static boolean insideOrAtCloseOfWindow(WorkingCalendar calendar, Instant instant) {
    ZoneId zone = calendar.zone();
    LocalDate date = LocalDate.ofInstant(instant, zone);
    return Stream.of(date.minusDays(1), date)
        .filter(day -> !day.isBefore(CALENDARS.get(0).firstSupported()))
        .anyMatch(day -> calendar.businessHours(day).windows().stream()
            .anyMatch(window -> window.startOn(day, zone).isBefore(instant)
                && !window.endOn(day, zone).isBefore(instant)));
  }
}
