/**
 * Working-day calendars, the time base every SLA deadline is computed on.
 *
 * <p>{@link org.aftersales.calendar.WorkingCalendar} answers which local dates are working days in
 * its {@linkplain org.aftersales.calendar.WorkingCalendar#zone() zone} and which {@link
 * org.aftersales.calendar.BusinessHours} each date has. From those answers its default methods
 * derive working-day arithmetic ({@code plusWorkingDays}, {@code workingDaysBetween}) and
 * business-time arithmetic on instants ({@code plusBusinessTime}, {@code businessTimeBetween}).
 * Business time is real elapsed time: an hour of business hours on a daylight-saving day is an
 * hour on the clock of the instant timeline, not an hour of wall-clock reading.
 *
 * <p>{@link org.aftersales.calendar.ImmutableWorkingCalendar} is the calendar built from data:
 * weekly rest days, public holidays, make-up working days (调休), business hours per weekday and
 * an explicit range of supported dates, precomputed into per-month bitmasks and prefix counts so
 * that every answer takes constant or logarithmic time. It is built with its {@linkplain
 * org.aftersales.calendar.ImmutableWorkingCalendar#builder() builder} or read from the versioned
 * JSON format by {@link org.aftersales.calendar.WorkingCalendarJson} (a strict reader of its own:
 * the core knows no JSON library); bad data is refused with {@link
 * org.aftersales.calendar.InvalidCalendarDataException} naming the line and JSON path. {@link
 * org.aftersales.calendar.ChinaCalendars#mainland()} bundles mainland China 2024 to 2026. A shop's
 * closing days and hours layer on a public calendar with {@code withClosures} and {@code withHours}.
 *
 * <p>A calendar never guesses: a date outside its data throws {@link
 * org.aftersales.calendar.CalendarDataMissingException}, a {@link java.time.DateTimeException}
 * naming the date, the range and how to supply data. {@link
 * org.aftersales.calendar.FallbackCalendar} is the explicit alternative, estimating with {@link
 * org.aftersales.calendar.WeekendsOnlyCalendar} beyond the data and saying so through {@link
 * org.aftersales.calendar.WorkingCalendar#isFallback(java.time.LocalDate)}.
 * {@code WeekendsOnlyCalendar} rests on Saturdays and Sundays only and serves tests and that fallback.
 *
 * <p>All types in this package are immutable and thread-safe, and every implementation of {@code
 * WorkingCalendar} must be too.
 */
package org.aftersales.calendar;
