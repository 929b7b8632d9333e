package org.aftersales.policy.refund;

import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.aftersales.money.Money;

/**
 * A calculated refund: what {@link RefundCalculator#calculate} returns, and what a host stores and
 * passes back as an earlier refund of the order.
 *
 * <p>{@code total = sum(lines.goods) + shippingRefund + sum(released) - sum(deductions)}, and the
 * tenders add up to {@code total}.
 *
 * @param orderId the order refunded; an earlier refund of another order is refused
 * @param lines what comes back per line, at least one
 * @param shippingRefund the original delivery fee refunded; zero when none
 * @param deductions money held back, each capped by what the refund had left
 * @param released earlier deductions given back because they are no longer owed
 * @param tenders the total split over the order's tenders
 * @param giftsReturned the gifts that came back with this return; before dispatch also each gift the
 *     merchant keeps rather than sends, its condition gone with the goods cancelled
 * @param couponsReissued coupons issued to the buyer again, in kind
 * @param total what the buyer gets back
 * @param explanation one sentence per step, each with its rule id in brackets
 */
public record Refund(
    String orderId,
    List<LineRefund> lines,
    Money shippingRefund,
    List<Deduction> deductions,
    List<Deduction> released,
    List<TenderRefund> tenders,
    Set<String> giftsReturned,
    List<String> couponsReissued,
    Money total,
    List<String> explanation) {

  /**
   * Validates the refund and copies the collections.
   *
   * @throws InvalidRefundInputException naming the field if a field or element is null, {@code
   *     lines} is empty, the currencies differ, or the total does not follow from its parts
   */
  public Refund {
    Check.id(orderId, "orderId");
    lines = Check.list(lines, "lines");
    Check.present(total, "total");
    Currency currency = total.currency();
    Check.money(shippingRefund, currency, "shippingRefund");
    deductions = Check.list(deductions, "deductions");
    released = Check.list(released, "released");
    tenders = Check.list(tenders, "tenders");
    giftsReturned = Check.set(giftsReturned, "giftsReturned");
    couponsReissued = Check.list(couponsReissued, "couponsReissued");
    explanation = Check.list(explanation, "explanation");
    if (lines.isEmpty()) {
      throw new InvalidRefundInputException("lines", "a refund covers at least one line");
    }
    long expected = shippingRefund.minorUnits();
    for (int i = 0; i < lines.size(); i++) {
      expected += Check.money(lines.get(i).goods(), currency, "lines[" + i + "].goods").minorUnits();
    }
    for (int i = 0; i < released.size(); i++) {
      expected += Check.money(released.get(i).amount(), currency, "released[" + i + "].amount").minorUnits();
    }
    for (int i = 0; i < deductions.size(); i++) {
      expected -= Check.money(deductions.get(i).amount(), currency, "deductions[" + i + "].amount").minorUnits();
    }
    if (expected != total.minorUnits()) {
      throw new InvalidRefundInputException("total", total + " does not equal goods + shipping + released - deductions = "
          + expected + " minor units");
    }
    long tendered = 0;
    for (int i = 0; i < tenders.size(); i++) {
      tendered += Check.money(tenders.get(i).amount(), currency, "tenders[" + i + "].amount").minorUnits();
    }
    if (tendered != total.minorUnits()) {
      throw new InvalidRefundInputException("tenders", "add up to " + tendered + " minor units, not the total " + total);
    }
  }

  /** Returns the units of {@code lineId} this refund covers; zero when it does not cover the line. */
  public int quantityOf(String lineId) {
    return lines.stream().filter(l -> l.lineId().equals(lineId)).mapToInt(LineRefund::quantity).sum();
  }

  /** Returns the money refunded through {@code tenderId}; zero when none. */
  public Money amountTo(String tenderId) {
    return Money.sum(tenders.stream().filter(t -> t.tenderId().equals(tenderId)).map(TenderRefund::amount).toList(),
        total.currency());
  }

  /** Returns the explanation as one text, a line per step. */
  public String explanationText() {
    return String.join("\n", explanation);
  }
}
