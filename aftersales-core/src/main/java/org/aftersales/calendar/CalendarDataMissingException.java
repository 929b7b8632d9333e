package org.aftersales.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when a calendar is asked about a date it has no data for: the calendar refuses to guess
 * whether a date outside its supported range is a working day.
 *
 * <p>It is a {@link DateTimeException}, the exception {@link WorkingCalendar} declares for dates
 * outside the supported range, so callers of the interface need no new catch clause. The message
 * names the date, the range and how to supply data; a tenant that would rather carry on with an
 * estimate chooses {@link FallbackCalendar} explicitly.
 */
public final class CalendarDataMissingException extends DateTimeException {

  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final LocalDate firstSupported;
  private final LocalDate lastSupported;

  /**
   * Creates the exception for {@code date}, outside the range {@code firstSupported} to {@code
   * lastSupported} of the calendar named {@code calendarName}.
   *
   * @param calendarName the name of the calendar, as its data file states it
   * @param date the date without data
   * @param firstSupported the first date the calendar has data for
   * @param lastSupported the last date the calendar has data for
   * @throws NullPointerException if any argument is null
   */
  public CalendarDataMissingException(
      String calendarName, LocalDate date, LocalDate firstSupported, LocalDate lastSupported) {
    super("calendar '" + Objects.requireNonNull(calendarName, "calendarName") + "' has no data for "
        + Objects.requireNonNull(date, "date") + ": it covers " + firstSupported + " to " + lastSupported
        + "; supply data for " + date.getYear() + " (the calendar JSON format or ImmutableWorkingCalendar.builder())"
        + " or choose FallbackCalendar to estimate with weekends only");
    this.date = date;
    this.firstSupported = Objects.requireNonNull(firstSupported, "firstSupported");
    this.lastSupported = Objects.requireNonNull(lastSupported, "lastSupported");
  }

  /** Returns the date the calendar has no data for. */
  public LocalDate date() {
    return date;
  }

  /** Returns the first date the calendar has data for. */
  public LocalDate firstSupported() {
    return firstSupported;
  }

  /** Returns the last date the calendar has data for. */
  public LocalDate lastSupported() {
    return lastSupported;
  }
}
