package org.aftersales.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A working calendar built from data: weekly rest days, public holidays, make-up working days
 * (调休, rest days that are worked to bridge a holiday), business hours per weekday and an explicit
 * range of supported dates, with every answer precomputed.
 *
 * <p>At construction the calendar stores one {@code int} bitmask per month (bit {@code d - 1} set
 * when day {@code d} is a working day), the number of working days before each month, and the
 * business time (real elapsed time, daylight saving included) before each day. Every method of
 * {@link WorkingCalendar} is overridden with arithmetic on those tables: {@link
 * #isWorkingDay(LocalDate)} and {@link #workingDaysBetween(LocalDate, LocalDate)} take constant
 * time, {@link #plusWorkingDays(LocalDate, int)} and {@link #plusBusinessTime(Instant, Duration)}
 * a binary search, and the day an instant falls on is only walked window by window.
 *
 * <p>A date is a working day when it is a make-up working day, or when its weekday is not a rest
 * day and it is neither a holiday nor a {@linkplain #withClosures(Collection) closure}. A closure
 * (a shop's own closing day) wins over a make-up working day. Make-up working days have the {@link
 * #makeUpDayHours() make-up day hours}; other working days the hours of their weekday.
 *
 * <p>Asked about a date outside {@link #firstSupported()} to {@link #lastSupported()}, every
 * method throws {@link CalendarDataMissingException}; so does a calculation that would need such a
 * date. A calendar never guesses; {@link FallbackCalendar} estimates beyond the range on request.
 *
 * <p>Create one with {@link #builder()}, or load the JSON format with {@link
 * WorkingCalendarJson}. This class is immutable and thread-safe.
 */
public final class ImmutableWorkingCalendar implements WorkingCalendar {

  /** Longest supported range: business time before a day is kept in a {@code long} of nanoseconds. */
  static final int MAX_YEARS = 200;

  private final String name;
  private final ZoneId zone;
  private final LocalDate firstSupported;
  private final LocalDate lastSupported;
  private final Set<DayOfWeek> restDays;
  private final BusinessHours[] weekdayHours;
  private final BusinessHours makeUpDayHours;
  private final NavigableSet<LocalDate> holidays;
  private final NavigableSet<LocalDate> makeUpWorkingDays;
  private final NavigableSet<LocalDate> closures;

  private final long firstEpochDay;
  private final int firstMonth;
  private final int[] workingMasks;
  private final int[] workingDaysBeforeMonth;
  private final long[] businessNanosBeforeDay;
  private final Instant rangeEnd;
  /** This calendar with business hours all day, made on first request; racing threads build equal copies. */
  private volatile ImmutableWorkingCalendar allDayView;

  ImmutableWorkingCalendar(
      String name,
      ZoneId zone,
      LocalDate firstSupported,
      LocalDate lastSupported,
      Set<DayOfWeek> restDays,
      BusinessHours[] weekdayHours,
      BusinessHours makeUpDayHours,
      NavigableSet<LocalDate> holidays,
      NavigableSet<LocalDate> makeUpWorkingDays,
      NavigableSet<LocalDate> closures) {
    this.name = name;
    this.zone = zone;
    this.firstSupported = firstSupported;
    this.lastSupported = lastSupported;
    this.restDays = Collections.unmodifiableSet(EnumSet.copyOf(restDays));
    this.weekdayHours = weekdayHours.clone();
    this.makeUpDayHours = makeUpDayHours;
    this.holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(holidays));
    this.makeUpWorkingDays = Collections.unmodifiableNavigableSet(new TreeSet<>(makeUpWorkingDays));
    this.closures = Collections.unmodifiableNavigableSet(new TreeSet<>(closures));

    this.firstEpochDay = firstSupported.toEpochDay();
    this.firstMonth = monthNumber(firstSupported);
    int months = monthNumber(lastSupported) - firstMonth + 1;
    int days = Math.toIntExact(lastSupported.toEpochDay() - firstEpochDay + 1);
    this.workingMasks = new int[months];
    this.workingDaysBeforeMonth = new int[months + 1];
    this.businessNanosBeforeDay = new long[days + 1];
    for (int i = 0; i < days; i++) {
      LocalDate date = firstSupported.plusDays(i);
      BusinessHours hours = classify(date);
      if (!hours.windows().isEmpty()) {
        workingMasks[monthNumber(date) - firstMonth] |= 1 << (date.getDayOfMonth() - 1);
      }
      businessNanosBeforeDay[i + 1] = businessNanosBeforeDay[i] + elapsedNanos(hours, date);
    }
    for (int m = 0; m < months; m++) {
      workingDaysBeforeMonth[m + 1] = workingDaysBeforeMonth[m] + Integer.bitCount(workingMasks[m]);
    }
    this.rangeEnd = lastSupported.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * Returns a builder for a calendar.
   *
   * @return a new builder; see {@link WorkingCalendarBuilder} for what must be set
   */
  public static WorkingCalendarBuilder builder() {
    return new WorkingCalendarBuilder();
  }

  /**
   * Returns this calendar with a shop's own closing days layered on it: each closure is a rest day,
   * whatever the public data says about it (a make-up working day included).
   *
   * <p>The result is precomputed like this calendar and as fast. Closures already in this calendar
   * stay; a closure on a rest day changes nothing. An empty collection returns an equal calendar.
   *
   * @param closingDays the dates the shop is closed
   * @return a calendar with the same data, hours and range, plus the closures
   * @throws NullPointerException if {@code closingDays} or any of its dates is null
   * @throws CalendarDataMissingException if a closing day is outside the supported range
   */
  public ImmutableWorkingCalendar withClosures(Collection<LocalDate> closingDays) {
    Objects.requireNonNull(closingDays, "closingDays");
    NavigableSet<LocalDate> layered = new TreeSet<>(closures);
    for (LocalDate day : closingDays) {
      layered.add(requireSupported(Objects.requireNonNull(day, "closingDays contains null")));
    }
    return new ImmutableWorkingCalendar(name, zone, firstSupported, lastSupported, restDays,
        weekdayHours, makeUpDayHours, holidays, makeUpWorkingDays, layered);
  }

  /**
   * Returns this calendar with a shop closed from {@code firstInclusive} to {@code lastInclusive},
   * as {@link #withClosures(Collection)} does for each date.
   *
   * @param firstInclusive the first closing day
   * @param lastInclusive the last closing day, equal to {@code firstInclusive} for a single day
   * @return a calendar with the same data, hours and range, plus the closures
   * @throws NullPointerException if a date is null
   * @throws IllegalArgumentException if {@code lastInclusive} is before {@code firstInclusive}
   * @throws CalendarDataMissingException if a closing day is outside the supported range
   */
  public ImmutableWorkingCalendar withClosures(LocalDate firstInclusive, LocalDate lastInclusive) {
    Objects.requireNonNull(firstInclusive, "firstInclusive");
    Objects.requireNonNull(lastInclusive, "lastInclusive");
    if (lastInclusive.isBefore(firstInclusive)) {
      throw new IllegalArgumentException(
          "lastInclusive " + lastInclusive + " is before firstInclusive " + firstInclusive);
    }
    return withClosures(firstInclusive.datesUntil(lastInclusive.plusDays(1)).toList());
  }

  /**
   * Returns this calendar with a shop's own business hours: every working weekday and every make-up
   * working day gets {@code hours}; which days are working days does not change.
   *
   * @param hours the shop's hours, with at least one window
   * @return a calendar with the same data, range and closures, and the new hours
   * @throws NullPointerException if {@code hours} is null
   * @throws IllegalArgumentException if {@code hours} has no window
   */
  public ImmutableWorkingCalendar withHours(BusinessHours hours) {
    Objects.requireNonNull(hours, "hours");
    // Deadline arithmetic in working days asks for the all-day view on every decision: once built,
    // answer from the cache before allocating anything.
    boolean allDay = hours.equals(BusinessHours.ALL_DAY);
    ImmutableWorkingCalendar cached = allDayView;
    if (allDay && cached != null) {
      return cached;
    }
    if (hours.windows().isEmpty()) {
      throw new IllegalArgumentException("hours must have a window; a day without hours is a rest day");
    }
    BusinessHours[] byWeekday = new BusinessHours[7];
    for (DayOfWeek day : DayOfWeek.values()) {
      byWeekday[day.ordinal()] = restDays.contains(day) ? BusinessHours.NONE : hours;
    }
    ImmutableWorkingCalendar view = Arrays.equals(byWeekday, weekdayHours) && hours.equals(makeUpDayHours)
        ? this
        : new ImmutableWorkingCalendar(name, zone, firstSupported, lastSupported, restDays,
            byWeekday, hours, holidays, makeUpWorkingDays, closures);
    if (allDay) {
      allDayView = view;
    }
    return view;
  }

  /** Returns the name the data gives this calendar, such as {@code CN mainland}. */
  public String name() {
    return name;
  }

  /** Returns the first date this calendar has data for. */
  public LocalDate firstSupported() {
    return firstSupported;
  }

  /** Returns the last date this calendar has data for. */
  public LocalDate lastSupported() {
    return lastSupported;
  }

  /** Returns the weekdays that are rest days unless made up, such as Saturday and Sunday. */
  public Set<DayOfWeek> restDays() {
    return restDays;
  }

  /** Returns the public holidays, ascending; holidays on rest days included. */
  public NavigableSet<LocalDate> holidays() {
    return holidays;
  }

  /** Returns the make-up working days, ascending. */
  public NavigableSet<LocalDate> makeUpWorkingDays() {
    return makeUpWorkingDays;
  }

  /** Returns the shop's own closing days, ascending; empty unless {@link #withClosures} added some. */
  public NavigableSet<LocalDate> closures() {
    return closures;
  }

  /**
   * Returns the business hours of a working day falling on {@code weekday}.
   *
   * @param weekday the day of the week
   * @return the hours; {@link BusinessHours#NONE} if {@code weekday} is a rest day
   * @throws NullPointerException if {@code weekday} is null
   */
  public BusinessHours hoursOf(DayOfWeek weekday) {
    return weekdayHours[Objects.requireNonNull(weekday, "weekday").ordinal()];
  }

  /** Returns the business hours of every make-up working day. */
  public BusinessHours makeUpDayHours() {
    return makeUpDayHours;
  }

  /**
   * Returns the zone whose local dates and business hours this calendar speaks of.
   *
   * @return the zone of the data
   */
  @Override
  public ZoneId zone() {
    return zone;
  }

  /**
   * Checks if {@code date} is a working day, in constant time.
   *
   * @param date the date to check
   * @return true if {@code date} is a working day
   * @throws NullPointerException if {@code date} is null
   * @throws CalendarDataMissingException if {@code date} is outside the supported range
   */
  @Override
  public boolean isWorkingDay(LocalDate date) {
    requireSupported(Objects.requireNonNull(date, "date"));
    return (workingMasks[monthNumber(date) - firstMonth] & (1 << (date.getDayOfMonth() - 1))) != 0;
  }

  /**
   * Returns the business hours of {@code date}, in constant time.
   *
   * @param date the date to look up
   * @return the make-up day hours on a make-up working day, the hours of the weekday on another
   *     working day, {@link BusinessHours#NONE} on a rest day
   * @throws NullPointerException if {@code date} is null
   * @throws CalendarDataMissingException if {@code date} is outside the supported range
   */
  @Override
  public BusinessHours businessHours(LocalDate date) {
    if (!isWorkingDay(date)) {
      return BusinessHours.NONE;
    }
    // A working day on a rest weekday can only be a make-up working day.
    return restDays.contains(date.getDayOfWeek()) ? makeUpDayHours : hoursOf(date.getDayOfWeek());
  }

  /**
   * Finds the first working day after {@code date}, with a binary search.
   *
   * @param date the date to start from, inside the supported range
   * @return the first working day strictly after {@code date}
   * @throws NullPointerException if {@code date} is null
   * @throws CalendarDataMissingException if {@code date} is outside the supported range, or no
   *     working day follows it inside the range
   */
  @Override
  public LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  /**
   * Finds the last working day before {@code date}, with a binary search.
   *
   * @param date the date to start from, inside the supported range
   * @return the last working day strictly before {@code date}
   * @throws NullPointerException if {@code date} is null
   * @throws CalendarDataMissingException if {@code date} is outside the supported range, or no
   *     working day precedes it inside the range
   */
  @Override
  public LocalDate previousWorkingDay(LocalDate date) {
    return plusWorkingDays(date, -1);
  }

  /**
   * Shifts {@code date} by {@code amount} working days, with a binary search over the months.
   *
   * <p>If the amount is positive, the result is the {@code amount}-th working day after {@code
   * date}. If the amount is negative, the result is the {@code -amount}-th working day before
   * {@code date}. If the amount is zero, {@code date} is returned unchanged, even if it is a rest
   * day. {@code date} itself need not be a working day and is never counted.
   *
   * @param date the date to shift, inside the supported range
   * @param amount the number of working days to shift by, any sign
   * @return the shifted date, a working day unless {@code amount} is zero
   * @throws NullPointerException if {@code date} is null
   * @throws CalendarDataMissingException if {@code date} is outside the supported range, or the
   *     result would be
   */
  @Override
  public LocalDate plusWorkingDays(LocalDate date, int amount) {
    requireSupported(Objects.requireNonNull(date, "date"));
    if (amount == 0) {
      return date;
    }
    long index = amount > 0
        ? (long) workingDaysBefore(date.plusDays(1)) + amount - 1
        : (long) workingDaysBefore(date) + amount;
    if (index < 0) {
      throw missing(firstSupported.minusDays(1));
    }
    if (index >= workingDaysBeforeMonth[workingMasks.length]) {
      throw missing(lastSupported.plusDays(1));
    }
    return workingDayAt((int) index);
  }

  /**
   * Counts the working days from {@code startInclusive} to {@code endExclusive}, in constant time.
   *
   * <p>If the dates are equal, zero is returned. If {@code endExclusive} is before {@code
   * startInclusive}, the negated count of working days from {@code endExclusive} inclusive to
   * {@code startInclusive} exclusive is returned. Either date may be the day after {@link
   * #lastSupported()}, since that day is never looked at.
   *
   * @param startInclusive the first date of the range
   * @param endExclusive the date after the last date of the range
   * @return the number of working days in the range, negative if the range is reversed
   * @throws NullPointerException if {@code startInclusive} or {@code endExclusive} is null
   * @throws CalendarDataMissingException if a date is before {@link #firstSupported()} or more
   *     than a day after {@link #lastSupported()}
   */
  @Override
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    return workingDaysBefore(requireBound(endExclusive)) - workingDaysBefore(requireBound(startInclusive));
  }

  /**
   * Adds {@code amount} of business time to {@code start}, with a binary search over the days.
   *
   * <p>The rules of {@link WorkingCalendar#plusBusinessTime(Instant, Duration)} apply: counting
   * begins at the next opening, an amount running out at a close returns the close, and a zero
   * amount returns {@code start} unchanged.
   *
   * @param start the instant to start counting from, on a supported date
   * @param amount the business time to add, not negative
   * @return the instant the business time runs out
   * @throws NullPointerException if {@code start} or {@code amount} is null
   * @throws IllegalArgumentException if {@code amount} is negative
   * @throws CalendarDataMissingException if {@code start} is outside the supported range, or the
   *     business time runs out only after it
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
    long before = businessNanosBefore(start);
    long total = businessNanosBeforeDay[businessNanosBeforeDay.length - 1];
    if (amount.compareTo(Duration.ofNanos(total - before)) > 0) {
      throw missing(lastSupported.plusDays(1));
    }
    long target = before + amount.toNanos();
    int day = firstDayReaching(target);
    LocalDate date = firstSupported.plusDays(day);
    long left = target - businessNanosBeforeDay[day];
    for (TimeWindow window : businessHours(date).windows()) {
      Instant open = window.startOn(date, zone);
      long length = Duration.between(open, window.endOn(date, zone)).toNanos();
      if (left <= length) {
        return open.plusNanos(left);
      }
      left -= length;
    }
    throw new IllegalStateException("business time of " + date + " does not add up; should never happen");
  }

  /**
   * Measures the business time from {@code startInclusive} to {@code endExclusive}, in constant
   * time plus a walk over the windows of the two days.
   *
   * <p>If the instants are equal, zero is returned. If {@code endExclusive} is before {@code
   * startInclusive}, the negated business time from {@code endExclusive} to {@code startInclusive}
   * is returned. The first instant after the range, midnight after {@link #lastSupported()}, is
   * allowed as either bound.
   *
   * @param startInclusive the first instant of the range
   * @param endExclusive the instant after the range
   * @return the business time inside the range, negative if the range is reversed
   * @throws NullPointerException if {@code startInclusive} or {@code endExclusive} is null
   * @throws CalendarDataMissingException if an instant is outside the supported range
   */
  @Override
  public Duration businessTimeBetween(Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    return Duration.ofNanos(businessNanosBefore(endExclusive) - businessNanosBefore(startInclusive));
  }

  /**
   * Compares all data: name, zone, range, rest days, hours, holidays, make-up days and closures.
   *
   * @param other the object to compare with, null returns false
   * @return true if {@code other} is a calendar with equal data
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ImmutableWorkingCalendar that
        && name.equals(that.name)
        && zone.equals(that.zone)
        && firstSupported.equals(that.firstSupported)
        && lastSupported.equals(that.lastSupported)
        && restDays.equals(that.restDays)
        && Arrays.equals(weekdayHours, that.weekdayHours)
        && makeUpDayHours.equals(that.makeUpDayHours)
        && holidays.equals(that.holidays)
        && makeUpWorkingDays.equals(that.makeUpWorkingDays)
        && closures.equals(that.closures);
  }

  /**
   * Returns a hash code of the data.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(name, zone, firstSupported, lastSupported, holidays, makeUpWorkingDays, closures);
  }

  /** Returns the name, zone and range, as {@code ImmutableWorkingCalendar[CN mainland, Asia/Shanghai, 2024-01-01..2026-12-31]}. */
  @Override
  public String toString() {
    return "ImmutableWorkingCalendar[" + name + ", " + zone + ", " + firstSupported + ".." + lastSupported
        + (closures.isEmpty() ? "" : ", " + closures.size() + " closures") + "]";
  }

  private BusinessHours classify(LocalDate date) {
    if (closures.contains(date)) {
      return BusinessHours.NONE;
    }
    if (makeUpWorkingDays.contains(date)) {
      return makeUpDayHours;
    }
    return holidays.contains(date) ? BusinessHours.NONE : hoursOf(date.getDayOfWeek());
  }

  private long elapsedNanos(BusinessHours hours, LocalDate date) {
    long nanos = 0;
    for (TimeWindow window : hours.windows()) {
      nanos += Duration.between(window.startOn(date, zone), window.endOn(date, zone)).toNanos();
    }
    return nanos;
  }

  private static int monthNumber(LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  /** The working days from {@link #firstSupported} inclusive to {@code date} exclusive; {@code date} is a bound. */
  private int workingDaysBefore(LocalDate date) {
    int month = monthNumber(date) - firstMonth;
    if (month == workingMasks.length) {
      return workingDaysBeforeMonth[month]; // the day after the range, on the first of a month
    }
    int earlierDays = workingMasks[month] & ((1 << (date.getDayOfMonth() - 1)) - 1);
    return workingDaysBeforeMonth[month] + Integer.bitCount(earlierDays);
  }

  /** The working day with {@code index} working days before it in the range. */
  LocalDate workingDayAt(int index) {
    int low = 0;
    int high = workingMasks.length - 1;
    while (low < high) { // the last month whose count of earlier working days is at most index
      int middle = (low + high + 1) >>> 1;
      if (workingDaysBeforeMonth[middle] <= index) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    int mask = workingMasks[low];
    for (int skip = index - workingDaysBeforeMonth[low]; skip > 0; skip--) {
      mask &= mask - 1; // drop the lowest working day
    }
    int month = firstMonth + low;
    return LocalDate.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1,
        Integer.numberOfTrailingZeros(mask) + 1);
  }

  /** The business time from the start of the range to {@code instant}, which may be the end of the range. */
  private long businessNanosBefore(Instant instant) {
    if (instant.equals(rangeEnd)) {
      return businessNanosBeforeDay[businessNanosBeforeDay.length - 1];
    }
    LocalDate date = requireSupported(LocalDate.ofInstant(instant, zone));
    if (!instant.isBefore(date.plusDays(1).atStartOfDay(zone).toInstant())) {
      // An overlap spanning midnight (St. John's until 2011) reads the old date after the next day began.
      date = requireSupported(date.plusDays(1));
    }
    long nanos = businessNanosBeforeDay[(int) (date.toEpochDay() - firstEpochDay)];
    for (TimeWindow window : businessHours(date).windows()) {
      Instant open = window.startOn(date, zone);
      if (!instant.isAfter(open)) {
        break;
      }
      Instant close = window.endOn(date, zone);
      nanos += Duration.between(open, instant.isBefore(close) ? instant : close).toNanos();
    }
    return nanos;
  }

  /** The first day whose business time, added to all earlier days', reaches {@code target}. */
  private int firstDayReaching(long target) {
    int low = 0;
    int high = businessNanosBeforeDay.length - 2;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (businessNanosBeforeDay[middle + 1] >= target) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  private LocalDate requireSupported(LocalDate date) {
    if (date.isBefore(firstSupported) || date.isAfter(lastSupported)) {
      throw missing(date);
    }
    return date;
  }

  private LocalDate requireBound(LocalDate date) {
    return date.equals(lastSupported.plusDays(1)) ? date : requireSupported(date);
  }

  private CalendarDataMissingException missing(LocalDate date) {
    return new CalendarDataMissingException(name, date, firstSupported, lastSupported);
  }
}
