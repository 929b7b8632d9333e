package org.aftersales.policy.eligibility;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;

/**
 * A buyer's request, as the policy sees it before a case opens.
 *
 * @param goods what is known about the goods
 * @param reason why the buyer asks
 * @param type what the buyer asks for
 * @param requestedAt the moment of the request
 * @param channel where the request came from
 * @param standing the buyer's standing with the platform
 * @param evidence the kinds of evidence attached; empty if none
 * @param claimedAmount the money asked back, more than zero; empty for a request that asks none, as an
 *     exchange or a repair never does
 */
public record EligibilityRequest(
    GoodsFacts goods,
    Reason reason,
    CaseType type,
    Instant requestedAt,
    Channel channel,
    BuyerStanding standing,
    Set<EvidenceKind> evidence,
    Optional<Money> claimedAmount) {

  /**
   * Validates the request and copies the evidence set.
   *
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if the request is before the purchase, or claims zero or claims
   *     money for a case type that refunds none
   */
  public EligibilityRequest {
    Objects.requireNonNull(goods, "goods");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(standing, "standing");
    evidence = Set.copyOf(Objects.requireNonNull(evidence, "evidence"));
    Objects.requireNonNull(claimedAmount, "claimedAmount");
    if (requestedAt.isBefore(goods.purchasedAt())) {
      throw new IllegalArgumentException(
          "requestedAt " + requestedAt + " must not be before purchasedAt " + goods.purchasedAt());
    }
    // A zero claim would pass every automatic-refund limit; an exchange or repair has no money to claim.
    if (claimedAmount.isPresent() && claimedAmount.get().isZero()) {
      throw new IllegalArgumentException("claimedAmount must be more than zero, or empty to claim none");
    }
    if (claimedAmount.isPresent() && !type.refundsMoney()) {
      throw new IllegalArgumentException("claimedAmount must be empty for a " + type + " request, which refunds no"
          + " money, but was " + claimedAmount.get());
    }
  }

  /**
   * Returns a request from the app by a buyer in standing, with no evidence and no amount claimed.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the request is before the purchase
   */
  public static EligibilityRequest of(GoodsFacts goods, Reason reason, CaseType type, Instant requestedAt) {
    return new EligibilityRequest(goods, reason, type, requestedAt, Channel.APP, BuyerStanding.STANDARD,
        EnumSet.noneOf(EvidenceKind.class), Optional.empty());
  }

  /** Returns this request with the given evidence kinds attached. */
  public EligibilityRequest withEvidence(Set<EvidenceKind> kinds) {
    return new EligibilityRequest(goods, reason, type, requestedAt, channel, standing, kinds, claimedAmount);
  }

  /** Returns this request made through another channel. */
  public EligibilityRequest via(Channel from) {
    return new EligibilityRequest(goods, reason, type, requestedAt, from, standing, evidence, claimedAmount);
  }

  /** Returns this request by a buyer of another standing. */
  public EligibilityRequest by(BuyerStanding buyer) {
    return new EligibilityRequest(goods, reason, type, requestedAt, channel, buyer, evidence, claimedAmount);
  }

  /**
   * Returns this request claiming an amount of money back.
   *
   * @throws IllegalArgumentException if the amount is zero or the case type refunds no money
   */
  public EligibilityRequest claiming(Money amount) {
    return new EligibilityRequest(goods, reason, type, requestedAt, channel, standing, evidence,
        Optional.of(amount));
  }

  /** Returns this request asking for another case type. */
  public EligibilityRequest asking(CaseType other) {
    return new EligibilityRequest(goods, reason, other, requestedAt, channel, standing, evidence, claimedAmount);
  }

  /** Returns this request made at another moment. */
  public EligibilityRequest at(Instant moment) {
    return new EligibilityRequest(goods, reason, type, moment, channel, standing, evidence, claimedAmount);
  }
}
