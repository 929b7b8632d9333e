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
 * <p>{@link org.aftersales.calendar.WeekendsOnlyCalendar} rests on Saturdays and Sundays only; a
 * host with public holidays and make-up working days implements the same interface with its data.
 *
 * <p>All types in this package are immutable and thread-safe, and every implementation of {@code
 * WorkingCalendar} must be too.
 */
package org.aftersales.calendar;
