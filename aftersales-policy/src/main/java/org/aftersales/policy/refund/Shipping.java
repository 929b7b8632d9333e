package org.aftersales.policy.refund;

import java.util.Currency;
import java.util.Optional;
import org.aftersales.money.Money;

/**
 * What the buyer paid for the original delivery.
 *
 * @param fee the delivery fee charged; zero when free
 * @param standardFee the least expensive standard delivery the shop offered, at most {@code fee}:
 *     the part of the fee a trader must refund on an EU withdrawal (Directive 2011/83/EU art.
 *     13(2)); {@code fee - standardFee} is the surplus of a premium delivery the buyer chose
 * @param freeShipping the free-shipping threshold that waived the fee, if any; then {@code fee} is zero
 */
public record Shipping(Money fee, Money standardFee, Optional<FreeShipping> freeShipping) {

  /**
   * Validates the shipping.
   *
   * @throws InvalidRefundInputException if a field is null, the currencies differ, {@code
   *     standardFee} exceeds {@code fee}, or a free-shipping threshold comes with a fee above zero
   */
  public Shipping {
    Check.present(fee, "fee");
    Check.money(standardFee, fee.currency(), "standardFee");
    Check.present(freeShipping, "freeShipping");
    freeShipping.ifPresent(f -> Check.money(f.threshold(), fee.currency(), "freeShipping.threshold"));
    if (standardFee.isGreaterThan(fee)) {
      throw new InvalidRefundInputException("standardFee", standardFee + " exceeds the fee charged " + fee);
    }
    if (freeShipping.isPresent() && !fee.isZero()) {
      throw new InvalidRefundInputException("freeShipping", "waives the fee, but the fee charged was " + fee);
    }
  }

  /** Returns free shipping with no threshold: nothing charged. */
  public static Shipping none(Currency currency) {
    return new Shipping(Money.zero(currency), Money.zero(currency), Optional.empty());
  }

  /** Returns a standard delivery charged at {@code fee}. */
  public static Shipping standard(Money fee) {
    return new Shipping(fee, fee, Optional.empty());
  }

  /** Returns a premium delivery charged at {@code fee} where the standard one would cost {@code standardFee}. */
  public static Shipping premium(Money fee, Money standardFee) {
    return new Shipping(fee, standardFee, Optional.empty());
  }

  /** Returns a delivery of {@code waivedFee} waived because the goods reached {@code threshold}. */
  public static Shipping freeFrom(Money threshold, Money waivedFee) {
    Money zero = Money.zero(waivedFee.currency());
    return new Shipping(zero, zero, Optional.of(new FreeShipping(threshold, waivedFee)));
  }
}
