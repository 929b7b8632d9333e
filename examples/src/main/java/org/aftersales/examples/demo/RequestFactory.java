package org.aftersales.examples.demo;

import static org.aftersales.examples.demo.Dice.Weighted.of;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.examples.demo.Catalog.Product;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.ConditionFlag;
import org.aftersales.policy.refund.PurchasedLine;
import org.aftersales.policy.refund.RequestedLine;

/**
 * Makes up buyers' requests: the mix of case types and reasons a tea shop sees, goods signed for a
 * few hours to nine days before (so some no-reason returns come after the 7-day window), a partial
 * return now and then, and evidence that is sometimes missing.
 */
final class RequestFactory {

  private static final Set<Reason> FAULTS = EnumSet.of(Reason.QUALITY_DEFECT, Reason.NOT_AS_DESCRIBED,
      Reason.WRONG_ITEM, Reason.MISSING_PARTS, Reason.DAMAGED_IN_TRANSIT);

  private final Dice dice;
  private final PurchaseFactory purchases;

  RequestFactory(Dice dice) {
    this.dice = dice;
    this.purchases = new PurchaseFactory(dice);
  }

  /** Returns a buyer's request made at {@code at}. */
  Request next(Instant at) {
    CaseType type = dice.weighted(List.of(of(15, CaseType.REFUND_ONLY), of(50, CaseType.RETURN_AND_REFUND),
        of(20, CaseType.EXCHANGE), of(15, CaseType.REPAIR)));
    return switch (type) {
      case REFUND_ONLY -> notReceived(at);
      case RETURN_AND_REFUND -> returned(at);
      case EXCHANGE -> exchanged(at);
      case REPAIR -> repaired(at);
    };
  }

  private Request notReceived(Instant at) {
    Product product = dice.oneOf(dice.chance(0.5) ? Catalog.TEA : Catalog.TEAWARE);
    Purchase purchase = purchases.order(product, Optional.empty(), at.minus(dice.between(Duration.ofDays(3),
        Duration.ofDays(12))));
    Reason reason = dice.chance(0.7) ? Reason.NOT_RECEIVED : Reason.DELIVERY_DELAY;
    return request(at, purchase, CaseType.REFUND_ONLY, reason, EnumSet.noneOf(EvidenceKind.class));
  }

  private Request returned(Instant at) {
    Reason reason = dice.weighted(List.of(of(30, Reason.CHANGED_MIND), of(10, Reason.SIZE_OR_FIT),
        of(25, Reason.QUALITY_DEFECT), of(10, Reason.NOT_AS_DESCRIBED), of(10, Reason.WRONG_ITEM),
        of(15, Reason.DAMAGED_IN_TRANSIT)));
    Product product = dice.oneOf(dice.chance(0.25) ? Catalog.TEA : Catalog.TEAWARE);
    return request(at, signedBefore(at, product, Duration.ofDays(9)), CaseType.RETURN_AND_REFUND, reason,
        faultEvidence(reason));
  }

  private Request exchanged(Instant at) {
    Reason reason = dice.weighted(List.of(of(35, Reason.QUALITY_DEFECT), of(25, Reason.WRONG_ITEM),
        of(30, Reason.DAMAGED_IN_TRANSIT), of(10, Reason.SIZE_OR_FIT)));
    Product product = dice.oneOf(Catalog.TEAWARE);
    return request(at, signedBefore(at, product, Duration.ofDays(9)), CaseType.EXCHANGE, reason,
        faultEvidence(reason));
  }

  private Request repaired(Instant at) {
    Product product = dice.oneOf(Catalog.APPLIANCES);
    Set<EvidenceKind> evidence = faultEvidence(Reason.QUALITY_DEFECT);
    if (dice.chance(0.9)) {
      evidence.add(EvidenceKind.INVOICE);
    }
    return request(at, signedBefore(at, product, Duration.ofDays(200)), CaseType.REPAIR, Reason.QUALITY_DEFECT,
        evidence);
  }

  /** An order of {@code product} signed for between two hours and {@code latest} before the request. */
  private Purchase signedBefore(Instant at, Product product, Duration latest) {
    Instant signed = at.minus(dice.between(Duration.ofHours(2), latest));
    return purchases.order(product, Optional.of(signed), signed.minus(dice.between(Duration.ofDays(1),
        Duration.ofDays(3))));
  }

  /** Photos of the fault, forgotten one time in twenty; none for a reason that is no fault. */
  private Set<EvidenceKind> faultEvidence(Reason reason) {
    Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
    if (FAULTS.contains(reason) && dice.chance(0.95)) {
      kinds.add(dice.chance(0.8) ? EvidenceKind.PHOTO : EvidenceKind.VIDEO);
    }
    return kinds;
  }

  private Request request(Instant at, Purchase purchase, CaseType type, Reason reason, Set<EvidenceKind> evidence) {
    PurchasedLine first = purchase.order().lines().get(0);
    int units = first.quantity() > 1 && dice.chance(0.5) ? dice.between(1, first.quantity() - 1) : first.quantity();
    Set<ConditionFlag> condition = dice.chance(0.9)
        ? EnumSet.of(ConditionFlag.UNUSED, ConditionFlag.PACKAGING_INTACT, ConditionFlag.ACCESSORIES_COMPLETE)
        : EnumSet.of(ConditionFlag.ACCESSORIES_COMPLETE);
    Channel channel = dice.weighted(List.of(of(60, Channel.APP), of(20, Channel.WEB), of(10, Channel.CHAT),
        of(5, Channel.CUSTOMER_SERVICE), of(5, Channel.PHONE)));
    BuyerStanding standing = dice.chance(0.15) ? BuyerStanding.TRUSTED : BuyerStanding.STANDARD;
    boolean platformAtFault = (reason == Reason.NOT_RECEIVED || reason == Reason.DAMAGED_IN_TRANSIT) && dice.chance(0.25);
    return new Request(at, purchase, type, reason, List.of(RequestedLine.of(first.lineId(), units)), evidence,
        condition, channel, standing, platformAtFault);
  }
}
