package org.aftersales.casefile;

/** What the platform decided on an escalation. */
public enum Ruling {
  /** The buyer's request goes ahead as if approved or passed. */
  FOR_BUYER,
  /** The merchant's rejection or refusal stands; the case closes. */
  FOR_MERCHANT,
  /** The buyer receives a partial refund; the case ends with it. */
  PARTIAL_REFUND
}
