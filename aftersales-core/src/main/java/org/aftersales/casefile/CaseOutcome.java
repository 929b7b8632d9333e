package org.aftersales.casefile;

/** How a case ended. Set exactly when the case enters {@link CaseState#COMPLETED} or {@link CaseState#CLOSED}. */
public enum CaseOutcome {
  REFUNDED,
  /** A refund of less than the lines' amount paid, usually after a platform ruling. */
  PARTIALLY_REFUNDED,
  EXCHANGED,
  REPAIRED,
  WITHDRAWN,
  /** The buyer did not act in time (did not ship the return, did not supply information). */
  ABANDONED,
  REJECTION_ACCEPTED,
  REFUSAL_ACCEPTED,
  RULED_FOR_MERCHANT,
  REPAIR_DECLINED
}
