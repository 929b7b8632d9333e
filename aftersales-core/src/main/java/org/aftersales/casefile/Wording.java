package org.aftersales.casefile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** How timelines write instants and durations: local time in the tenant's zone, whole units. */
final class Wording {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private Wording() {}

  /**
   * Returns {@code 2025-03-04 09:00} for an instant seen in a zone; midnight is written as 24:00 of the
   * day before, as "by the end of the 11th" reads, not as the 12th.
   */
  static String at(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return DAY.format(local.minusDays(1)) + " 24:00";
    }
    return LOCAL.format(local);
  }

  /** Returns {@code 3 days}, {@code 24 h}, {@code 21 h} or {@code 14 h 30 min}, as reminders say it. */
  static String duration(Duration duration) {
    if (duration.toDays() >= 2 && duration.toHoursPart() == 0 && duration.toMinutesPart() == 0) {
      return duration.toDays() + " days";
    }
    long hours = duration.toHours();
    int minutes = duration.toMinutesPart();
    if (hours == 0) {
      return minutes + " min";
    }
    return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
  }
}
