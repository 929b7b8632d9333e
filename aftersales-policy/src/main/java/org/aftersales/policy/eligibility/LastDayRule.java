package org.aftersales.policy.eligibility;

/** What happens when the last day of a day-counted window is a rest day. */
public enum LastDayRule {
  /** The window ends on the day counted, rest day or not (most shop rules). */
  AS_COUNTED,
  /**
   * The window runs to the end of the next working day, as statutory periods do in China (民法典
   * art. 203) and the EU (Regulation 1182/71 art. 3(4)).
   */
  NEXT_WORKING_DAY
}
