package org.aftersales.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds an {@link ImmutableWorkingCalendar}, failing fast: a setting given twice, a date listed
 * twice or a date both holiday and make-up working day is refused when it is given.
 *
 * <p>{@link #zone(ZoneId)} and {@link #supportedRange(LocalDate, LocalDate)} are required.
 * Defaults: the name {@code "unnamed"}, rest days Saturday and Sunday, business hours all day
 * ({@link BusinessHours#ALL_DAY}) on every working weekday, and make-up working days with the
 * hours of the first working weekday from Monday on.
 *
 * <p>A builder is not thread-safe; {@link #build()} may be called more than once.
 */
public final class WorkingCalendarBuilder {

  private enum Kind { HOLIDAY, MAKE_UP_WORKING_DAY }

  private record Entry(Kind kind, DataOrigin origin) {}

  private String name;
  private ZoneId zone;
  private LocalDate firstSupported;
  private LocalDate lastSupported;
  private Set<DayOfWeek> restDays;
  private BusinessHours defaultHours;
  private final Map<DayOfWeek, BusinessHours> weekdayHours = new EnumMap<>(DayOfWeek.class);
  private DayOfWeek makeUpDaysWorkAs;
  private BusinessHours makeUpDayHours;
  private final TreeMap<LocalDate, Entry> dates = new TreeMap<>();

  WorkingCalendarBuilder() {}

  /**
   * Names the calendar; exceptions and {@code toString} carry the name.
   *
   * @param name the name, such as {@code CN mainland}
   * @return this builder
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws IllegalStateException if the name was already set
   */
  public WorkingCalendarBuilder name(String name) {
    Objects.requireNonNull(name, "name");
    check(this.name == null, "name was already set to %s", this.name);
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    this.name = name;
    return this;
  }

  /**
   * Sets the zone whose local dates and business hours the calendar speaks of.
   *
   * @param zone the zone, such as {@code Asia/Shanghai}
   * @return this builder
   * @throws NullPointerException if {@code zone} is null
   * @throws IllegalStateException if the zone was already set
   */
  public WorkingCalendarBuilder zone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    check(this.zone == null, "zone was already set to %s", this.zone);
    this.zone = zone;
    return this;
  }

  /**
   * Sets the dates the calendar has data for; asked about any other date it throws {@link
   * CalendarDataMissingException}.
   *
   * @param firstInclusive the first supported date
   * @param lastInclusive the last supported date, equal to {@code firstInclusive} for one day
   * @return this builder
   * @throws NullPointerException if a date is null
   * @throws IllegalArgumentException if {@code lastInclusive} is before {@code firstInclusive},
   *     the range is longer than 200 years, or {@code lastInclusive} is {@link LocalDate#MAX}
   * @throws IllegalStateException if the range was already set
   */
  public WorkingCalendarBuilder supportedRange(LocalDate firstInclusive, LocalDate lastInclusive) {
    Objects.requireNonNull(firstInclusive, "firstInclusive");
    Objects.requireNonNull(lastInclusive, "lastInclusive");
    check(firstSupported == null, "supported range was already set to %s", firstSupported + ".." + lastSupported);
    if (lastInclusive.isBefore(firstInclusive)) {
      throw new IllegalArgumentException(String.format(
          "supported range must not end (%s) before it starts (%s)", lastInclusive, firstInclusive));
    }
    if (!lastInclusive.isBefore(firstInclusive.plusYears(ImmutableWorkingCalendar.MAX_YEARS)) || lastInclusive.equals(LocalDate.MAX)) {
      throw new IllegalArgumentException(String.format(
          "supported range %s..%s must be shorter than %d years and end before LocalDate.MAX",
          firstInclusive, lastInclusive, ImmutableWorkingCalendar.MAX_YEARS));
    }
    this.firstSupported = firstInclusive;
    this.lastSupported = lastInclusive;
    return this;
  }

  /**
   * Sets the weekdays that are rest days unless made up; Saturday and Sunday if never set.
   *
   * @param days the rest days, possibly none
   * @return this builder
   * @throws NullPointerException if {@code days} or any day is null
   * @throws IllegalArgumentException if all seven weekdays are rest days
   * @throws IllegalStateException if the rest days were already set
   */
  public WorkingCalendarBuilder restDays(DayOfWeek... days) {
    Objects.requireNonNull(days, "days");
    check(restDays == null, "rest days were already set to %s", restDays);
    Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : days) {
      set.add(Objects.requireNonNull(day, "days contains null"));
    }
    if (set.size() == 7) {
      throw new IllegalArgumentException("rest days must leave at least one working weekday");
    }
    this.restDays = set;
    return this;
  }

  /**
   * Sets the business hours of every working weekday whose hours are not set one by one.
   *
   * @param hours the hours, with at least one window
   * @return this builder
   * @throws NullPointerException if {@code hours} is null
   * @throws IllegalArgumentException if {@code hours} has no window
   * @throws IllegalStateException if these hours were already set
   */
  public WorkingCalendarBuilder hours(BusinessHours hours) {
    check(defaultHours == null, "hours were already set to %s", defaultHours);
    this.defaultHours = requireWindow(hours, "hours");
    return this;
  }

  /**
   * Sets the business hours of working days falling on {@code weekday}.
   *
   * @param weekday a weekday that is not a rest day
   * @param hours the hours, with at least one window (a weekday without hours is a rest day)
   * @return this builder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code hours} has no window
   * @throws IllegalStateException if the hours of {@code weekday} were already set
   */
  public WorkingCalendarBuilder hours(DayOfWeek weekday, BusinessHours hours) {
    Objects.requireNonNull(weekday, "weekday");
    check(!weekdayHours.containsKey(weekday), "hours of " + weekday + " were already set to %s",
        weekdayHours.get(weekday));
    weekdayHours.put(weekday, requireWindow(hours, "hours of " + weekday));
    return this;
  }

  /**
   * Gives make-up working days the business hours of {@code weekday}.
   *
   * @param weekday a working weekday whose hours make-up days use
   * @return this builder
   * @throws NullPointerException if {@code weekday} is null
   * @throws IllegalStateException if the make-up day hours were already chosen
   */
  public WorkingCalendarBuilder makeUpDaysWorkAs(DayOfWeek weekday) {
    Objects.requireNonNull(weekday, "weekday");
    checkMakeUpHoursUnset();
    this.makeUpDaysWorkAs = weekday;
    return this;
  }

  /**
   * Gives make-up working days their own business hours.
   *
   * @param hours the hours, with at least one window
   * @return this builder
   * @throws NullPointerException if {@code hours} is null
   * @throws IllegalArgumentException if {@code hours} has no window
   * @throws IllegalStateException if the make-up day hours were already chosen
   */
  public WorkingCalendarBuilder makeUpDayHours(BusinessHours hours) {
    checkMakeUpHoursUnset();
    this.makeUpDayHours = requireWindow(hours, "makeUpDayHours");
    return this;
  }

  /**
   * Adds a public holiday, a rest day whatever its weekday.
   *
   * @param date the holiday; a holiday on a rest day is allowed and changes nothing
   * @return this builder
   * @throws NullPointerException if {@code date} is null
   * @throws InvalidCalendarDataException if {@code date} was already added
   */
  public WorkingCalendarBuilder holiday(LocalDate date) {
    return holiday(date, null);
  }

  /**
   * Adds every date from {@code firstInclusive} to {@code lastInclusive} as a holiday.
   *
   * @param firstInclusive the first day of the holiday
   * @param lastInclusive the last day of the holiday
   * @return this builder
   * @throws NullPointerException if a date is null
   * @throws IllegalArgumentException if {@code lastInclusive} is before {@code firstInclusive}
   * @throws InvalidCalendarDataException if a date was already added
   */
  public WorkingCalendarBuilder holidays(LocalDate firstInclusive, LocalDate lastInclusive) {
    Objects.requireNonNull(firstInclusive, "firstInclusive");
    Objects.requireNonNull(lastInclusive, "lastInclusive");
    if (lastInclusive.isBefore(firstInclusive)) {
      throw new IllegalArgumentException(String.format(
          "holidays must not end (%s) before they start (%s)", lastInclusive, firstInclusive));
    }
    firstInclusive.datesUntil(lastInclusive.plusDays(1)).forEach(this::holiday);
    return this;
  }

  /**
   * Adds a make-up working day (调休): a rest day that is worked.
   *
   * @param date the make-up working day, whose weekday must be a rest day (checked by {@link #build()})
   * @return this builder
   * @throws NullPointerException if {@code date} is null
   * @throws InvalidCalendarDataException if {@code date} was already added
   */
  public WorkingCalendarBuilder makeUpWorkingDay(LocalDate date) {
    return makeUpWorkingDay(date, null);
  }

  WorkingCalendarBuilder holiday(LocalDate date, DataOrigin origin) {
    return add(date, Kind.HOLIDAY, origin);
  }

  WorkingCalendarBuilder makeUpWorkingDay(LocalDate date, DataOrigin origin) {
    return add(date, Kind.MAKE_UP_WORKING_DAY, origin);
  }

  /**
   * Builds the calendar and precomputes its tables.
   *
   * @return the calendar
   * @throws IllegalStateException if the zone or the supported range was never set, hours were
   *     set for a rest weekday, or make-up days work as a rest weekday
   * @throws InvalidCalendarDataException if a date is outside the supported range, or a make-up
   *     working day falls on a working weekday; the message names the date (and its line when
   *     the data came from JSON)
   */
  public ImmutableWorkingCalendar build() {
    check(zone != null, "zone was never set");
    check(firstSupported != null, "supported range was never set");
    Set<DayOfWeek> rest = restDays == null ? EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : restDays;
    BusinessHours[] hours = new BusinessHours[7];
    for (DayOfWeek day : DayOfWeek.values()) {
      check(!(rest.contains(day) && weekdayHours.containsKey(day)),
          "hours were set for %s, a rest day; make-up days take makeUpDayHours", day);
      hours[day.ordinal()] = rest.contains(day) ? BusinessHours.NONE
          : weekdayHours.getOrDefault(day, defaultHours == null ? BusinessHours.ALL_DAY : defaultHours);
    }
    NavigableSet<LocalDate> holidays = new TreeSet<>();
    NavigableSet<LocalDate> makeUps = new TreeSet<>();
    for (Map.Entry<LocalDate, Entry> e : dates.entrySet()) {
      LocalDate date = e.getKey();
      Entry entry = e.getValue();
      String what = entry.kind() == Kind.HOLIDAY ? "holiday " : "make-up working day ";
      if (date.isBefore(firstSupported) || date.isAfter(lastSupported)) {
        throw invalid(entry.origin(), what + date + " is outside the supported range "
            + firstSupported + ".." + lastSupported);
      }
      if (entry.kind() == Kind.HOLIDAY) {
        holidays.add(date);
      } else if (rest.contains(date.getDayOfWeek())) {
        makeUps.add(date);
      } else {
        throw invalid(entry.origin(), what + date + " falls on a " + date.getDayOfWeek()
            + ", already a working day; only rest days " + rest + " can be made up");
      }
    }
    return new ImmutableWorkingCalendar(name == null ? "unnamed" : name, zone, firstSupported, lastSupported,
        rest, hours, makeUpHours(rest, hours), holidays, makeUps, new TreeSet<>());
  }

  private BusinessHours makeUpHours(Set<DayOfWeek> rest, BusinessHours[] hours) {
    if (makeUpDayHours != null) {
      return makeUpDayHours;
    }
    if (makeUpDaysWorkAs != null) {
      check(!rest.contains(makeUpDaysWorkAs), "make-up days cannot work as %s, a rest day", makeUpDaysWorkAs);
      return hours[makeUpDaysWorkAs.ordinal()];
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      if (!rest.contains(day)) {
        return hours[day.ordinal()];
      }
    }
    throw new IllegalStateException("no working weekday; should never happen");
  }

  private WorkingCalendarBuilder add(LocalDate date, Kind kind, DataOrigin origin) {
    Objects.requireNonNull(date, "date");
    Entry earlier = dates.get(date);
    if (earlier != null) {
      String where = earlier.origin() == null ? "" : " at " + earlier.origin();
      throw invalid(origin, earlier.kind() == kind
          ? date + " is listed twice as a " + describe(kind) + "; first" + where
          : date + " is both a " + describe(earlier.kind()) + where + " and a " + describe(kind));
    }
    dates.put(date, new Entry(kind, origin));
    return this;
  }

  private static String describe(Kind kind) {
    return kind == Kind.HOLIDAY ? "holiday" : "make-up working day";
  }

  private static InvalidCalendarDataException invalid(DataOrigin origin, String problem) {
    return origin == null ? new InvalidCalendarDataException(problem) : origin.error(problem);
  }

  private void checkMakeUpHoursUnset() {
    check(makeUpDaysWorkAs == null && makeUpDayHours == null, "make-up day hours were already set to %s",
        makeUpDayHours != null ? makeUpDayHours : "the hours of " + makeUpDaysWorkAs);
  }

  private static BusinessHours requireWindow(BusinessHours hours, String parameter) {
    Objects.requireNonNull(hours, parameter);
    if (hours.windows().isEmpty()) {
      throw new IllegalArgumentException(parameter + " must have a window; a weekday without hours is a rest day");
    }
    return hours;
  }

  private static void check(boolean condition, String template, Object argument) {
    if (!condition) {
      throw new IllegalStateException(String.format(template, argument));
    }
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
