package org.aftersales.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.policy.channel.ChannelTerms;
import org.aftersales.policy.eligibility.EligibilityDecision;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.eligibility.EligibilityTerms;
import org.aftersales.policy.eligibility.Grant;
import org.aftersales.policy.eligibility.RefusalCode;
import org.aftersales.policy.evidence.EvidenceOccasion;
import org.aftersales.policy.evidence.EvidenceSituation;
import org.aftersales.policy.evidence.EvidenceTerms;
import org.aftersales.policy.evidence.MissingEvidence;
import org.aftersales.policy.liability.Liability;
import org.aftersales.policy.liability.LiabilityDecider;
import org.aftersales.policy.liability.LiabilityQuestion;
import org.aftersales.policy.liability.LiabilityTerms;
import org.aftersales.policy.refund.OrderSnapshot;
import org.aftersales.policy.refund.Refund;
import org.aftersales.policy.refund.RefundCalculator;
import org.aftersales.policy.refund.RefundRequest;
import org.aftersales.policy.refund.RefundTerms;
import org.aftersales.policy.risk.RiskTerms;
import org.aftersales.policy.score.ScoringTerms;
import org.aftersales.policy.sla.SlaTerms;
import org.aftersales.policy.source.Cited;
import org.aftersales.policy.source.RuleRef;

/**
 * A shop's after-sales policy: one term per concern, each a value of its own package and each read
 * from its own section of the JSON format. Rule ids are unique across all terms, so an eligibility
 * decision's rule id names one rule of the policy. Liabilities and refunds cite the library's fixed
 * rule ids ({@code LiabilityDecider}, {@code refund.RuleIds}); {@link #shipping()} and {@link
 * #refund()} cite where the terms they applied come from.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name the policy's name, not blank, such as "China marketplace"
 * @param eligibility windows, exclusions, condition and warranty rules
 * @param evidence the evidence each act must come with
 * @param sla the time limits per step
 * @param channels where requests come from, and automatic refunds
 * @param shipping who pays the shipping of a return nobody is at fault for, cited by one rule
 * @param refund what a refund deducts and where it goes, cited by one rule
 * @param risk the buyer-risk flags and the instant-refund rule, if the shop assesses buyers (the
 *     optional JSON section {@code "risk"})
 * @param scoring the merchant score and badges, if the policy sets them (the optional JSON section
 *     {@code "scoring"})
 */
