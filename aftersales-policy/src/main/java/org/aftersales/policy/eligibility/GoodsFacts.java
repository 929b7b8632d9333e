package org.aftersales.policy.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What is known about the goods of a request when eligibility is decided.
 *
 * @param category the kind of goods
 * @param condition the aspects of resaleable condition that hold; empty if none does
 * @param purchasedAt when the order was paid
 * @param deliveredAt when the carrier delivered the goods (the last parcel), empty if not yet
 * @param signedAt when the buyer signed for the goods, empty if not yet
 * @param promisedDeliveryBy the delivery time the merchant promised, empty if none
 * @param warrantyEndsOn the last day of the goods' warranty (保修) in the shop's zone, which varies
 *     by category and brand; empty if the goods have none
 * @param failedRepairs how many repairs under warranty have failed so far, zero or more
 * @param buyerCausedDamage whether the fault is damage the buyer caused, which no free remedy covers
 * @param installedAt when the trader notified the buyer that an installation the contract requires is
 *     complete (UK CRA s.22(3)(c)); empty if the contract requires none or it is not yet complete
 * @param noReasonReturnWaivedAtPurchase whether the buyer confirmed at purchase that these goods take
 *     no no-reason return; SAMR 2017 art. 7 lets goods of certain kinds (hygiene, value lost on
 *     activation, marked clearance or flawed goods) be excluded only with that confirmation, so an
 *     {@link ExclusionRule#needsBuyerConfirmation() exclusion needing it} applies only when it is true
 */
public record GoodsFacts(
    GoodsCategory category,
    Set<ConditionFlag> condition,
    Instant purchasedAt,
    Optional<Instant> deliveredAt,
    Optional<Instant> signedAt,
    Optional<Instant> promisedDeliveryBy,
    Optional<LocalDate> warrantyEndsOn,
    int failedRepairs,
    boolean buyerCausedDamage,
    Optional<Instant> installedAt,
    boolean noReasonReturnWaivedAtPurchase) {

  /**
   * Validates the facts and copies the condition set.
   *
   * @throws NullPointerException if any argument is null or condition holds null
   * @throws IllegalArgumentException if delivery or signing is before purchase, the goods are signed for
   *     but not delivered or before they were delivered, installed before delivery, or failedRepairs is negative
   */
  public GoodsFacts {
    Objects.requireNonNull(category, "category");
    condition = Set.copyOf(Objects.requireNonNull(condition, "condition"));
    Objects.requireNonNull(purchasedAt, "purchasedAt");
    Objects.requireNonNull(deliveredAt, "deliveredAt");
    Objects.requireNonNull(signedAt, "signedAt");
    Objects.requireNonNull(promisedDeliveryBy, "promisedDeliveryBy");
    Objects.requireNonNull(warrantyEndsOn, "warrantyEndsOn");
    notBeforePurchase(deliveredAt, purchasedAt, "deliveredAt");
    notBeforePurchase(signedAt, purchasedAt, "signedAt");
    // Signing is the buyer taking delivery: without a delivery a DELIVERED window would never open.
    if (signedAt.isPresent() && deliveredAt.isEmpty()) {
      throw new IllegalArgumentException("deliveredAt must be present when signedAt " + signedAt.get() + " is");
    }
    if (signedAt.isPresent() && signedAt.get().isBefore(deliveredAt.get())) {
      throw new IllegalArgumentException(
          "signedAt " + signedAt.get() + " must not be before deliveredAt " + deliveredAt.get());
    }
    Objects.requireNonNull(installedAt, "installedAt");
    if (installedAt.isPresent() && (deliveredAt.isEmpty() || installedAt.get().isBefore(deliveredAt.get()))) {
      throw new IllegalArgumentException("installedAt " + installedAt.get() + " must not be before deliveredAt "
          + deliveredAt.map(Instant::toString).orElse("(not delivered)"));
    }
    if (failedRepairs < 0) {
      throw new IllegalArgumentException("failedRepairs must not be negative, but was " + failedRepairs);
    }
  }

  private static void notBeforePurchase(Optional<Instant> moment, Instant purchasedAt, String field) {
    if (moment.isPresent() && moment.get().isBefore(purchasedAt)) {
      throw new IllegalArgumentException(
          field + " " + moment.get() + " must not be before purchasedAt " + purchasedAt);
    }
  }

  /**
   * Returns goods of a category paid at {@code purchasedAt}, in resaleable condition, not yet
   * delivered, without warranty, repairs, damage, installation or waiver; change them with the {@code with...} methods.
   *
   * @throws NullPointerException if any argument is null
   */
  public static GoodsFacts purchased(GoodsCategory category, Instant purchasedAt) {
    return new GoodsFacts(category, EnumSet.allOf(ConditionFlag.class), purchasedAt, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), 0, false, Optional.empty(), false);
  }

  /** Returns these facts with the goods delivered and signed for at the same moment. */
  public GoodsFacts deliveredAndSignedAt(Instant at) {
    return new GoodsFacts(category, condition, purchasedAt, Optional.of(at), Optional.of(at), promisedDeliveryBy,
        warrantyEndsOn, failedRepairs, buyerCausedDamage, installedAt, noReasonReturnWaivedAtPurchase);
  }

  /** Returns these facts with the goods delivered at one moment and signed for at another. */
  public GoodsFacts deliveredAt(Instant delivered, Instant signed) {
    return new GoodsFacts(category, condition, purchasedAt, Optional.of(delivered), Optional.of(signed),
        promisedDeliveryBy, warrantyEndsOn, failedRepairs, buyerCausedDamage, installedAt,
        noReasonReturnWaivedAtPurchase);
  }

  /** Returns these facts with the given condition. */
  public GoodsFacts withCondition(Set<ConditionFlag> flags) {
    return new GoodsFacts(category, flags, purchasedAt, deliveredAt, signedAt, promisedDeliveryBy,
        warrantyEndsOn, failedRepairs, buyerCausedDamage, installedAt, noReasonReturnWaivedAtPurchase);
  }

  /** Returns these facts with a promised delivery time. */
  public GoodsFacts withPromisedDeliveryBy(Instant promised) {
    return new GoodsFacts(category, condition, purchasedAt, deliveredAt, signedAt, Optional.of(promised),
        warrantyEndsOn, failedRepairs, buyerCausedDamage, installedAt, noReasonReturnWaivedAtPurchase);
  }

  /** Returns these facts with a warranty whose last day is {@code lastDay}. */
  public GoodsFacts withWarrantyEndingOn(LocalDate lastDay) {
    return new GoodsFacts(category, condition, purchasedAt, deliveredAt, signedAt, promisedDeliveryBy,
        Optional.of(lastDay), failedRepairs, buyerCausedDamage, installedAt, noReasonReturnWaivedAtPurchase);
  }

  /** Returns these facts with {@code count} failed repairs. */
  public GoodsFacts withFailedRepairs(int count) {
    return new GoodsFacts(category, condition, purchasedAt, deliveredAt, signedAt, promisedDeliveryBy,
        warrantyEndsOn, count, buyerCausedDamage, installedAt, noReasonReturnWaivedAtPurchase);
  }

  /** Returns these facts with the fault caused by the buyer. */
  public GoodsFacts withBuyerCausedDamage() {
    return new GoodsFacts(category, condition, purchasedAt, deliveredAt, signedAt, promisedDeliveryBy,
        warrantyEndsOn, failedRepairs, true, installedAt, noReasonReturnWaivedAtPurchase);
  }

  /** Returns these facts with the installation the contract requires notified complete at {@code at}. */
  public GoodsFacts installedAt(Instant at) {
    return new GoodsFacts(category, condition, purchasedAt, deliveredAt, signedAt, promisedDeliveryBy,
        warrantyEndsOn, failedRepairs, buyerCausedDamage, Optional.of(at), noReasonReturnWaivedAtPurchase);
  }

  /** Returns these facts with the buyer having confirmed at purchase that the goods take no no-reason return. */
  public GoodsFacts withNoReasonReturnWaivedAtPurchase() {
    return new GoodsFacts(category, condition, purchasedAt, deliveredAt, signedAt, promisedDeliveryBy,
        warrantyEndsOn, failedRepairs, buyerCausedDamage, installedAt, true);
  }
}
