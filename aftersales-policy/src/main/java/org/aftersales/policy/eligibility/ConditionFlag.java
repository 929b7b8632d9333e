package org.aftersales.policy.eligibility;

/** One aspect of the goods being resaleable (商品完好); a no-reason return usually needs all of them. */
public enum ConditionFlag {
  /** Not used beyond what checking the goods needs. */
  UNUSED,
  /**
   * The packaging is there and undamaged. Opening it to inspect the goods does not break it (SAMR
   * 2017 art. 8: opening the packaging to inspect, or reasonable trial to confirm quality and
   * function, leaves the goods intact); whether it was ever opened is {@link #SEALED}.
   */
  PACKAGING_INTACT,
  /** Every accessory and gift is there. */
  ACCESSORIES_COMPLETE,
  /** Tags and labels are still on. */
  TAGS_ON,
  /**
   * The original seal was never broken: what sealed hygiene goods and sealed audio, video and software
   * need to stay returnable (SAMR 2017 art. 6(3); CRD art. 16(e), (i)).
   */
  SEALED
}
