package org.aftersales.policy.eligibility;

/** One aspect of the goods being resaleable (商品完好); a no-reason return usually needs all of them. */
public enum ConditionFlag {
  /** Not used beyond what checking the goods needs. */
  UNUSED,
  /** The packaging is intact. */
  PACKAGING_INTACT,
  /** Every accessory and gift is there. */
  ACCESSORIES_COMPLETE,
  /** Tags and labels are still on. */
  TAGS_ON
}
