package org.aftersales.policy.liability;

/** Who bears a cost. */
public enum Payer {
  /** The shop that sold the goods. */
  MERCHANT,
  /** The buyer. */
  BUYER,
  /** The marketplace, when its own fault caused the case. */
  PLATFORM
}
