package org.aftersales.policy.refund;

import java.util.List;
import java.util.Optional;
import org.aftersales.money.Money;

/**
 * A discount on the order, spread over its eligible lines by largest remainder.
 *
 * <p>The threshold is measured on the eligible lines' price after item discounts (before any
 * order-level discount); the order must have reached it. When a return of the buyer's own choice
 * leaves the kept eligible goods below the threshold, the discount's share on the kept goods may be
 * clawed back ({@link RefundTerms#clawBackBrokenThresholds()}).
 *
 * @param discountId the host's id of the coupon or promotion
 * @param kind coupon or threshold promotion
 * @param amount the discount, more than zero
 * @param threshold the spend the discount needs; required for a {@link
 *     DiscountKind#THRESHOLD_PROMOTION}, optional for a coupon
 * @param lineIds the lines it applies to, in the order's line order or any; empty for every line
 */
public record OrderDiscount(
    String discountId, DiscountKind kind, Money amount, Optional<Money> threshold, List<String> lineIds) {

  /**
   * Validates the discount.
   *
   * @throws InvalidRefundInputException if a field is null, {@code amount} is zero, the threshold is
   *     in another currency or missing on a threshold promotion, or a line id repeats
   */
  public OrderDiscount {
    Check.id(discountId, "discountId");
    Check.present(kind, "kind");
    Check.present(amount, "amount");
    if (amount.isZero()) {
      throw new InvalidRefundInputException("amount", "must be more than zero on discount " + discountId);
    }
    Check.present(threshold, "threshold");
    threshold.ifPresent(t -> Check.money(t, amount.currency(), "threshold"));
    if (kind == DiscountKind.THRESHOLD_PROMOTION && threshold.isEmpty()) {
      throw new InvalidRefundInputException("threshold", "is required for the threshold promotion " + discountId);
    }
    lineIds = Check.list(lineIds, "lineIds");
    Check.unique(lineIds, "lineIds");
  }

  /** Returns a coupon on every line, without threshold. */
  public static OrderDiscount coupon(String discountId, Money amount) {
    return new OrderDiscount(discountId, DiscountKind.COUPON, amount, Optional.empty(), List.of());
  }

  /** Returns a threshold promotion (满减) on every line: {@code amount} off from {@code threshold}. */
  public static OrderDiscount thresholdPromotion(String discountId, Money threshold, Money amount) {
    return new OrderDiscount(discountId, DiscountKind.THRESHOLD_PROMOTION, amount, Optional.of(threshold), List.of());
  }

  /** Returns this discount restricted to {@code lineIds}; see the constructor for the rules. */
  public OrderDiscount onLines(String... lineIds) {
    return new OrderDiscount(discountId, kind, amount, threshold, List.of(lineIds));
  }

  /** Returns whether the discount applies to {@code lineId}. */
  public boolean appliesTo(String lineId) {
    return lineIds.isEmpty() || lineIds.contains(lineId);
  }
}
