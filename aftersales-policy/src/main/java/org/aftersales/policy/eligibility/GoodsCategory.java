package org.aftersales.policy.eligibility;

/** The kinds of goods that after-sales rules treat differently. */
public enum GoodsCategory {
  /** Anything without special rules. */
  GENERAL,
  /** Fresh or perishable produce (生鲜). */
  FRESH,
  /** Virtual or digital goods: downloads, top-ups, codes; media on a carrier is {@link #SEALED_MEDIA}. */
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
  ELECTRONICS,
  /** Newspapers and periodicals, once delivered (交付的报纸、期刊). */
  NEWSPAPER_PERIODICAL,
  /**
   * Audio or video recordings and computer software on a physical carrier (音像制品、计算机软件),
   * returnable while sealed; downloads are {@link #VIRTUAL}.
   */
  SEALED_MEDIA
}
