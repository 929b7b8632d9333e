package org.aftersales.deadline;

/**
 * Where "within N working days" ends. Either way, a step that starts on a rest day starts counting
 * on the next working day, which is day 1.
 */
public enum DayConvention {
  /** At the end (24:00) of the N-th working day after the start date, in the calendar's zone. */
  END_OF_DAY,
  /**
   * When N full working days have passed since the start: at the start's local time of day on the
   * N-th working day after a working start date; at the end of the N-th working day, counting the
   * next working day as day 1, after a rest-day start. A start at local midnight therefore ends at
   * the end of the (N-1)-th working day after it, not at the first moment of the next one.
   */
  SAME_TIME_OF_DAY
}
