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
    CommandEnvelope envelope = envelope(call, caseId, key, json.readCommand(call.body()));
    return outcomes.reply(service.handle(expected.isPresent() ? envelope.expectingVersion(expected.getAsLong()) : envelope), 200);
  }

  private static CommandEnvelope envelope(Call call, CaseId caseId, IdempotencyKey key, CaseCommand command) {
    try {
      return CommandEnvelope.to(Caller.tenant(call), caseId, Caller.actor(call), Caller.party(call), key, command);
    } catch (IllegalArgumentException e) {
      // The one thing the envelope refuses that the headers and body have not: a key the sweeper reserves.
      throw new BadRequestException(Caller.IDEMPOTENCY_KEY, e.getMessage());
    }
  }
}