public record AfterSalesPolicy(
    String name, EligibilityTerms eligibility, EvidenceTerms evidence, SlaTerms sla, ChannelTerms channels,
    Cited<LiabilityTerms> shipping, Cited<RefundTerms> refund, Optional<RiskTerms> risk,
    Optional<ScoringTerms> scoring) {

  /**
   * Validates the policy.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if name is blank or two rules of different terms share an id
   */
  public AfterSalesPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(eligibility, "eligibility");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(channels, "channels");
    Objects.requireNonNull(shipping, "shipping");
    Objects.requireNonNull(refund, "refund");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(scoring, "scoring");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    Set<String> ids = new HashSet<>();
    for (RuleRef ref : refs(eligibility, evidence, sla, channels, shipping, refund, risk, scoring)) {
      if (!ids.add(ref.id())) {
        throw new IllegalArgumentException("rule id " + ref.id() + " is used twice in policy " + name);
      }
    }
  }

  /**
   * Returns a policy that assesses no buyer risk, grants no instant refund and sets no merchant score.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if name is blank or two rules of different terms share an id
   */
  public AfterSalesPolicy(String name, EligibilityTerms eligibility, EvidenceTerms evidence, SlaTerms sla,
      ChannelTerms channels, Cited<LiabilityTerms> shipping, Cited<RefundTerms> refund) {
    this(name, eligibility, evidence, sla, channels, shipping, refund, Optional.empty(), Optional.empty());
  }

  /**
   * Returns this policy with buyer-risk terms.
   *
   * @throws NullPointerException if terms is null
   * @throws IllegalArgumentException if a risk rule's id is used by another rule of the policy
   */
  public AfterSalesPolicy withRisk(RiskTerms terms) {
    return new AfterSalesPolicy(name, eligibility, evidence, sla, channels, shipping, refund,
        Optional.of(Objects.requireNonNull(terms, "terms")), scoring);
  }

  /**
   * Returns this policy with a merchant score and badges.
   *
   * @throws NullPointerException if scoring is null
   * @throws IllegalArgumentException if a scoring rule's id is used by another rule of the policy
   */
  public AfterSalesPolicy withScoring(ScoringTerms scoring) {
    return new AfterSalesPolicy(name, eligibility, evidence, sla, channels, shipping, refund, risk,
        Optional.of(Objects.requireNonNull(scoring, "scoring")));
  }

  /** Returns every rule of the policy, in the order of its terms. */
  public List<RuleRef> rules() {
    return refs(eligibility, evidence, sla, channels, shipping, refund, risk, scoring);
  }

  private static List<RuleRef> refs(EligibilityTerms eligibility, EvidenceTerms evidence, SlaTerms sla,
      ChannelTerms channels, Cited<LiabilityTerms> shipping, Cited<RefundTerms> refund, Optional<RiskTerms> risk,
      Optional<ScoringTerms> scoring) {
    List<RuleRef> refs = new ArrayList<>(eligibility.refs());
    refs.addAll(evidence.refs());
    refs.addAll(sla.refs());
    refs.addAll(channels.refs());
    refs.add(shipping.ref());
    refs.add(refund.ref());
    risk.ifPresent(terms -> refs.addAll(terms.refs()));
    scoring.ifPresent(terms -> refs.addAll(terms.refs()));
    return refs;
  }

  /** Returns the core time limits this policy sets, for a {@code TenantPolicy}. */
  public SlaPolicy slaPolicy() {
    return sla.toSlaPolicy();
  }

  /**
   * Decides whether a request may open a case: its channel must be accepted, its case type allowed
   * by the {@linkplain EligibilityTerms#decide eligibility rules} at the moment of the request, and
   * its evidence complete for {@link EvidenceOccasion#BUYER_REQUEST}. An allowed request names the
   * automatic-refund rule if one applies. A refusal lists the other case types the buyer could ask for
   * instead, never the refused one, and names accepted channels in {@code Channel} order.
   *
   * @param request the request
   * @param calendar the shop's calendar; its zone decides where days end
   * @return the decision, never null
   * @throws NullPointerException if any argument is null
   * @throws java.time.DateTimeException if the calendar has no data for a date a window needs
   */
  public EligibilityDecision decide(EligibilityRequest request, WorkingCalendar calendar) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(calendar, "calendar");
    if (!channels.accepts(request.channel())) {
      return new EligibilityDecision.Refused(RefusalCode.CHANNEL_NOT_ACCEPTED, Optional.of(channels.ref()),
          "requests are not taken through " + request.channel() + "; accepted: "
              + channels.accepted().stream().sorted().toList() + " (rule " + channels.ref() + ")", List.of());
    }
    EligibilityDecision decision = eligibility.decide(request, calendar);
    if (!(decision instanceof EligibilityDecision.Allowed allowed)) {
      return decision;
    }
    List<MissingEvidence> missing = evidence.missing(new EvidenceSituation(EvidenceOccasion.BUYER_REQUEST,
        request.reason(), request.type(), request.goods().category(), request.standing()), request.evidence());
    if (!missing.isEmpty()) {
      // Refused.allowed lists what the buyer could ask for instead, so not the type refused here.
      List<Grant> instead = allowed.allowed().stream().filter(grant -> grant.type() != request.type()).toList();
      return new EligibilityDecision.Refused(RefusalCode.EVIDENCE_MISSING, Optional.of(missing.get(0).rule()),
          "evidence missing: " + missing, instead);
    }
    return channels.autoRefundFor(request).map(allowed::refundedAutomaticallyUnder).orElse(allowed);
  }

  /**
   * Decides who pays each shipping leg of a case under this policy's {@linkplain #shipping shipping
   * terms}; see {@link LiabilityDecider#decide}. Seller, platform and buyer-damage faults are settled
   * by the decider's own rules; the terms decide only what nobody is at fault for.
   *
   * @param question the facts of the case
   * @return who pays each leg, with the decider's rule id and an explanation per leg, never null
   * @throws NullPointerException if question is null
   */
  public Liability liability(LiabilityQuestion question) {
    return LiabilityDecider.decide(question, shipping.terms());
  }

  /**
   * Calculates a refund under this policy's {@linkplain #refund refund terms}; see {@link
   * RefundCalculator#calculate}.
   *
   * @param order the order as paid
   * @param request the units asked for and the facts of this return
   * @param liability who pays each shipping leg, usually {@link #liability} of the same case
   * @param earlier every earlier refund of the order; empty for the first
   * @return the refund, never negative and, with {@code earlier}, never more than was paid per line,
   *     per tender or in all
   * @throws org.aftersales.policy.refund.InvalidRefundInputException naming the field if an argument
   *     is null or the request contradicts the order or the earlier refunds
   */
  public Refund refund(OrderSnapshot order, RefundRequest request, Liability liability, List<Refund> earlier) {
    return RefundCalculator.calculate(order, request, liability, earlier, refund.terms());
  }
}
