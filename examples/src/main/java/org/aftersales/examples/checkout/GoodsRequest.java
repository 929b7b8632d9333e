package org.aftersales.examples.checkout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftersales.policy.eligibility.ConditionFlag;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.GoodsFacts;

/**
 * The {@code goods} part of an open request: what the shop knows about the goods, which the policy's
 * eligibility rules decide on. JSON's form of {@link GoodsFacts}, with absent values as null.
 *
 * @param category the kind of goods
 * @param condition the aspects of resaleable condition that hold; missing means none is known to hold
 * @param purchasedAt when the order was paid
 * @param deliveredAt when the carrier delivered the goods, or null
 * @param signedAt when the buyer signed for the goods, or null
 * @param promisedDeliveryBy the delivery time promised, or null
 * @param warrantyEndsOn the last day of the warranty, or null
 * @param failedRepairs failed repairs so far; missing means 0
 * @param buyerCausedDamage whether the buyer caused the damage; missing means false
 * @param installedAt when a required installation was notified complete, or null
 * @param noReasonReturnWaivedAtPurchase whether the buyer waived the no-reason return at purchase;
 *     missing means false
 */
record GoodsRequest(
    GoodsCategory category,
    Set<ConditionFlag> condition,
    Instant purchasedAt,
    Instant deliveredAt,
    Instant signedAt,
    Instant promisedDeliveryBy,
    LocalDate warrantyEndsOn,
    Integer failedRepairs,
    Boolean buyerCausedDamage,
    Instant installedAt,
    Boolean noReasonReturnWaivedAtPurchase) {

  /**
   * Validates the facts by building them, so that a contradiction is refused while the field's path
   * is still known.
   *
   * @throws NullPointerException if category or purchasedAt is missing
   * @throws IllegalArgumentException if the moments contradict each other, naming the field
   */
  GoodsRequest {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(purchasedAt, "purchasedAt");
    condition = Set.copyOf(Objects.requireNonNull(condition, "condition"));
    failedRepairs = failedRepairs == null ? 0 : failedRepairs;
    buyerCausedDamage = buyerCausedDamage != null && buyerCausedDamage;
    noReasonReturnWaivedAtPurchase = noReasonReturnWaivedAtPurchase != null && noReasonReturnWaivedAtPurchase;
    facts(category, condition, purchasedAt, deliveredAt, signedAt, promisedDeliveryBy, warrantyEndsOn,
        failedRepairs, buyerCausedDamage, installedAt, noReasonReturnWaivedAtPurchase);
  }

  /** Returns the facts the policy decides on. */
  GoodsFacts facts() {
    return facts(category, condition, purchasedAt, deliveredAt, signedAt, promisedDeliveryBy, warrantyEndsOn,
        failedRepairs, buyerCausedDamage, installedAt, noReasonReturnWaivedAtPurchase);
  }

  private static GoodsFacts facts(GoodsCategory category, Set<ConditionFlag> condition, Instant purchasedAt,
      Instant deliveredAt, Instant signedAt, Instant promisedDeliveryBy, LocalDate warrantyEndsOn,
      int failedRepairs, boolean buyerCausedDamage, Instant installedAt, boolean noReasonReturnWaivedAtPurchase) {
    return new GoodsFacts(category, condition, purchasedAt, Optional.ofNullable(deliveredAt),
        Optional.ofNullable(signedAt), Optional.ofNullable(promisedDeliveryBy), Optional.ofNullable(warrantyEndsOn),
        failedRepairs, buyerCausedDamage, Optional.ofNullable(installedAt), noReasonReturnWaivedAtPurchase);
  }
}
