package org.aftersales.examples.demo;

import java.util.List;
import org.aftersales.policy.eligibility.GoodsCategory;

/**
 * What the Tea House sells: loose tea (consumables, which take no no-reason return once opened),
 * teaware and electric appliances (under a one-year warranty, repaired rather than returned).
 */
final class Catalog {

  /** One product, its goods category and its list price in fen. */
  record Product(String sku, GoodsCategory category, long fen) {}

  static final List<Product> TEA = List.of(
      new Product("longjing-tin-100g", GoodsCategory.CONSUMABLE, 11_800),
      new Product("tieguanyin-250g", GoodsCategory.CONSUMABLE, 12_900),
      new Product("puer-cake-357g", GoodsCategory.CONSUMABLE, 26_800));

  static final List<Product> TEAWARE = List.of(
      new Product("celadon-tea-set-6", GoodsCategory.GENERAL, 59_900),
      new Product("porcelain-teapot", GoodsCategory.GENERAL, 39_900),
      new Product("bamboo-tea-tray", GoodsCategory.GENERAL, 21_800),
      new Product("glass-pitcher", GoodsCategory.GENERAL, 6_800),
      new Product("cast-iron-kettle", GoodsCategory.GENERAL, 45_800));

  static final List<Product> APPLIANCES = List.of(
      new Product("electric-kettle", GoodsCategory.ELECTRONICS, 29_900),
      new Product("electric-tea-stove", GoodsCategory.ELECTRONICS, 68_000),
      new Product("tea-grinder", GoodsCategory.ELECTRONICS, 19_900));

  private Catalog() {}
}
