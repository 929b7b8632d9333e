package org.aftersales.examples.checkout;

import java.util.OptionalLong;
import org.aftersales.application.AfterSalesService;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;

/**
 * {@code POST /cases/{id}/commands}: one command to a case, as the buyer, merchant, platform or, for
 * carrier and payment reports, the system. {@code If-Match} makes the command stale-safe.
 */
final class CaseActions {

  private final AfterSalesService service;
  private final ApiJson json;
  private final Outcomes outcomes;

  CaseActions(AfterSalesService service, ApiJson json, Outcomes outcomes) {
    this.service = service;
    this.json = json;
    this.outcomes = outcomes;
  }

  Reply act(Call call) {
    CaseId caseId = CaseReads.caseId(call);
    IdempotencyKey key = Caller.idempotencyKey(call);
    OptionalLong expected = Caller.expectedVersion(call);
    CaseCommand command = json.readCommand(call.body());
    CommandEnvelope envelope = Caller.envelope(() -> CommandEnvelope.to(Caller.tenant(call), caseId, Caller.actor(call),
        Caller.party(call), key, command));
    return outcomes.reply(service.handle(expected.isPresent() ? envelope.expectingVersion(expected.getAsLong()) : envelope), 200);
  }
}
