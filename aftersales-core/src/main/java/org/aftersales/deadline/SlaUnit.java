package org.aftersales.deadline;

/** The unit a limit is counted in. */
public enum SlaUnit {
  /** Elapsed hours, night and weekend included. */
  HOURS,
  /** Calendar days in the calendar's zone, ending at the same local time of day. */
  CALENDAR_DAYS,
  /** Working days of the calendar; where the count ends is the policy's {@link DayConvention}. */
  WORKING_DAYS,
  /** Hours inside the calendar's business hours. */
  BUSINESS_HOURS
}
