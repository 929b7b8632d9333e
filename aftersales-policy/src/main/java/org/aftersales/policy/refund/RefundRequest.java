package org.aftersales.policy.refund;

import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.aftersales.money.Money;

/**
 * What a buyer asks money back for, and the facts of this one return.
 *
 * @param lines the units asked for, at least one line, each line at most once
 * @param giftsReturned the gifts that come back with this return; may be empty
 * @param returnShippingCharge the return shipping the merchant paid for this return (a pickup or a
 *     prepaid label) and the buyer owes when liability puts the return leg on the buyer; zero when
 *     the buyer shipped at their own cost
 * @param depreciation the merchant's assessed loss of value of the goods; deducted only within
 *     {@link RefundTerms#depreciationCapBasisPoints()}; zero when none
 */
public record RefundRequest(List<RequestedLine> lines, Set<String> giftsReturned, Money returnShippingCharge, Money depreciation) {

  /**
   * Validates the request and copies the collections.
   *
   * @throws InvalidRefundInputException naming the field if a field or element is null, {@code
   *     lines} is empty or names a line twice, or the two amounts are in different currencies
   */
  public RefundRequest {
    lines = Check.list(lines, "lines");
    giftsReturned = Check.set(giftsReturned, "giftsReturned");
    Check.present(returnShippingCharge, "returnShippingCharge");
    Check.money(depreciation, returnShippingCharge.currency(), "depreciation");
    if (lines.isEmpty()) {
      throw new InvalidRefundInputException("lines", "a refund request covers at least one line");
    }
    Check.unique(lines.stream().map(RequestedLine::lineId).toList(), "lines");
  }

  /** Returns a request for {@code lines} in {@code currency}: no gifts, no return shipping charge, no depreciation. */
  public static RefundRequest of(Currency currency, RequestedLine... lines) {
    Money zero = Money.zero(currency);
    return new RefundRequest(List.of(lines), Set.of(), zero, zero);
  }

  /** Returns this request with {@code giftIds} coming back; see the constructor for the rules. */
  public RefundRequest returningGifts(String... giftIds) {
    return new RefundRequest(lines, Set.of(giftIds), returnShippingCharge, depreciation);
  }

  /** Returns this request with a return shipping charge; see the constructor for the rules. */
  public RefundRequest withReturnShippingCharge(Money charge) {
    return new RefundRequest(lines, giftsReturned, charge, depreciation);
  }

  /** Returns this request with an assessed depreciation; see the constructor for the rules. */
  public RefundRequest withDepreciation(Money amount) {
    return new RefundRequest(lines, giftsReturned, returnShippingCharge, amount);
  }
}
