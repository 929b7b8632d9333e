package org.aftersales.policy.eligibility;

/** How the platform rates the buyer's history; flagged buyers may face stricter evidence rules. */
public enum BuyerStanding {
  /** A buyer with a good record, who may be refunded automatically for small claims. */
  TRUSTED,
  /** Every other buyer. */
  STANDARD,
  /** A buyer suspected of abusive returns. */
  FLAGGED
}
