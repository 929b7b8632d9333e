package org.aftersales.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A working-day calendar, classifying the local dates of one zone as working days or rest days
 * and giving each date its business hours.
 *
 * <p>Every SLA deadline is computed on a working calendar: in whole working days ({@link
 * #plusWorkingDays(LocalDate, int)}) or in business time ({@link #plusBusinessTime(Instant,
 * Duration)}). An implementation answers three questions: its {@link #zone()}, whether a date
 * {@linkplain #isWorkingDay(LocalDate) is a working day}, and the {@linkplain
 * #businessHours(LocalDate) business hours} of a date. Every other method has a default
 * implementation derived from those answers, walking day by day. Implementations with faster
 * arithmetic may override the defaults but must return the same results.
 *
 * <p>Business time is real elapsed time on the instant timeline. The windows of a date become
 * instants as described by {@link TimeWindow#startOn(LocalDate, ZoneId)} and {@link
 * TimeWindow#endOn(LocalDate, ZoneId)}, so on a daylight-saving transition day a window can be
 * longer or shorter than its wall-clock length.
 *
 * <p>Methods throw {@link DateTimeException} when a calculation leaves the range of dates the
 * calendar supports; for a calendar without a range of its own, that is the range of {@link
 * LocalDate}.
 *
 * <p>All implementations of this interface must be immutable and thread-safe.
 */
public interface WorkingCalendar {

  /**
   * Returns the zone whose local dates and business hours this calendar speaks of.
   *
   * @return the zone, never null
   */
  ZoneId zone();

  /**
   * Checks if {@code date} is a working day.
   *
   * <p>A date that is not a working day is a rest day.
   *
   * @param date the date to check
   * @return true if {@code date} is a working day
   * @throws NullPointerException if {@code date} is null
   * @throws DateTimeException if {@code date} is outside the range the calendar supports
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * Returns the business hours of {@code date}, as local times in {@link #zone()}.
   *
   * <p>On a working day the hours have at least one window. On a rest day they are {@link
   * BusinessHours#NONE}.
   *
   * @param date the date to look up
   * @return the business hours of {@code date}
   * @throws NullPointerException if {@code date} is null
   * @throws DateTimeException if {@code date} is outside the range the calendar supports
   */
  BusinessHours businessHours(LocalDate date);

  /**
   * Checks if the calendar answers for {@code date} from a fallback rule instead of data.
   *
   * <p>A calendar that {@linkplain FallbackCalendar falls back} to weekends only beyond its data
   * returns true for such dates, so that a deadline computed there can be marked as an estimate and
   * recomputed once the data is supplied. Calendars without a fallback never guess and return
   * false, which is the default. The dates a calendar has data for must form one unbroken range,
   * so that a count whose first and last dates are not fallback dates used no fallback date.
   *
   * @param date the date to check
   * @return true if the answers for {@code date} are an estimate
   * @throws NullPointerException if {@code date} is null
   */
  default boolean isFallback(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return false;
  }

  /**
   * Finds the first working day after {@code date}, always returning a later date.
   *
   * @param date the date to start from
   * @return the first working day strictly after {@code date}
   * @throws NullPointerException if {@code date} is null
   * @throws DateTimeException if the calculation leaves the range the calendar supports
   */
  default LocalDate nextWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate next = date.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
      if (next.isAfter(date.plusDays(RestDayLimit.DAYS))) {
        throw RestDayLimit.exceeded(date, "working day");
      }
    }
    return next;
  }

  /**
   * Finds the first working day on or after {@code date}.
   *
   * <p>If {@code date} is a working day, it is returned. Otherwise the next working day is
   * returned.
   *
   * @param date the date to start from
   * @return {@code date} if it is a working day, else the first working day after it
   * @throws NullPointerException if {@code date} is null
   * @throws DateTimeException if the calculation leaves the range the calendar supports
   */
  default LocalDate nextOrSameWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return isWorkingDay(date) ? date : nextWorkingDay(date);
  }

  /**
   * Finds the last working day before {@code date}, always returning an earlier date.
   *
   * @param date the date to start from
   * @return the last working day strictly before {@code date}
   * @throws NullPointerException if {@code date} is null
   * @throws DateTimeException if the calculation leaves the range the calendar supports
   */
  default LocalDate previousWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate previous = date.minusDays(1);
    while (!isWorkingDay(previous)) {
      previous = previous.minusDays(1);
      if (previous.isBefore(date.minusDays(RestDayLimit.DAYS))) {
        throw RestDayLimit.exceeded(date, "working day");
      }
    }
    return previous;
  }

  /**
   * Finds the last working day on or before {@code date}.
   *
   * <p>If {@code date} is a working day, it is returned. Otherwise the previous working day is
   * returned.
   *
   * @param date the date to start from
   * @return {@code date} if it is a working day, else the last working day before it
   * @throws NullPointerException if {@code date} is null
   * @throws DateTimeException if the calculation leaves the range the calendar supports
   */
  default LocalDate previousOrSameWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return isWorkingDay(date) ? date : previousWorkingDay(date);
  }

  /**
   * Shifts {@code date} by {@code amount} working days.
   *
   * <p>If the amount is positive, the result is the {@code amount}-th working day after {@code
   * date}. If the amount is negative, the result is the {@code -amount}-th working day before
   * {@code date}. If the amount is zero, {@code date} is returned unchanged, even if it is a rest
   * day. {@code date} itself need not be a working day and is never counted.
   *
   * @param date the date to shift
   * @param amount the number of working days to shift by
   * @return the shifted date, a working day unless {@code amount} is zero
   * @throws NullPointerException if {@code date} is null
   * @throws DateTimeException if the calculation leaves the range the calendar supports
   */
  default LocalDate plusWorkingDays(LocalDate date, int amount) {
    Objects.requireNonNull(date, "date");
    LocalDate shifted = date;
    for (int i = 0; i < amount; i++) {
      shifted = nextWorkingDay(shifted);
    }
    for (int i = 0; i > amount; i--) {
      shifted = previousWorkingDay(shifted);
    }
    return shifted;
  }

  /**
   * Counts the working days from {@code startInclusive} to {@code endExclusive}.
   *
   * <p>If the dates are equal, zero is returned. If {@code endExclusive} is before {@code
   * startInclusive}, the negated count of working days from {@code endExclusive} inclusive to
   * {@code startInclusive} exclusive is returned. On working days this inverts {@link
   * #plusWorkingDays(LocalDate, int)}: for a working day {@code d}, {@code workingDaysBetween(d,
   * plusWorkingDays(d, n))} is {@code n}. For working days {@code d} and {@code e}, {@code
   * plusWorkingDays(d, workingDaysBetween(d, e))} is {@code e}.
   *
   * @param startInclusive the first date of the range
   * @param endExclusive the date after the last date of the range
   * @return the number of working days in the range, negative if the range is reversed
   * @throws NullPointerException if {@code startInclusive} or {@code endExclusive} is null
   * @throws DateTimeException if a date is outside the range the calendar supports
   * @throws ArithmeticException if the count does not fit in an {@code int}
   */
  default int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      return -workingDaysBetween(endExclusive, startInclusive);
    }
    return Math.toIntExact(
        startInclusive.datesUntil(endExclusive).filter(this::isWorkingDay).count());
  }

  /**
   * Adds {@code amount} of business time to {@code start}.
   *
   * <p>The result is the earliest instant at which exactly {@code amount} of business time has
   * elapsed since {@code start}. If {@code start} is outside business hours, counting begins at
   * the next opening. If the amount runs out exactly at the close of a window, that close is
   * returned rather than the next opening. If the amount is zero, {@code start} is returned
   * unchanged, even if it is outside business hours. These rules make additions compose:
   * adding {@code a} and then {@code b} equals adding {@code a.plus(b)}.
   *
   * @param start the instant to start counting from
   * @param amount the business time to add, not negative
   * @return the instant the business time runs out; inside a window or at its close if {@code
   *     amount} is positive
   * @throws NullPointerException if {@code start} or {@code amount} is null
   * @throws IllegalArgumentException if {@code amount} is negative
   * @throws DateTimeException if the calculation leaves the range the calendar supports
   */
  default Instant plusBusinessTime(Instant start, Duration amount) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    if (amount.isZero()) {
      return start;
    }
    ZoneId zone = zone();
    Instant cursor = start;
    Duration remaining = amount;
    LocalDate lastOpen = LocalDate.ofInstant(start, zone);
    for (LocalDate date = lastOpen; ; date = date.plusDays(1)) {
      List<TimeWindow> windows = businessHours(date).windows();
      if (!windows.isEmpty()) {
        lastOpen = date;
      } else if (date.isAfter(lastOpen.plusDays(RestDayLimit.DAYS))) {
        throw RestDayLimit.exceeded(lastOpen, "business hours");
      }
      for (TimeWindow window : windows) {
        Instant close = window.endOn(date, zone);
        if (close.isAfter(cursor)) {
          Instant open = window.startOn(date, zone);
          if (open.isAfter(cursor)) {
            cursor = open;
          }
          Duration available = Duration.between(cursor, close);
          if (remaining.compareTo(available) <= 0) {
            return cursor.plus(remaining);
          }
          remaining = remaining.minus(available);
          cursor = close;
        }
      }
    }
  }

  /**
   * Measures the business time from {@code startInclusive} to {@code endExclusive}.
   *
   * <p>If the instants are equal, zero is returned. If {@code endExclusive} is before {@code
   * startInclusive}, the negated business time from {@code endExclusive} to {@code
   * startInclusive} is returned. For any instant {@code s} and non-negative duration {@code d},
   * {@code businessTimeBetween(s, plusBusinessTime(s, d))} equals {@code d}.
   *
   * @param startInclusive the first instant of the range
   * @param endExclusive the instant after the range
   * @return the business time inside the range, negative if the range is reversed
   * @throws NullPointerException if {@code startInclusive} or {@code endExclusive} is null
   * @throws DateTimeException if an instant is outside the range the calendar supports
   */
  default Duration businessTimeBetween(Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      return businessTimeBetween(endExclusive, startInclusive).negated();
    }
    ZoneId zone = zone();
    Duration total = Duration.ZERO;
    for (LocalDate date = LocalDate.ofInstant(startInclusive, zone);
        date.atStartOfDay(zone).toInstant().isBefore(endExclusive);
        date = date.plusDays(1)) {
      for (TimeWindow window : businessHours(date).windows()) {
        Instant open = window.startOn(date, zone);
        Instant close = window.endOn(date, zone);
        Instant from = open.isAfter(startInclusive) ? open : startInclusive;
        Instant to = close.isBefore(endExclusive) ? close : endExclusive;
        if (from.isBefore(to)) {
          total = total.plus(Duration.between(from, to));
        }
      }
    }
    return total;
  }
}
