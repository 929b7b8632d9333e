package org.aftersales.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CaseIdGenerator;
import org.aftersales.application.CommandOutcome;
import org.aftersales.application.DeadlineSweeper;
import org.aftersales.application.TenantPolicies;
import org.aftersales.application.TenantPolicy;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.EvidenceRef;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.casefile.TenantId;
import org.aftersales.store.memory.InMemoryAfterSalesStore;

/**
 * The embedding snippet of README.md, compiled: {@code ReadmeSnippetTest} fails when the README's
 * copy differs from the lines between the {@code README:begin in-memory} and {@code README:end} markers.
 */
final class EmbeddingSnippet {

  private EmbeddingSnippet() {}

  /** Wires the library and opens one case; returns the outcome the host answers its caller with. */
  static CommandOutcome openCase(ScheduledExecutorService scheduler, ReturnAddress warehouse, TenantId shop,
      PartyId buyer, String requestId, OrderId orderId, List<OrderLine> lines, List<EvidenceRef> evidence) {
    // README:begin in-memory
    InMemoryAfterSalesStore store = new InMemoryAfterSalesStore();
    TenantPolicy policy = TenantPolicy.of(SlaPolicy.seedDefaults(), WeekendsOnlyCalendar.of(ZoneId.of("Asia/Shanghai")), warehouse);
    AfterSalesService service = new AfterSalesService(store, TenantPolicies.same(policy), CaseIdGenerator.randomUuids(), Clock.systemUTC());
    DeadlineSweeper.of(store, service, Clock.systemUTC(), "node-1").scheduleOn(scheduler, Duration.ofSeconds(30));

    CommandOutcome outcome = service.handle(CommandEnvelope.open(shop, Actor.BUYER, buyer, IdempotencyKey.of(requestId),
        CaseCommand.Open.of(orderId, buyer, CaseType.RETURN_AND_REFUND, Reason.QUALITY_DEFECT, Channel.APP, lines, "Cracked lid", evidence)));
    // README:end
    return outcome;
  }
}
