package org.aftersales.policy.eligibility;

/** The kinds of goods that after-sales rules treat differently. */
public enum GoodsCategory {
  /** Anything without special rules. */
  GENERAL,
  /** Fresh or perishable produce (生鲜). */
  FRESH,
  /** Virtual or digital goods: downloads, top-ups, codes. */
  VIRTUAL,
  /** Goods made to the buyer's specification (定制). */
  CUSTOM_MADE,
  /** Intimate apparel, sealed for hygiene (贴身衣物). */
  INTIMATE_APPAREL,
  /** Consumables that lose value once opened or used (消耗品). */
  CONSUMABLE,
  /** Large household appliances, usually installed and covered by 三包. */
  LARGE_APPLIANCE,
  /** Consumer electronics, covered by 三包. */
  ELECTRONICS
}
