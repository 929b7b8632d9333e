package org.aftersales.examples.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.aftersales.examples.demo.Catalog.Product;
import org.aftersales.money.Money;
import org.aftersales.policy.refund.OrderDiscount;
import org.aftersales.policy.refund.OrderSnapshot;
import org.aftersales.policy.refund.PurchasedLine;
import org.aftersales.policy.refund.Shipping;
import org.aftersales.policy.refund.TenderKind;
import org.aftersales.policy.refund.TenderPayment;

/**
 * Makes up the order a request is about: the product asked about first, then up to two more lines of
 * teaware or tea, a store coupon or a threshold promotion (满300减30) on some, free shipping from
 * CNY 99, paid by card or wallet.
 */
final class PurchaseFactory {

  static final Currency CNY = Currency.getInstance("CNY");
  private static final Money FREE_SHIPPING_FROM = Money.of(9_900, CNY);
  private static final Money SHIPPING_FEE = Money.of(1_000, CNY);

  private final Dice dice;
  private int orders;

  PurchaseFactory(Dice dice) {
    this.dice = dice;
  }

  /** Returns an order whose first line is {@code first}; {@code signedAt} is empty for goods that never arrived. */
  Purchase order(Product first, Optional<Instant> signedAt, Instant paidAt) {
    String orderId = "SO-2025" + String.format("%05d", ++orders);
    List<Product> products = new ArrayList<>(List.of(first));
    int extra = dice.between(0, 2);
    for (int i = 0; i < extra; i++) {
      Product more = dice.oneOf(dice.chance(0.5) ? Catalog.TEA : Catalog.TEAWARE);
      if (!products.contains(more)) {
        products.add(more);
      }
    }
    OrderSnapshot.Builder order = OrderSnapshot.builder(orderId, CNY);
    Money goods = Money.zero(CNY);
    for (int i = 0; i < products.size(); i++) {
      Product product = products.get(i);
      int quantity = i == 0 ? dice.between(1, 3) : 1;
      order.line(PurchasedLine.of(orderId + "-L" + (i + 1), product.sku(), quantity, Money.of(product.fen(), CNY)));
      goods = goods.plus(Money.of(product.fen(), CNY).times(quantity));
    }
    goods = goods.minus(discounts(order, orderId, goods));
    Shipping shipping = goods.isLessThan(FREE_SHIPPING_FROM)
        ? Shipping.standard(SHIPPING_FEE) : Shipping.freeFrom(FREE_SHIPPING_FROM, SHIPPING_FEE);
    order.shipping(shipping);
    TenderKind tender = dice.chance(0.6) ? TenderKind.WALLET : TenderKind.CARD;
    order.payment(TenderPayment.of(orderId + "-P1", tender, goods.plus(shipping.fee())));
    return new Purchase(order.build(), products, paidAt, signedAt);
  }

  /** Adds a threshold promotion, a coupon, both or neither; returns what they take off. */
  private Money discounts(OrderSnapshot.Builder order, String orderId, Money goods) {
    Money off = Money.zero(CNY);
    Money threshold = Money.of(30_000, CNY);
    if (!goods.isLessThan(threshold) && dice.chance(0.6)) {
      Money promotion = Money.of(3_000, CNY);
      order.discount(OrderDiscount.thresholdPromotion(orderId + "-MJ300", threshold, promotion));
      off = off.plus(promotion);
    }
    if (dice.chance(0.4)) {
      Money coupon = Money.of(dice.chance(0.5) ? 1_000 : 2_000, CNY);
      order.discount(OrderDiscount.coupon(orderId + "-C" + coupon.minorUnits() / 100, coupon));
      off = off.plus(coupon);
    }
    return off;
  }
}
