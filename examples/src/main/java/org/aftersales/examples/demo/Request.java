package org.aftersales.examples.demo;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.ConditionFlag;
import org.aftersales.policy.refund.RequestedLine;

/**
 * What a buyer asks for at the checkout's after-sales page, before the host has asked the policy.
 *
 * @param at when the buyer asks
 * @param purchase the order it is about
 * @param type what the buyer asks for
 * @param reason why
 * @param units the units of the order's lines asked about; fewer than bought for a partial return
 * @param evidence the kinds of evidence the buyer attached
 * @param condition what holds of the goods' resaleable condition
 * @param channel where the request comes from
 * @param standing the buyer's standing with the platform
 * @param platformAtFault whether the platform's own logistics lost or damaged the goods
 */
record Request(Instant at, Purchase purchase, CaseType type, Reason reason, List<RequestedLine> units,
    Set<EvidenceKind> evidence, Set<ConditionFlag> condition, Channel channel, BuyerStanding standing,
    boolean platformAtFault) {

  Request {
    units = List.copyOf(units);
    evidence = Set.copyOf(evidence);
    condition = Set.copyOf(condition);
  }
}
