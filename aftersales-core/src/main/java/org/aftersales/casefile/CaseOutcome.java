package org.aftersales.casefile;

/** How a case ended. Set exactly when the case enters {@link CaseState#COMPLETED} or {@link CaseState#CLOSED}. */
public enum CaseOutcome {
  /** The refund reached the buyer in full. */
  REFUNDED,
  /** A refund of less than the lines' amount paid: a partial ruling, an accepted offer, a smaller request. */
  PARTIALLY_REFUNDED,
  /** The replacement was delivered and confirmed, or the exchange stood after a dispute. */
  EXCHANGED,
  /** The repaired item was delivered and confirmed, or the repair stood after a dispute. */
  REPAIRED,
  /** The buyer withdrew the request. */
  WITHDRAWN,
  /** The buyer did not act in time (did not ship the return, did not supply information). */
  ABANDONED,
  /** The buyer accepted the merchant's rejection, or did not contest it in time. */
  REJECTION_ACCEPTED,
  /**
   * The merchant's refusal of the returned goods stood (the buyer accepted it, did not contest it in
   * time, or the platform ruled for the merchant) and the goods went back to the buyer.
   */
  SENT_BACK,
  /**
   * The platform ruled for the merchant on a rejection, or closed a refusal with nothing to send
   * back to the buyer.
   */
  RULED_FOR_MERCHANT,
  /** The buyer declined the repair plan, or did not answer it in time. */
  REPAIR_DECLINED
}
