package org.aftersales.policy.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftersales.casefile.Channel;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.source.RuleRef;

/**
 * Where a shop takes requests from, and which requests it refunds without the merchant.
 *
 * @param ref the rule naming the accepted channels, with its source
 * @param accepted the channels requests may come from, not empty
 * @param autoRefund small refunds for trusted buyers, if the shop offers them
 */
public record ChannelTerms(RuleRef ref, Set<Channel> accepted, Optional<AutoRefundRule> autoRefund) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if accepted is empty or the auto-refund rule reuses the id
   */
  public ChannelTerms {
    Objects.requireNonNull(ref, "ref");
    accepted = Set.copyOf(Objects.requireNonNull(accepted, "accepted channels of " + ref.id()));
    Objects.requireNonNull(autoRefund, "autoRefund");
    if (accepted.isEmpty()) {
      throw new IllegalArgumentException("accepted channels of " + ref.id() + " must not be empty");
    }
    if (autoRefund.isPresent() && autoRefund.get().ref().id().equals(ref.id())) {
      throw new IllegalArgumentException("auto-refund rule id " + ref.id() + " is used twice");
    }
  }

  /** Returns terms accepting the channels, with no automatic refunds. */
  public static ChannelTerms of(RuleRef ref, Set<Channel> accepted) {
    return new ChannelTerms(ref, accepted, Optional.empty());
  }

  /** Returns whether requests may come through this channel. */
  public boolean accepts(Channel channel) {
    return accepted.contains(channel);
  }

  /**
   * Returns the rule that refunds this request automatically: a trusted buyer asking for money back
   * for a covered reason, claiming no more than the limit; empty otherwise.
   *
   * @throws NullPointerException if request is null
   */
  public Optional<RuleRef> autoRefundFor(EligibilityRequest request) {
    Objects.requireNonNull(request, "request");
    return autoRefund
        .filter(rule -> request.standing() == BuyerStanding.TRUSTED && request.type().refundsMoney())
        .filter(rule -> request.claimedAmount().map(amount -> rule.covers(request.reason(), amount)).orElse(false))
        .map(AutoRefundRule::ref);
  }

  /** Returns every rule reference. */
  public List<RuleRef> refs() {
    List<RuleRef> refs = new ArrayList<>(List.of(ref));
    autoRefund.ifPresent(rule -> refs.add(rule.ref()));
    return refs;
  }
}
