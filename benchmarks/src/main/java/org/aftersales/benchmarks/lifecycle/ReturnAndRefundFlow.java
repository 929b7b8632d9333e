package org.aftersales.benchmarks.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CommandOutcome;
import org.aftersales.application.TenantPolicy;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseDecider;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.Decision;
import org.aftersales.casefile.DecisionContext;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.Shipment;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.casefile.TenantId;
import org.aftersales.money.Money;

/**
 * The return-and-refund happy path every lifecycle benchmark runs: the buyer opens a case, the
 * merchant approves and gives the return address, the buyer ships, the carrier reports delivery, the
 * merchant confirms receipt and passes the inspection, the payment provider confirms the refund.
 * Eight commands, seven state changes, on the mainland China calendar and the seed time limits.
 */
public final class ReturnAndRefundFlow {

  /** The shop every case belongs to. */
  public static final TenantId SHOP = TenantId.of("bench-shop");
  /** The buyer of every case. */
  public static final PartyId BUYER = PartyId.of("buyer-1");
  /** The merchant's member of staff who acts. */
  public static final PartyId STAFF = PartyId.of("staff-1");
  /** A Monday inside the calendar's data, so every deadline can be counted. */
  public static final Instant NOW = Instant.parse("2025-03-03T01:00:00Z");
  /** Where the goods go back. */
  public static final ReturnAddress WAREHOUSE = new ReturnAddress("Bench returns", "+86 21 5555 0100", "1 Bench Road");
  /** The shop's policy: seed limits, the CN calendar, a default return address. */
  public static final TenantPolicy POLICY =
      TenantPolicy.of(SlaPolicy.seedDefaults(), ChinaCalendars.mainland(), WAREHOUSE);
  /** What a decision at {@link #NOW} needs besides the case. */
  public static final DecisionContext CONTEXT =
      new DecisionContext(NOW, POLICY.sla(), POLICY.calendar(), POLICY.defaultReturnAddress());

  /** One command of the flow after the opening, and who sends it; the command may depend on the case. */
  public record Step(Actor actor, PartyId party, Function<AfterSalesCase, CaseCommand> command) {}

  /** The seven commands after the opening, in order. */
  public static final List<Step> STEPS = List.of(
      new Step(Actor.MERCHANT, STAFF, c -> new CaseCommand.Approve()),
      new Step(Actor.MERCHANT, STAFF, c -> new CaseCommand.ProvideReturnAddress(WAREHOUSE)),
      new Step(Actor.BUYER, BUYER, c -> new CaseCommand.ShipReturn(new Shipment("SF", "SF1402277311"))),
      new Step(Actor.SYSTEM, CommandEnvelope.SYSTEM_PARTY, c -> new CaseCommand.ReportReturnDelivered()),
      new Step(Actor.MERCHANT, STAFF, c -> new CaseCommand.ConfirmReceipt()),
      new Step(Actor.MERCHANT, STAFF, c -> new CaseCommand.PassInspection(List.of())),
      new Step(Actor.SYSTEM, CommandEnvelope.SYSTEM_PARTY,
          c -> new CaseCommand.ConfirmRefund(c.refundAttempts(), "rf-" + c.id().value())));

  private ReturnAndRefundFlow() {}

  /** Returns the request that opens case number {@code n}, on an order line of its own. */
  public static CaseCommand.Open openRequest(long n) {
    return openRequest("SO-" + n);
  }

  /** Returns the request that opens a case on line {@code order-L1} of order {@code order}. */
  public static CaseCommand.Open openRequest(String order) {
    return CaseCommand.Open.of(OrderId.of(order), BUYER, CaseType.RETURN_AND_REFUND, Reason.QUALITY_DEFECT,
        Channel.APP, List.of(OrderLine.of(order + "-L1", "teapot", 1, Money.of(25_800, "CNY"))), "Cracked lid",
        List.of());
  }

  /** Returns the envelope of step {@code step} to case {@code c}, under the key {@code key}. */
  public static CommandEnvelope envelope(AfterSalesCase c, Step step, String key) {
    return CommandEnvelope.to(SHOP, c.id(), step.actor(), step.party(), IdempotencyKey.of(key), step.command().apply(c));
  }

  /**
   * Decides and applies the whole flow with the pure functions, no store: {@link CaseDecider}, whose
   * accepted decision carries the case with its events folded in by the evolver.
   *
   * @return the completed case
   * @throws IllegalStateException if a step is refused
   */
  public static AfterSalesCase decideAll(long n) {
    CaseId id = CaseId.of("AS-" + n);
    AfterSalesCase c = accepted(CaseDecider.open(id,
        CommandEnvelope.open(SHOP, Actor.BUYER, BUYER, IdempotencyKey.of("open-" + n), openRequest(n)), CONTEXT));
    for (int i = 0; i < STEPS.size(); i++) {
      c = accepted(CaseDecider.decide(c, envelope(c, STEPS.get(i), n + "-" + i), CONTEXT));
    }
    return c;
  }

  /**
   * Sends the whole flow through the service: idempotency look-up, load, decide, commit, eight times.
   *
   * @return the completed case
   * @throws IllegalStateException if a step is refused
   */
  public static AfterSalesCase handleAll(AfterSalesService service, long n) {
    AfterSalesCase c = accepted(service.handle(
        CommandEnvelope.open(SHOP, Actor.BUYER, BUYER, IdempotencyKey.of("open-" + n), openRequest(n))));
    for (int i = 0; i < STEPS.size(); i++) {
      c = accepted(service.handle(envelope(c, STEPS.get(i), n + "-" + i)));
    }
    return c;
  }

  static AfterSalesCase accepted(Decision decision) {
    if (decision instanceof Decision.Accepted accepted) {
      return accepted.after();
    }
    throw new IllegalStateException("flow step refused: " + ((Decision.Rejected) decision).rejection());
  }

  /**
   * Returns the case an accepted outcome leaves.
   *
   * @throws IllegalStateException if the outcome is a rejection
   */
  public static AfterSalesCase accepted(CommandOutcome outcome) {
    if (outcome instanceof CommandOutcome.Accepted accepted) {
      return accepted.after();
    }
    throw new IllegalStateException("flow step refused: " + ((CommandOutcome.Rejected) outcome).rejection());
  }
}
