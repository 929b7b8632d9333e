package org.aftersales.deadline;

/** Where "within N working days" ends. */
public enum DayConvention {
  /** At the end (24:00) of the N-th working day after the start date, in the calendar's zone. */
  END_OF_DAY,
  /** At the start's local time of day on the N-th working day after the start date. */
  SAME_TIME_OF_DAY
}
