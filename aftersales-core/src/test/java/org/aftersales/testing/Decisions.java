package org.aftersales.testing;

import java.time.Instant;
import java.util.Optional;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseDecider;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.Decision;
import org.aftersales.casefile.DecisionContext;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.EvidenceRef;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.casefile.TenantId;
import org.aftersales.store.CaseCommit;
import org.aftersales.store.IdempotencyRecord;

/**
 * Builds {@link CaseCommit}s by hand, with the real decider on the seed policy, so store tests can
 * commit exactly what the service would (or a stale or duplicate variant of it).
 */
public final class Decisions {

  private Decisions() {}

  public static DecisionContext contextAt(Instant now) {
    return new DecisionContext(now, SlaPolicy.seedDefaults(), WeekendsOnlyCalendar.of(Fixtures.SHANGHAI),
        Optional.of(Fixtures.WAREHOUSE));
  }

  /** The commit that opens a case with this id under this key. */
  public static CaseCommit open(CaseId id, CaseType type, IdempotencyKey key, Instant now) {
    return open(Fixtures.SHOP, id, type, key, now);
  }

  /** The commit that opens a tenant's case with this id under this key, on an order of its own. */
  public static CaseCommit open(TenantId tenant, CaseId id, CaseType type, IdempotencyKey key, Instant now) {
    return open(tenant, OrderId.of("order-of-" + id.value()), id, type, key, now);
  }

  /** The commit that opens a tenant's case on both lines of an order. */
  public static CaseCommit open(TenantId tenant, OrderId order, CaseId id, CaseType type, IdempotencyKey key,
      Instant now) {
    CommandEnvelope envelope = CommandEnvelope.open(tenant, Actor.BUYER, Fixtures.BUYER, key,
        Fixtures.openRequest(order, type, Reason.CHANGED_MIND));
    Decision.Accepted accepted = (Decision.Accepted) CaseDecider.open(id, envelope, contextAt(now));
    return CaseCommit.between(null, accepted.after(), accepted.events(),
        new IdempotencyRecord(envelope, id, accepted.after().version()));
  }

  /** The commit of a command on a case as it stands (the command must be accepted). */
  public static CaseCommit decide(AfterSalesCase before, Actor actor, CaseCommand command, IdempotencyKey key,
      Instant now) {
    PartyId who = switch (actor) {
      case BUYER -> Fixtures.BUYER;
      case MERCHANT -> Fixtures.MERCHANT_STAFF;
      case PLATFORM -> Fixtures.PLATFORM_AGENT;
      case SYSTEM -> CommandEnvelope.SYSTEM_PARTY;
    };
    CommandEnvelope envelope = CommandEnvelope.to(before.tenant(), before.id(), actor, who, key, command);
    Decision decision = CaseDecider.decide(before, envelope, contextAt(now));
    if (!(decision instanceof Decision.Accepted accepted)) {
      throw new AssertionError("expected " + command + " to be accepted, but: " + decision);
    }
    return CaseCommit.between(before, accepted.after(), accepted.events(),
        new IdempotencyRecord(envelope, before.id(), accepted.after().version()));
  }

  /** Evidence with its own URI, so each piece can be traced through histories. */
  public static EvidenceRef evidence(String name) {
    return EvidenceRef.of(EvidenceKind.PHOTO, "https://evidence.example/" + name + ".jpg", "image/jpeg",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  }
}
