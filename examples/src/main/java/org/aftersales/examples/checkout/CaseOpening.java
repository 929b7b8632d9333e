package org.aftersales.examples.checkout;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CommandOutcome;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.TenantId;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.eligibility.EligibilityDecision;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.source.RuleRef;
import org.aftersales.store.IdempotencyStore;

/**
 * {@code POST /cases}: asks the policy whether the request is eligible, then opens the case. A refused
 * request is answered 422 with the policy's rule and writes nothing. A request the policy refunds
 * automatically is approved as it opens ({@link AutomaticApproval}).
 */
final class CaseOpening {

  private final AfterSalesService service;
  private final IdempotencyStore keys;
  private final AfterSalesPolicy policy;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final ApiJson json;
  private final Outcomes outcomes;
  private final AutomaticApproval approval;

  CaseOpening(AfterSalesService service, IdempotencyStore keys, AfterSalesPolicy policy, WorkingCalendar calendar,
      Clock clock, ApiJson json, Outcomes outcomes) {
    this.service = service;
    this.keys = keys;
    this.policy = policy;
    this.calendar = calendar;
    this.clock = clock;
    this.json = json;
    this.outcomes = outcomes;
    this.approval = new AutomaticApproval(service);
  }

  Reply open(Call call) {
    if (call.header(Caller.IF_MATCH).isPresent()) {
      throw new BadRequestException(Caller.IF_MATCH, "no If-Match when opening a case: there is no version yet");
    }
    TenantId tenant = Caller.tenant(call);
    IdempotencyKey key = Caller.idempotencyKey(call);
    OpenCaseRequest request = json.read(call.body(), OpenCaseRequest.class);
    CommandEnvelope envelope = Caller.envelope(
        () -> CommandEnvelope.open(tenant, Caller.actor(call), Caller.party(call), key, request.command()));
    Optional<RuleRef> autoRefund;
    if (keys.recorded(tenant, key).isEmpty()) {
      EligibilityDecision decision = policy.decide(eligibility(request), calendar);
      if (decision instanceof EligibilityDecision.Refused refused) {
        return Reply.of(422, ErrorBody.notEligible(refused));
      }
      autoRefund = ((EligibilityDecision.Allowed) decision).autoRefund();
    } else {
      // A retry of an opened case is the core's to answer: eligibility may have lapsed since it opened.
      // The automatic refund depends on the request alone, so the retry also finishes an approval that
      // a crash cut short, or replays the one made.
      autoRefund = policy.channels().autoRefundFor(eligibility(request));
    }
    CommandOutcome opened = service.handle(envelope);
    if (opened instanceof CommandOutcome.Accepted accepted && autoRefund.isPresent()) {
      return approval.approve(accepted.after(), autoRefund.get())
          .map(approved -> outcomes.accepted(List.of(accepted, approved), 201))
          .orElseGet(() -> outcomes.reply(accepted, 201));
    }
    return outcomes.reply(opened, 201);
  }

  private EligibilityRequest eligibility(OpenCaseRequest request) {
    try {
      return request.eligibilityAt(clock.instant());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("goods.purchasedAt", "a moment before the request: " + e.getMessage());
    }
  }
}
