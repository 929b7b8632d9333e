package org.aftersales.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A working calendar whose only rest days are Saturdays and Sundays.
 *
 * <p>Monday to Friday are working days, all with the same business hours. There are no public
 * holidays and no make-up working days. {@link #plusWorkingDays(LocalDate, int)} and {@link
 * #workingDaysBetween(LocalDate, LocalDate)} take constant time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WeekendsOnlyCalendar implements WorkingCalendar {

  /** The epoch day of Monday 1969-12-29, the start of the week holding the epoch 1970-01-01. */
  private static final long EPOCH_MONDAY = -3;

  private final ZoneId zone;
  private final BusinessHours hours;

  private WeekendsOnlyCalendar(ZoneId zone, BusinessHours hours) {
    this.zone = zone;
    this.hours = hours;
  }

  /**
   * Returns the calendar for {@code zone} whose working days are business hours all day long.
   *
   * @param zone the zone of the calendar's dates and hours
   * @return the calendar, with {@link BusinessHours#ALL_DAY} on working days
   * @throws NullPointerException if {@code zone} is null
   */
  public static WeekendsOnlyCalendar of(ZoneId zone) {
    return of(zone, BusinessHours.ALL_DAY);
  }

  /**
   * Returns the calendar for {@code zone} with {@code hours} on every working day.
   *
   * @param zone the zone of the calendar's dates and hours
   * @param hours the business hours of every working day
   * @return the calendar
   * @throws NullPointerException if {@code zone} or {@code hours} is null
   * @throws IllegalArgumentException if {@code hours} has no window
   */
  public static WeekendsOnlyCalendar of(ZoneId zone, BusinessHours hours) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(hours, "hours");
    if (hours.windows().isEmpty()) {
      throw new IllegalArgumentException("hours of working days must have a window: " + hours);
    }
    return new WeekendsOnlyCalendar(zone, hours);
  }

  /**
   * Returns the zone whose local dates and business hours this calendar speaks of.
   *
   * @return the zone given at creation
   */
  @Override
  public ZoneId zone() {
    return zone;
  }

  /**
   * Checks if {@code date} is a working day, that is a day from Monday to Friday.
   *
   * @param date the date to check
   * @return true unless {@code date} is a Saturday or a Sunday
   * @throws NullPointerException if {@code date} is null
   */
  @Override
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = Objects.requireNonNull(date, "date").getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /**
   * Returns the business hours of {@code date}.
   *
   * @param date the date to look up
   * @return the hours given at creation on a working day, {@link BusinessHours#NONE} on a weekend
   * @throws NullPointerException if {@code date} is null
   */
  @Override
  public BusinessHours businessHours(LocalDate date) {
    return isWorkingDay(date) ? hours : BusinessHours.NONE;
  }

  /**
   * Shifts {@code date} by {@code amount} working days, in constant time.
   *
   * <p>If the amount is positive, the result is the {@code amount}-th working day after {@code
   * date}. If the amount is negative, the result is the {@code -amount}-th working day before
   * {@code date}. If the amount is zero, {@code date} is returned unchanged, even on a weekend.
   * {@code date} itself need not be a working day and is never counted.
   *
   * @param date the date to shift
   * @param amount the number of working days to shift by
   * @return the shifted date, a working day unless {@code amount} is zero
   * @throws NullPointerException if {@code date} is null
   * @throws DateTimeException if the result is outside the range of {@link LocalDate}
   */
  @Override
  public LocalDate plusWorkingDays(LocalDate date, int amount) {
    long epochDay = Objects.requireNonNull(date, "date").toEpochDay();
    if (amount == 0) {
      return date;
    }
    long index =
        amount > 0
            ? workingDaysBefore(epochDay + 1) + amount - 1
            : workingDaysBefore(epochDay) + amount;
    return LocalDate.ofEpochDay(
        EPOCH_MONDAY + Math.floorDiv(index, 5) * 7 + Math.floorMod(index, 5));
  }

  /**
   * Counts the working days from {@code startInclusive} to {@code endExclusive}, in constant time.
   *
   * <p>If the dates are equal, zero is returned. If {@code endExclusive} is before {@code
   * startInclusive}, the negated count of working days from {@code endExclusive} inclusive to
   * {@code startInclusive} exclusive is returned.
   *
   * @param startInclusive the first date of the range
   * @param endExclusive the date after the last date of the range
   * @return the number of working days in the range, negative if the range is reversed
   * @throws NullPointerException if {@code startInclusive} or {@code endExclusive} is null
   * @throws ArithmeticException if the count does not fit in an {@code int}
   */
  @Override
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    return Math.toIntExact(
        workingDaysBefore(endExclusive.toEpochDay())
            - workingDaysBefore(startInclusive.toEpochDay()));
  }

  /**
   * Compares the zone and the business hours.
   *
   * @param other the object to compare with, null returns false
   * @return true if {@code other} is a weekends-only calendar with equal zone and hours
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof WeekendsOnlyCalendar that
        && zone.equals(that.zone)
        && hours.equals(that.hours);
  }

  /**
   * Returns a hash code of the zone and the business hours.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(zone, hours);
  }

  /**
   * Returns the zone and hours, as {@code WeekendsOnlyCalendar[zone=Asia/Shanghai,
   * hours=BusinessHours[09:00-18:00]]}.
   */
  @Override
  public String toString() {
    return "WeekendsOnlyCalendar[zone=" + zone + ", hours=" + hours + "]";
  }

  /**
   * Counts the working days from {@link #EPOCH_MONDAY} inclusive to {@code epochDay} exclusive,
   * negated when {@code epochDay} is earlier. The count for a working day is its index among all
   * working days, 0 being {@link #EPOCH_MONDAY}.
   */
  private static long workingDaysBefore(long epochDay) {
    long days = epochDay - EPOCH_MONDAY;
    return Math.floorDiv(days, 7) * 5 + Math.min(Math.floorMod(days, 7), 5);
  }
}
