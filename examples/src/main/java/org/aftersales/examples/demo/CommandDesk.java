package org.aftersales.examples.demo;

import java.util.EnumMap;
import java.util.Map;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CommandOutcome;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;

/**
 * Sends the simulated parties' commands through the service, as the host's screens and callbacks
 * would: each with a fresh idempotency key and the acting party's id. Counts what was accepted and
 * refused per actor, for the summary.
 */
final class CommandDesk {

  static final PartyId STAFF = PartyId.of("staff-wang");
  static final PartyId AGENT = PartyId.of("platform-agent-zhao");

  private final AfterSalesService service;
  private final TenantId shop;
  private final Map<Actor, Integer> accepted = new EnumMap<>(Actor.class);
  private final Map<Actor, Integer> refused = new EnumMap<>(Actor.class);
  private long requests;

  CommandDesk(AfterSalesService service, TenantId shop) {
    this.service = service;
    this.shop = shop;
  }

  /** The buyer opens a case. */
  CommandOutcome open(CaseCommand.Open request) {
    return counted(Actor.BUYER, service.handle(CommandEnvelope.open(shop, Actor.BUYER, request.buyerId(), nextKey(),
        request)));
  }

  /** {@code actor} sends {@code command} on case {@code c}: the buyer as the case's buyer. */
  CommandOutcome send(AfterSalesCase c, Actor actor, CaseCommand command) {
    PartyId who = switch (actor) {
      case BUYER -> c.buyerId();
      case MERCHANT -> STAFF;
      case PLATFORM -> AGENT;
      case SYSTEM -> CommandEnvelope.SYSTEM_PARTY;
    };
    return counted(actor, service.handle(CommandEnvelope.to(shop, c.id(), actor, who, nextKey(), command)));
  }

  /** Returns how many commands each actor had accepted. */
  Map<Actor, Integer> accepted() {
    return accepted;
  }

  /** Returns how many commands each actor had refused. */
  Map<Actor, Integer> refused() {
    return refused;
  }

  private CommandOutcome counted(Actor actor, CommandOutcome outcome) {
    (outcome.isAccepted() ? accepted : refused).merge(actor, 1, Integer::sum);
    return outcome;
  }

  private IdempotencyKey nextKey() {
    return IdempotencyKey.of("req-" + ++requests);
  }
}
