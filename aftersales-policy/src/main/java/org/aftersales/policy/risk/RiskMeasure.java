package org.aftersales.policy.risk;

/** What a risk rule measures of a buyer over the policy's rolling window. */
public enum RiskMeasure {
  /** Returns shipped on a no-reason request (七天无理由, {@code CHANGED_MIND}). */
  NO_REASON_RETURNS,
  /** Returns shipped on any return-and-refund case. */
  RETURNS,
  /** Refunds confirmed on cases whose goods never came back (refund only, or the return waived). */
  REFUNDS_WITHOUT_RETURN,
  /** Platform rulings for the merchant on a dispute escalated to it, one per escalation: disputes the buyer lost. */
  DISPUTES_LOST,
  /** Inspections failed after the buyer had an instant refund for the goods. */
  FAILED_INSPECTIONS_AFTER_INSTANT_REFUND,
  /** Returns in the window per completed order, in basis points (1/100 of a percent); not a count. */
  RETURN_RATIO;

  /** Returns whether the measure counts events, rather than dividing two figures. */
  public boolean isCount() {
    return this != RETURN_RATIO;
  }
}
