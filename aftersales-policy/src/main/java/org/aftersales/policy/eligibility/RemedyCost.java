package org.aftersales.policy.eligibility;

/** Who pays for the remedy itself (the repair work, the replacement), apart from shipping. */
public enum RemedyCost {
  /** The merchant: a warranty or statutory remedy. It never covers damage the buyer caused. */
  FREE,
  /** The buyer: a paid repair, available also for damage the buyer caused. */
  BUYER_PAYS
}
