package org.aftersales.policy.evidence;

/** The act of a party that evidence must come with. */
public enum EvidenceOccasion {
  /** The buyer opens a request. */
  BUYER_REQUEST,
  /** A party escalates to the platform. */
  ESCALATION,
  /** The merchant rejects a request. */
  MERCHANT_REJECTION,
  /** The merchant refuses returned goods (拒收) after inspection. */
  MERCHANT_REFUSES_GOODS,
  /** The merchant ships goods: a replacement, a repaired item, goods sent back. */
  MERCHANT_SHIPS,
  /** The merchant reports a repair done. */
  MERCHANT_COMPLETES_REPAIR
}
