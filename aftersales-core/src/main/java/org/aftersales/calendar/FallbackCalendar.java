package org.aftersales.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A calendar with data that, outside the data's range, estimates with weekends only instead of
 * refusing: the explicit choice of a policy that would rather run deadlines on an estimate than
 * stop when a year's holidays are not yet published.
 *
 * <p>Inside {@link ImmutableWorkingCalendar#firstSupported()} to {@link
 * ImmutableWorkingCalendar#lastSupported()} every answer is the data's; outside, the fallback's, and
 * {@link #isFallback(LocalDate)} says so. Working-day and business-time arithmetic crosses the
 * boundary seamlessly: the data's part is precomputed, the fallback's is the fallback's own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FallbackCalendar implements WorkingCalendar {

  private final ImmutableWorkingCalendar data;
  private final WeekendsOnlyCalendar fallback;
  private final Instant dataStart;
  private final Instant dataEnd;
  private final int dataWorkingDays;
  private final Duration dataBusinessTime;

  private FallbackCalendar(ImmutableWorkingCalendar data, WeekendsOnlyCalendar fallback) {
    this.data = data;
    this.fallback = fallback;
    this.dataStart = data.firstSupported().atStartOfDay(data.zone()).toInstant();
    this.dataEnd = data.lastSupported().plusDays(1).atStartOfDay(data.zone()).toInstant();
    this.dataWorkingDays = data.workingDaysBetween(data.firstSupported(), data.lastSupported().plusDays(1));
    this.dataBusinessTime = data.businessTimeBetween(dataStart, dataEnd);
  }

  /**
   * Returns {@code data} falling back to weekends only, with the business hours of the data's
   * first working weekday (Monday unless Monday is a rest day).
   *
   * @param data the calendar whose answers are used inside its range
   * @return the calendar
   * @throws NullPointerException if {@code data} is null
   */
  public static FallbackCalendar weekendsOnlyBeyond(ImmutableWorkingCalendar data) {
    Objects.requireNonNull(data, "data");
    BusinessHours hours = BusinessHours.NONE;
    for (DayOfWeek day : DayOfWeek.values()) {
      if (hours.windows().isEmpty()) {
        hours = data.hoursOf(day);
      }
    }
    return new FallbackCalendar(data, WeekendsOnlyCalendar.of(data.zone(), hours));
  }

  /**
   * Returns {@code data} falling back to {@code fallback}.
   *
   * @param data the calendar whose answers are used inside its range
   * @param fallback the calendar whose answers are used outside it
   * @return the calendar
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the two calendars have different zones
   */
  public static FallbackCalendar of(ImmutableWorkingCalendar data, WeekendsOnlyCalendar fallback) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(fallback, "fallback");
    if (!data.zone().equals(fallback.zone())) {
      throw new IllegalArgumentException("fallback zone " + fallback.zone() + " differs from the data's " + data.zone());
    }
    return new FallbackCalendar(data, fallback);
  }

  /** Returns the calendar used inside its range. */
  public ImmutableWorkingCalendar data() {
    return data;
  }

  /** Returns the calendar used outside the data's range. */
  public WeekendsOnlyCalendar fallback() {
    return fallback;
  }

  /**
   * Returns the zone of the data.
   *
   * @return the zone
   */
  @Override
  public ZoneId zone() {
    return data.zone();
  }

  /**
   * Checks if {@code date} is outside the data's range, where the answers are the fallback's.
   *
   * @param date the date to check
   * @return true before {@link ImmutableWorkingCalendar#firstSupported()} and after {@link
   *     ImmutableWorkingCalendar#lastSupported()}
   * @throws NullPointerException if {@code date} is null
   */
  @Override
  public boolean isFallback(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.isBefore(data.firstSupported()) || date.isAfter(data.lastSupported());
  }

  /**
   * Checks if {@code date} is a working day, by the data inside its range and by the fallback outside.
   *
   * @param date the date to check
   * @return true if {@code date} is a working day
   * @throws NullPointerException if {@code date} is null
   */
  @Override
  public boolean isWorkingDay(LocalDate date) {
    return isFallback(date) ? fallback.isWorkingDay(date) : data.isWorkingDay(date);
  }

  /**
   * Returns the business hours of {@code date}, by the data inside its range and by the fallback outside.
   *
   * @param date the date to look up
   * @return the business hours
   * @throws NullPointerException if {@code date} is null
   */
  @Override
  public BusinessHours businessHours(LocalDate date) {
    return isFallback(date) ? fallback.businessHours(date) : data.businessHours(date);
  }

  /**
   * Shifts {@code date} by {@code amount} working days across the data's boundaries.
   *
   * @param date the date to shift
   * @param amount the number of working days, any sign; zero returns {@code date}
   * @return the shifted date, a working day unless {@code amount} is zero
   * @throws NullPointerException if {@code date} is null
   * @throws java.time.DateTimeException if the result is outside the range of {@link LocalDate}
   * @throws ArithmeticException if {@code date} lies millions of years beyond the data and the
   *     count runs back across it
   */
  @Override
  public LocalDate plusWorkingDays(LocalDate date, int amount) {
    Objects.requireNonNull(date, "date");
    if (amount == 0) {
      return date;
    }
    if (amount > 0 ? date.isAfter(data.lastSupported()) : date.isBefore(data.firstSupported())) {
      // Moving away from the data: counting from the data's edge could overflow an int for far dates.
      return fallback.plusWorkingDays(date, amount);
    }
    long index = amount > 0 ? workingDaysFromDataStart(date.plusDays(1)) + amount - 1
        : workingDaysFromDataStart(date) + amount;
    if (index < 0) {
      return fallback.plusWorkingDays(data.firstSupported(), Math.toIntExact(index));
    }
    if (index >= dataWorkingDays) {
      return fallback.plusWorkingDays(data.lastSupported(), Math.toIntExact(index - dataWorkingDays + 1));
    }
    return data.workingDayAt((int) index);
  }

  /**
   * Counts the working days from {@code startInclusive} to {@code endExclusive} across the data's boundaries.
   *
   * @param startInclusive the first date of the range
   * @param endExclusive the date after the last date of the range
   * @return the count, negative if the range is reversed, zero if the dates are equal
   * @throws NullPointerException if a date is null
   * @throws ArithmeticException if the count does not fit in an {@code int}
   */
  @Override
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    return Math.toIntExact(workingDaysFromDataStart(endExclusive) - workingDaysFromDataStart(startInclusive));
  }

  /**
   * Adds {@code amount} of business time to {@code start} across the data's boundaries, with the
   * rules of {@link WorkingCalendar#plusBusinessTime(Instant, Duration)}.
   *
   * @param start the instant to start counting from
   * @param amount the business time to add, not negative; zero returns {@code start}
   * @return the instant the business time runs out
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  @Override
  public Instant plusBusinessTime(Instant start, Duration amount) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    if (amount.isZero()) {
      return start;
    }
    Instant cursor = start;
    Duration left = amount;
    if (cursor.isBefore(dataStart)) {
      Duration before = fallback.businessTimeBetween(cursor, dataStart);
      if (left.compareTo(before) <= 0) {
        return fallback.plusBusinessTime(cursor, left);
      }
      left = left.minus(before);
      cursor = dataStart;
    }
    if (cursor.isBefore(dataEnd)) {
      Duration inData = data.businessTimeBetween(cursor, dataEnd);
      if (left.compareTo(inData) <= 0) {
        return data.plusBusinessTime(cursor, left);
      }
      left = left.minus(inData);
      cursor = dataEnd;
    }
    return fallback.plusBusinessTime(cursor, left);
  }

  /**
   * Measures the business time from {@code startInclusive} to {@code endExclusive} across the data's boundaries.
   *
   * @param startInclusive the first instant of the range
   * @param endExclusive the instant after the range
   * @return the business time, negative if the range is reversed, zero if the instants are equal
   * @throws NullPointerException if an argument is null
   */
  @Override
  public Duration businessTimeBetween(Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (!startInclusive.isBefore(dataEnd) && !endExclusive.isBefore(dataEnd)
        || !startInclusive.isAfter(dataStart) && !endExclusive.isAfter(dataStart)) {
      // Both beyond the same edge: the fallback walks day by day, so walk only the span asked about.
      return fallback.businessTimeBetween(startInclusive, endExclusive);
    }
    return businessTimeFromDataStart(endExclusive).minus(businessTimeFromDataStart(startInclusive));
  }

  /**
   * Compares the data and the fallback.
   *
   * @param other the object to compare with, null returns false
   * @return true if {@code other} is a fallback calendar with equal data and fallback
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof FallbackCalendar that && data.equals(that.data) && fallback.equals(that.fallback);
  }

  /**
   * Returns a hash code of the data and the fallback.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(data, fallback);
  }

  /** Returns the data and the fallback. */
  @Override
  public String toString() {
    return "FallbackCalendar[" + data + " beyond which " + fallback + "]";
  }

  /** Working days from the data's first date to {@code date}, negative before it. */
  private long workingDaysFromDataStart(LocalDate date) {
    if (date.isBefore(data.firstSupported())) {
      return -(long) fallback.workingDaysBetween(date, data.firstSupported());
    }
    LocalDate afterData = data.lastSupported().plusDays(1);
    if (!date.isAfter(afterData)) {
      return data.workingDaysBetween(data.firstSupported(), date);
    }
    return dataWorkingDays + (long) fallback.workingDaysBetween(afterData, date);
  }

  /** Business time from the start of the data's range to {@code instant}, negative before it. */
  private Duration businessTimeFromDataStart(Instant instant) {
    if (instant.isBefore(dataStart)) {
      return fallback.businessTimeBetween(instant, dataStart).negated();
    }
    if (!instant.isAfter(dataEnd)) {
      return data.businessTimeBetween(dataStart, instant);
    }
    return dataBusinessTime.plus(fallback.businessTimeBetween(dataEnd, instant));
  }
}
