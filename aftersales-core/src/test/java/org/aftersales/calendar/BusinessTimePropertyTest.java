package org.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of business time, on calendars with lunch breaks, windows touching daylight-saving gaps
 * and overlaps, and windows running through midnight, from instants spread over 2000 to 2100 and
 * instants close to the zones' transitions.
 */
class BusinessTimePropertyTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static final List<WorkingCalendar> CALENDARS =
      List.of(
          WeekendsOnlyCalendar.of(SHANGHAI, hours("09:00-12:00", "13:30-18:00")),
          WeekendsOnlyCalendar.of(BERLIN),
          StubCalendar.everyDay(SHANGHAI, BusinessHours.ALL_DAY),
          StubCalendar.everyDay(
              NEW_YORK,
              hours("01:30-02:30", "02:40-02:50", "03:00-03:15", "09:00-12:00", "22:00-00:00")),
          StubCalendar.everyDay(BERLIN, hours("00:00-02:30", "02:30-03:30", "09:00-17:00")));

  /** Shanghai last changed its clocks in 1991. */
  private static final Instant FROM_1985 = Instant.parse("1985-01-01T00:00:00Z");

  private static final long FROM_2000 = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
  private static final long TO_2100 = Instant.parse("2100-12-31T00:00:00Z").getEpochSecond();
  private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);
  private static final long THREE_DAYS_IN_QUARTER_HOURS =
      Duration.ofDays(3).dividedBy(QUARTER_HOUR);

  /** A calendar and an instant to start from. */
  record Start(WorkingCalendar calendar, Instant instant) {}

  private static BusinessHours hours(String... windows) {
    return BusinessHours.of(
        Stream.of(windows)
            .map(window -> window.split("-"))
            .map(times -> TimeWindow.of(LocalTime.parse(times[0]), LocalTime.parse(times[1])))
            .toArray(TimeWindow[]::new));
  }

  private static List<Instant> transitions(ZoneId zone) {
    List<Instant> instants = new ArrayList<>();
    ZoneRules rules = zone.getRules();
    for (ZoneOffsetTransition transition = rules.nextTransition(FROM_1985);
        transition != null && transition.getInstant().getEpochSecond() < TO_2100;
        transition = rules.nextTransition(transition.getInstant())) {
      instants.add(transition.getInstant());
    }
    return instants;
  }

  private static Gen<Instant> instants(ZoneId zone) {
    Gen<Instant> anyTime =
        longs().between(FROM_2000, TO_2100).map(seconds -> Instant.ofEpochSecond(seconds));
    List<Instant> transitions = transitions(zone);
    Gen<Instant> nearTransition =
        integers()
            .between(0, transitions.size() - 1)
            .zip(
                longs().between(-THREE_DAYS_IN_QUARTER_HOURS, THREE_DAYS_IN_QUARTER_HOURS),
                (index, quarters) ->
                    transitions.get(index).plus(QUARTER_HOUR.multipliedBy(quarters)));
    return anyTime.mix(nearTransition);
  }

  private static Gen<Start> starts() {
    return integers()
        .between(0, CALENDARS.size() - 1)
        .map(CALENDARS::get)
        .flatMap(
            calendar -> instants(calendar.zone()).map(instant -> new Start(calendar, instant)));
  }

  /**
   * Up to three days, in whole quarter hours so that sums often end exactly at a window's close,
   * mixed with durations down to the nanosecond.
   */
  private static Gen<Duration> durations() {
    return longs()
        .between(0, THREE_DAYS_IN_QUARTER_HOURS)
        .map(QUARTER_HOUR::multipliedBy)
        .mix(longs().between(0, Duration.ofDays(3).toNanos()).map(Duration::ofNanos));
  }

  private static boolean insideOrAtCloseOfWindow(WorkingCalendar calendar, Instant instant) {
    ZoneId zone = calendar.zone();
    LocalDate date = LocalDate.ofInstant(instant, zone);
    return Stream.of(date.minusDays(1), date)
        .anyMatch(
            day ->
                calendar.businessHours(day).windows().stream()
                    .anyMatch(
                        window ->
                            window.startOn(day, zone).isBefore(instant)
                                && !window.endOn(day, zone).isBefore(instant)));
  }

  @Test
  void plusBusinessTimeIsAdditive() {
    qt().forAll(starts(), durations(), durations())
        .checkAssert(
            (start, first, second) -> {
              WorkingCalendar calendar = start.calendar();
              assertThat(
                      calendar.plusBusinessTime(
                          calendar.plusBusinessTime(start.instant(), first), second))
                  .isEqualTo(calendar.plusBusinessTime(start.instant(), first.plus(second)));
            });
  }

  @Test
  void businessTimeBetweenMeasuresWhatPlusBusinessTimeAdds() {
    qt().forAll(starts(), durations())
        .checkAssert(
            (start, amount) -> {
              WorkingCalendar calendar = start.calendar();
              Instant end = calendar.plusBusinessTime(start.instant(), amount);
              assertThat(calendar.businessTimeBetween(start.instant(), end)).isEqualTo(amount);
              assertThat(calendar.businessTimeBetween(end, start.instant()))
                  .isEqualTo(amount.negated());
            });
  }

  @Test
  void plusPositiveBusinessTimeEndsInsideOrAtCloseOfWindow() {
    qt().forAll(starts(), durations())
        .assuming((start, amount) -> !amount.isZero())
        .checkAssert(
            (start, amount) ->
                assertThat(
                        insideOrAtCloseOfWindow(
                            start.calendar(),
                            start.calendar().plusBusinessTime(start.instant(), amount)))
                    .isTrue());
  }

  @Test
  void plusZeroBusinessTimeIsUnchanged() {
    qt().forAll(starts())
        .checkAssert(
            start ->
                assertThat(start.calendar().plusBusinessTime(start.instant(), Duration.ZERO))
                    .isEqualTo(start.instant()));
  }

  @Test
  void plusBusinessTimeIsMonotone() {
    qt().forAll(starts(), durations(), durations())
        .checkAssert(
            (start, first, second) -> {
              WorkingCalendar calendar = start.calendar();
              Instant shorter = calendar.plusBusinessTime(start.instant(), first);
              Instant longer = calendar.plusBusinessTime(start.instant(), first.plus(second));
              assertThat(shorter).isAfterOrEqualTo(start.instant()).isBeforeOrEqualTo(longer);
            });
  }

  @Test
  void businessTimeBetweenIsAdditiveAndBoundedByElapsedTime() {
    qt().forAll(starts(), durations(), durations())
        .checkAssert(
            (start, first, second) -> {
              WorkingCalendar calendar = start.calendar();
              Instant a = start.instant();
              Instant b = a.plus(first);
              Instant c = b.minus(second);
              Duration ab = calendar.businessTimeBetween(a, b);
              Duration bc = calendar.businessTimeBetween(b, c);
              assertThat(ab.plus(bc)).isEqualTo(calendar.businessTimeBetween(a, c));
              assertThat(ab).isBetween(Duration.ZERO, first);
            });
  }
}
