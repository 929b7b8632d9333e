package org.aftersales.policy.testing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.calendar.WorkingCalendar;

/** Moments and calendars of the tests: Shanghai and Berlin and London local times, weekends only. */
public final class Clocks {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  public static final ZoneId LONDON = ZoneId.of("Europe/London");
  public static final WorkingCalendar SHANGHAI_WEEKDAYS = WeekendsOnlyCalendar.of(SHANGHAI);
  public static final WorkingCalendar BERLIN_WEEKDAYS = WeekendsOnlyCalendar.of(BERLIN);
  public static final WorkingCalendar LONDON_WEEKDAYS = WeekendsOnlyCalendar.of(LONDON);

  private Clocks() {}

  /** Returns the instant of a Shanghai local time such as {@code 2026-03-02T23:59}. */
  public static Instant shanghai(String localDateTime) {
    return in(SHANGHAI, localDateTime);
  }

  /** Returns the instant of a local time in a zone. */
  public static Instant in(ZoneId zone, String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }
}
