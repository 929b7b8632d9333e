package org.aftersales.casefile;

/** Who sends a command. The lifecycle table says which actor may send which command in which state. */
public enum Actor {
  /** The buyer who opened the case. */
  BUYER,
  /** The shop (tenant) that sold the goods. */
  MERCHANT,
  /** The platform's customer service and arbitrator. */
  PLATFORM,
  /** The library itself, applying a deadline's default action or a payment or carrier callback. */
  SYSTEM
}
