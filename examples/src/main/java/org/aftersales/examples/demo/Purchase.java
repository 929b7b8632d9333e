package org.aftersales.examples.demo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.examples.demo.Catalog.Product;
import org.aftersales.policy.refund.OrderSnapshot;

/**
 * A paid order as the host's order system knows it: the snapshot the refund is computed on, the
 * products of its lines (in line order) and when it was paid and signed for.
 *
 * @param order the order as paid, with its coupons, threshold promotions (满减) and shipping
 * @param products the product of each line, in line order
 * @param purchasedAt when it was paid
 * @param signedAt when the buyer signed for it; empty if it never arrived
 */
record Purchase(OrderSnapshot order, List<Product> products, Instant purchasedAt, Optional<Instant> signedAt) {

  Purchase {
    products = List.copyOf(products);
  }
}
