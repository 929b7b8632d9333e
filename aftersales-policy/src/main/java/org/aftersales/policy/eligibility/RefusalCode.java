package org.aftersales.policy.eligibility;

/** Why a request is refused before a case opens. */
public enum RefusalCode {
  /** The request came through a channel the shop does not take requests from. */
  CHANNEL_NOT_ACCEPTED,
  /** The category of goods is excluded from this (buyer-choice) remedy. */
  EXCLUDED_GOODS,
  /** The window has not opened: its anchor has not happened (not signed for, no warranty) or lies ahead. */
  WINDOW_NOT_OPEN,
  /** The window has closed. */
  WINDOW_CLOSED,
  /** The buyer caused the damage, which no free remedy covers. */
  BUYER_CAUSED_DAMAGE,
  /** The remedy needs more failed repairs first (三包: two). */
  TOO_FEW_FAILED_REPAIRS,
  /** The goods are not resaleable: used, packaging opened, accessories or tags missing. */
  GOODS_NOT_RESALEABLE,
  /** No rule of the policy grants this case type for this reason on these goods. */
  NO_RULE,
  /** Evidence the policy requires is missing. */
  EVIDENCE_MISSING
}
