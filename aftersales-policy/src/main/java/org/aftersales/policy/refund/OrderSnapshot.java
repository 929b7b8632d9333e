package org.aftersales.policy.refund;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.aftersales.money.Money;

/**
 * An order as it was paid: what a refund calculation starts from.
 *
 * <p>The payments must add up to what the order cost: the lines after item and order-level
 * discounts, plus the shipping fee. Points count at the money value the order gave them.
 *
 * @param orderId the host's order id
 * @param currency the order's currency; every amount must be in it
 * @param lines the lines bought, at least one, ids unique
 * @param discounts order-level coupons and threshold promotions, applied in this order; may be empty
 * @param shipping the original delivery
 * @param gifts free gifts that came with lines or with a spend; may be empty
 * @param payments the tenders that paid the order, at least one, ids unique
 */
public record OrderSnapshot(
    String orderId,
    Currency currency,
    List<PurchasedLine> lines,
    List<OrderDiscount> discounts,
    Shipping shipping,
    List<Gift> gifts,
    List<TenderPayment> payments) {

  /**
   * Validates the order and copies the lists.
   *
   * @throws InvalidRefundInputException naming the field if a field is null, a list that needs an
   *     element is empty, an id repeats, an amount is in another currency, a discount names an
   *     unknown line, did not reach its threshold or exceeds its lines, a gift names an unknown
   *     line or never reached its threshold, the free-shipping threshold was not reached, or the
   *     payments do not add up to what the order cost
   */
  public OrderSnapshot {
    Check.id(orderId, "orderId");
    Check.present(currency, "currency");
    lines = Check.list(lines, "lines");
    discounts = Check.list(discounts, "discounts");
    Check.present(shipping, "shipping");
    gifts = Check.list(gifts, "gifts");
    payments = Check.list(payments, "payments");
    if (lines.isEmpty()) {
      throw new InvalidRefundInputException("lines", "an order has at least one line");
    }
    if (payments.isEmpty()) {
      throw new InvalidRefundInputException("payments", "an order is paid by at least one tender");
    }
    Check.unique(lines.stream().map(PurchasedLine::lineId).toList(), "lines");
    Check.unique(discounts.stream().map(OrderDiscount::discountId).toList(), "discounts");
    Check.unique(gifts.stream().map(Gift::giftId).toList(), "gifts");
    Check.unique(payments.stream().map(TenderPayment::tenderId).toList(), "payments");
    for (int i = 0; i < lines.size(); i++) {
      Check.money(lines.get(i).unitPrice(), currency, "lines[" + i + "].unitPrice");
    }
    for (int i = 0; i < discounts.size(); i++) {
      Check.money(discounts.get(i).amount(), currency, "discounts[" + i + "].amount");
    }
    Check.money(shipping.fee(), currency, "shipping.fee");
    for (int i = 0; i < payments.size(); i++) {
      Check.money(payments.get(i).amount(), currency, "payments[" + i + "].amount");
    }
    OrderLedger ledger = OrderLedger.of(lines, discounts, currency);
    checkGifts(gifts, ledger, currency);
    checkFreeShipping(shipping, ledger);
    checkPayments(payments, ledger.goodsPaid().plus(shipping.fee()), currency);
  }

  /**
   * Returns an order of {@code lines} in their currency, paid by {@code payments}, with no
   * discounts, gifts or shipping fee; see the constructor for the rules.
   */
  public static OrderSnapshot of(String orderId, List<PurchasedLine> lines, List<TenderPayment> payments) {
    if (Check.present(lines, "lines").isEmpty()) {
      throw new InvalidRefundInputException("lines", "an order has at least one line");
    }
    Currency currency = Check.present(lines.get(0), "lines[0]").unitPrice().currency();
    return new OrderSnapshot(orderId, currency, lines, List.of(), Shipping.none(currency), List.of(), payments);
  }

  /** Returns a builder of an order in {@code currency}. */
  public static Builder builder(String orderId, Currency currency) {
    return new Builder(orderId, currency);
  }

  /**
   * Collects an order's parts; {@link #build()} validates them all at once. Not thread-safe. The
   * shipping is free (zero) unless set.
   */
  public static final class Builder {

    private final String orderId;
    private final Currency currency;
    private final List<PurchasedLine> lines = new ArrayList<>();
    private final List<OrderDiscount> discounts = new ArrayList<>();
    private final List<Gift> gifts = new ArrayList<>();
    private final List<TenderPayment> payments = new ArrayList<>();
    private Shipping shipping;

    private Builder(String orderId, Currency currency) {
      this.orderId = orderId;
      this.currency = Check.present(currency, "currency");
      this.shipping = Shipping.none(currency);
    }

    /** Adds a line. */
    public Builder line(PurchasedLine line) {
      lines.add(line);
      return this;
    }

    /** Adds an order-level discount, applied after those added before it. */
    public Builder discount(OrderDiscount discount) {
      discounts.add(discount);
      return this;
    }

    /** Sets the original delivery. */
    public Builder shipping(Shipping shipping) {
      this.shipping = shipping;
      return this;
    }

    /** Adds a gift. */
    public Builder gift(Gift gift) {
      gifts.add(gift);
      return this;
    }

    /** Adds a tender that paid part of the order. */
    public Builder payment(TenderPayment payment) {
      payments.add(payment);
      return this;
    }

    /**
     * Returns the order.
     *
     * @throws InvalidRefundInputException as the {@link OrderSnapshot} constructor does
     */
    public OrderSnapshot build() {
      return new OrderSnapshot(orderId, currency, lines, discounts, shipping, gifts, payments);
    }
  }

  /** Returns what the buyer paid in all: goods after discounts plus shipping; equals the payments' sum. */
  public Money totalPaid() {
    return Money.sum(payments.stream().map(TenderPayment::amount).toList(), currency);
  }

  /** Returns what the buyer paid for each line after every discount, in line order. */
  public List<Money> linePaid() {
    OrderLedger ledger = OrderLedger.of(lines, discounts, currency);
    List<Money> result = new ArrayList<>();
    for (int i = 0; i < ledger.size(); i++) {
      result.add(ledger.paid(i));
    }
    return List.copyOf(result);
  }

  /** Returns the gift with {@code giftId}, if any. */
  public Optional<Gift> gift(String giftId) {
    return gifts.stream().filter(g -> g.giftId().equals(giftId)).findFirst();
  }

  private static void checkGifts(List<Gift> gifts, OrderLedger ledger, Currency currency) {
    Money allNet = Money.zero(currency);
    for (int i = 0; i < ledger.size(); i++) {
      allNet = allNet.plus(ledger.line(i).net());
    }
    for (int g = 0; g < gifts.size(); g++) {
      Gift gift = gifts.get(g);
      Check.money(gift.markedPrice(), currency, "gifts[" + g + "].markedPrice");
      if (gift.linkedLineId().isPresent() && ledger.indexOf(gift.linkedLineId().get()) < 0) {
        throw new InvalidRefundInputException("gifts[" + g + "].linkedLineId", "names no line of the order: '" + gift.linkedLineId().get() + "'");
      }
      if (gift.threshold().isPresent() && allNet.isLessThan(gift.threshold().get())) {
        throw new InvalidRefundInputException("gifts[" + g + "].threshold", "the goods (" + allNet + ") never reached " + gift.threshold().get());
      }
    }
  }

  private static void checkFreeShipping(Shipping shipping, OrderLedger ledger) {
    if (shipping.freeShipping().isPresent() && ledger.goodsPaid().isLessThan(shipping.freeShipping().get().threshold())) {
      throw new InvalidRefundInputException("shipping.freeShipping.threshold",
          "the goods paid (" + ledger.goodsPaid() + ") never reached " + shipping.freeShipping().get().threshold());
    }
  }

  private static void checkPayments(List<TenderPayment> payments, Money cost, Currency currency) {
    Money paid = Money.sum(payments.stream().map(TenderPayment::amount).toList(), currency);
    if (!paid.equals(cost)) {
      throw new InvalidRefundInputException("payments", "add up to " + paid + " but the order cost " + cost + " (goods after discounts plus shipping)");
    }
  }
}
