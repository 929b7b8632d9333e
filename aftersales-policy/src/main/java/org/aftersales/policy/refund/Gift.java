package org.aftersales.policy.refund;

import java.util.Optional;
import org.aftersales.money.Money;

/**
 * A free gift (赠品) that came with the order: either with one line (gone when that whole line is
 * returned) or with a spend threshold (满赠, gone when the goods kept fall below it, measured like
 * a threshold promotion on the price after item discounts of every line). A buyer who keeps a gift
 * whose condition is gone has its marked price deducted, capped by the refund.
 *
 * @param giftId the host's id of the gift
 * @param sku the gift's stock-keeping unit
 * @param markedPrice the price marked on the gift, deducted when it is kept without its condition
 * @param linkedLineId the line it came with; exclusive with {@code threshold}
 * @param threshold the spend it came with; exclusive with {@code linkedLineId}
 */
public record Gift(String giftId, String sku, Money markedPrice, Optional<String> linkedLineId, Optional<Money> threshold) {

  /**
   * Validates the gift.
   *
   * @throws InvalidRefundInputException if a field is null, the currencies differ, or not exactly
   *     one of {@code linkedLineId} and {@code threshold} is present
   */
  public Gift {
    Check.id(giftId, "giftId");
    Check.id(sku, "sku");
    Check.present(markedPrice, "markedPrice");
    Check.present(linkedLineId, "linkedLineId");
    Check.present(threshold, "threshold");
    linkedLineId.ifPresent(id -> Check.id(id, "linkedLineId"));
    threshold.ifPresent(t -> Check.money(t, markedPrice.currency(), "threshold"));
    if (linkedLineId.isPresent() == threshold.isPresent()) {
      throw new InvalidRefundInputException("linkedLineId", "gift " + giftId + " needs exactly one of linkedLineId and threshold");
    }
  }

  /** Returns a gift that came with the line {@code lineId}. */
  public static Gift withLine(String giftId, String sku, Money markedPrice, String lineId) {
    return new Gift(giftId, sku, markedPrice, Optional.of(lineId), Optional.empty());
  }

  /** Returns a gift that came with a spend of {@code threshold}. */
  public static Gift fromSpend(String giftId, String sku, Money markedPrice, Money threshold) {
    return new Gift(giftId, sku, markedPrice, Optional.empty(), Optional.of(threshold));
  }
}
