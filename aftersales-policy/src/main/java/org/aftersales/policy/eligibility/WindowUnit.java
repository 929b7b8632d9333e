package org.aftersales.policy.eligibility;

/**
 * The unit a window's length counts. Every unit but {@link #HOURS} counts whole days from the day
 * after the anchor's local date in the calendar's zone, and the window ends at the end of its last day.
 */
public enum WindowUnit {
  /** Elapsed hours from the anchor instant. */
  HOURS,
  /** Calendar days: N days ends at the end of the N-th day after the anchor's date. */
  CALENDAR_DAYS,
  /** Working days of the calendar: ends at the end of the N-th working day after the anchor's date. */
  WORKING_DAYS,
  /** Months: ends at the end of the same day of the month N months after the anchor's date. */
  MONTHS
}
