package org.aftersales.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;

/**
 * A window of business hours within a day, from {@code start} inclusive to {@code end} exclusive,
 * both local times.
 *
 * <p>An {@code end} of {@link LocalTime#MIDNIGHT} means the end of the day (24:00), so {@code
 * TimeWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)} is the whole day. Any other {@code end}
 * must be after {@code start}. A window never wraps past midnight.
 *
 * <p>On a concrete date and zone the window becomes an interval of instants, see {@link
 * #startOn(LocalDate, ZoneId)} and {@link #endOn(LocalDate, ZoneId)}. A local time that an
 * overlap (clocks set back) makes ambiguous is taken at its earlier offset. A local time that a
 * gap (clocks set forward) skips is taken as the instant the gap ends. This mapping never goes
 * backwards, so the intervals of sorted windows stay sorted and disjoint; a window lying wholly
 * inside a gap becomes empty.
 *
 * @param start the local time the window opens, inclusive
 * @param end the local time the window closes, exclusive; {@link LocalTime#MIDNIGHT} for 24:00
 */
public record TimeWindow(LocalTime start, LocalTime end) {

  private static final long NANOS_PER_DAY = Duration.ofDays(1).toNanos();

  /**
   * Creates a window from {@code start} to {@code end}.
   *
   * @param start the local time the window opens, inclusive
   * @param end the local time the window closes, exclusive; {@link LocalTime#MIDNIGHT} for 24:00
   * @throws NullPointerException if {@code start} or {@code end} is null
   * @throws IllegalArgumentException if {@code end} is neither after {@code start} nor {@link
   *     LocalTime#MIDNIGHT}; the message names the window
   */
  public TimeWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
      throw new IllegalArgumentException(
          "time window " + start + "-" + end + " must end after it starts");
    }
  }

  /**
   * Returns the window from {@code start} to {@code end}.
   *
   * @param start the local time the window opens, inclusive
   * @param end the local time the window closes, exclusive; {@link LocalTime#MIDNIGHT} for 24:00
   * @return the window
   * @throws NullPointerException if {@code start} or {@code end} is null
   * @throws IllegalArgumentException if {@code end} is neither after {@code start} nor {@link
   *     LocalTime#MIDNIGHT}; the message names the window
   */
  public static TimeWindow of(LocalTime start, LocalTime end) {
    return new TimeWindow(start, end);
  }

  /**
   * Returns the nominal length of the window, as read on a wall clock.
   *
   * <p>The length ignores daylight saving: the real elapsed time of the window on a transition day
   * is the difference of {@link #endOn(LocalDate, ZoneId)} and {@link #startOn(LocalDate, ZoneId)}.
   *
   * @return the length, positive and at most one day
   */
  public Duration length() {
    return Duration.ofNanos(endNanoOfDay() - start.toNanoOfDay());
  }

  /**
   * Returns the instant this window opens on {@code date} in {@code zone}.
   *
   * <p>If the start time is ambiguous because of an overlap, the earlier offset is used. If the
   * start time does not exist because of a gap, the instant the gap ends is returned.
   *
   * @param date the local date of the window
   * @param zone the zone the local times are read in
   * @return the opening instant, never after {@link #endOn(LocalDate, ZoneId)}
   * @throws NullPointerException if {@code date} or {@code zone} is null
   */
  public Instant startOn(LocalDate date, ZoneId zone) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(zone, "zone");
    return toInstant(date.atTime(start), zone);
  }

  /**
   * Returns the instant this window closes on {@code date} in {@code zone}.
   *
   * <p>An end of 24:00 is the start of the following day. If the end time is ambiguous because of
   * an overlap, the earlier offset is used. If the end time does not exist because of a gap, the
   * instant the gap ends is returned.
   *
   * @param date the local date of the window
   * @param zone the zone the local times are read in
   * @return the closing instant, never before {@link #startOn(LocalDate, ZoneId)}
   * @throws NullPointerException if {@code date} or {@code zone} is null
   * @throws DateTimeException if the end is 24:00 and {@code date} is {@link
   *     LocalDate#MAX}
   */
  public Instant endOn(LocalDate date, ZoneId zone) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(zone, "zone");
    LocalDateTime local =
        end.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay() : date.atTime(end);
    return toInstant(local, zone);
  }

  /** Returns the window as {@code start-end}, with an end of midnight written {@code 24:00}. */
  @Override
  public String toString() {
    return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
  }

  /** The end as nanoseconds of the day, 24:00 being one whole day. */
  long endNanoOfDay() {
    return end.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : end.toNanoOfDay();
  }

  private static Instant toInstant(LocalDateTime local, ZoneId zone) {
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    return transition != null && transition.isGap()
        ? transition.getInstant()
        : ZonedDateTime.of(local, zone).toInstant();
  }
}
