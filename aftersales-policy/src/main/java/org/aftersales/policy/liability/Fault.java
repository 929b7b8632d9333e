package org.aftersales.policy.liability;

import java.util.Objects;
import org.aftersales.casefile.Reason;

/** Whose side caused the case; fault decides who pays. */
public enum Fault {
  /** The merchant: quality, wrong or damaged goods, not as described, missing parts, not delivered. */
  SELLER,
  /** The marketplace itself (its logistics, its listing error, its system). */
  PLATFORM,
  /** The buyer's own choice: change of mind, size or fit. Nobody is at fault. */
  BUYER_CHOICE,
  /** The buyer damaged the goods: a repair outside the warranty. */
  BUYER_DAMAGE;

  /**
   * Classifies a case. A platform fault wins over the reason (the platform answers for what it
   * caused whatever the buyer reports); then damage the buyer caused; then the reason's own
   * classification ({@link Reason#isSellerFault()}).
   *
   * @param reason the reason the buyer gave
   * @param platformAtFault whether the platform found itself at fault
   * @param buyerCausedDamage whether the goods were damaged by the buyer (outside warranty)
   * @throws NullPointerException if {@code reason} is null
   */
  public static Fault of(Reason reason, boolean platformAtFault, boolean buyerCausedDamage) {
    Objects.requireNonNull(reason, "reason");
    if (platformAtFault) {
      return PLATFORM;
    }
    if (buyerCausedDamage) {
      return BUYER_DAMAGE;
    }
    return reason.isSellerFault() ? SELLER : BUYER_CHOICE;
  }
}
