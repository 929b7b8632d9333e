package org.aftersales.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.CommandType;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.DeadlineId;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.EvidenceRef;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.Lifecycles;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Rating;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RepairPlan;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.Shipment;
import org.aftersales.casefile.TenantId;
import org.aftersales.casefile.Transition;
import org.aftersales.money.Money;
import org.aftersales.testing.CaseScripts.Step;

/**
 * Turns the integers of a {@link Step} into a command envelope with a valid random payload for a
 * case as it stands: which command (a row of the case's table, or any command type), who sends it
 * (the natural actor, any actor, a wrong buyer, a wrong tenant), evidence lists empty or not,
 * partial refunds within or above what was paid or in another currency, repair fees, ratings,
 * reminders and the deadline a system command cites.
 */
public final class RandomCommands {

  private static final CommandType[] TYPES = CommandType.values();
  private static final Actor[] ACTORS = Actor.values();
  private static final Reason[] REASONS = Reason.values();
  private static final Channel[] CHANNELS = Channel.values();
  private static final EvidenceKind[] EVIDENCE_KINDS = EvidenceKind.values();

  private RandomCommands() {}

  /** Returns the table rows that leave the case's state, in table order. */
  public static List<Transition> rowsFrom(AfterSalesCase c) {
    return Lifecycles.of(c.type()).transitions().stream().filter(t -> t.from() == c.state()).toList();
  }

  /**
   * Returns a row of the case's current state, biased so that scripts get deep into the lifecycle:
   * half the time one that moves the case forward (to an open state declared later in
   * {@link org.aftersales.casefile.CaseState}), a fifth of the time one that moves it to any open
   * state, one time in ten one that ends the case, and otherwise any row of the state.
   */
  public static Transition guidedRow(AfterSalesCase c, int pick) {
    List<Transition> rows = rowsFrom(c);
    List<Transition> onwards = rows.stream().filter(t -> t.changesState() && !t.to().orElseThrow().isTerminal()).toList();
    List<Transition> forward = onwards.stream().filter(t -> t.to().orElseThrow().compareTo(t.from()) > 0).toList();
    List<Transition> ending = rows.stream().filter(t -> t.changesState() && t.to().orElseThrow().isTerminal()).toList();
    int bucket = pick % 10;
    List<Transition> from = bucket < 5 && !forward.isEmpty() ? forward
        : bucket < 7 && !onwards.isEmpty() ? onwards
        : bucket == 7 && !ending.isEmpty() ? ending
        : rows;
    return from.get((pick / 10) % from.size());
  }

  /** Returns a row's actors in a stable order (the sets themselves iterate in a per-JVM order). */
  public static List<Actor> actorsOf(Transition row) {
    return row.actors().stream().sorted(Comparator.naturalOrder()).toList();
  }

  /**
   * Returns the envelope of a command step to an existing case; for {@code OPEN} (only chosen by
   * {@code ANY_COMMAND}) the envelope opens a new case.
   *
   * @param guided whether the command comes from a row of the case's current state
   */
  public static CommandEnvelope envelope(Step step, AfterSalesCase c, boolean guided, IdempotencyKey key) {
    CommandType type;
    Actor natural;
    if (guided) {
      Transition row = guidedRow(c, step.pick());
      type = row.command();
      List<Actor> actors = actorsOf(row);
      natural = actors.get(step.variant() % actors.size());
    } else {
      type = TYPES[step.pick() % TYPES.length];
      natural = ACTORS[step.variant() % ACTORS.length];
    }
    if (type == CommandType.OPEN) {
      return openEnvelope(step, key);
    }
    Actor actor = natural;
    PartyId actorId;
    TenantId tenant = c.tenant();
    int who = step.who();
    if (who < 85) {
      actorId = partyOf(actor, c.buyerId());
    } else if (who < 93) {
      actor = ACTORS[who % ACTORS.length];
      actorId = partyOf(actor, c.buyerId());
    } else if (who < 97) {
      actor = Actor.BUYER;
      actorId = otherBuyer(c.buyerId());
    } else {
      actorId = partyOf(actor, c.buyerId());
      tenant = otherTenant(c.tenant());
    }
    CaseCommand command = command(type, c, step.variant(), step.amount());
    Optional<DeadlineId> cited = actor == Actor.SYSTEM ? citedDeadline(c, command, step.variant(), step.pick())
        : Optional.empty();
    // Mostly no expected version; sometimes the current one, sometimes one a slow screen still shows.
    OptionalLong seen = switch (step.pick() % 8) {
      case 0 -> OptionalLong.of(c.version());
      case 1 -> OptionalLong.of(Math.max(1, c.version() - 1));
      default -> OptionalLong.empty();
    };
    return new CommandEnvelope(tenant, Optional.of(c.id()), actor, actorId, key, command, cited, seen);
  }

  /** Returns the envelope of an {@code OPEN} step: mostly the buyer, sometimes anyone, another buyer or tenant. */
  public static CommandEnvelope openEnvelope(Step step, IdempotencyKey key) {
    CaseType type = CaseType.values()[step.pick() % CaseType.values().length];
    PartyId buyer = step.variant() % 5 == 0 ? Fixtures.OTHER_BUYER : Fixtures.BUYER;
    CaseCommand.Open open = open(type, step.variant(), step.amount(), buyer);
    int who = step.who();
    TenantId tenant = who % 6 == 5 ? Fixtures.OTHER_SHOP : Fixtures.SHOP;
    if (who < 70) {
      return CommandEnvelope.open(tenant, Actor.BUYER, buyer, key, open);
    } else if (who < 80) {
      return CommandEnvelope.open(tenant, Actor.PLATFORM, Fixtures.PLATFORM_AGENT, key, open);
    } else if (who < 90) {
      return CommandEnvelope.open(tenant, Actor.BUYER, otherBuyer(buyer), key, open);
    }
    Actor actor = ACTORS[who % ACTORS.length];
    return CommandEnvelope.open(tenant, actor, partyOf(actor, buyer), key, open);
  }

  /** Returns a valid envelope that opens another case for the buyer, of any type. */
  public static CommandEnvelope validOpen(Step step, IdempotencyKey key) {
    CaseType type = CaseType.values()[step.pick() % CaseType.values().length];
    return CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER, key,
        open(type, step.variant(), step.amount(), Fixtures.BUYER));
  }

  /** Returns the valid envelope that opens the first case of a script. */
  public static CommandEnvelope firstOpen(CaseType type, int variant, IdempotencyKey key) {
    CaseCommand.Open open = open(type, variant, variant * 7919, Fixtures.BUYER);
    return CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER, key, open);
  }

  /** Returns a request on 1..3 lines of 0..499.99 each, for the whole amount or part of it. */
  public static CaseCommand.Open open(CaseType type, int variant, int amount, PartyId buyer) {
    int count = 1 + variant % 3;
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long fen = 1 + ((long) amount * (i + 7) + i * 131L) % 50_000;
      lines.add(OrderLine.of("l" + (i + 1), "sku-" + (i + 1), 1 + i, Money.of(fen, "CNY")));
    }
    Reason reason = REASONS[variant % REASONS.length];
    Channel channel = CHANNELS[variant % CHANNELS.length];
    CaseCommand.Open whole = CaseCommand.Open.of(OrderId.of("order-" + (variant % 10)), buyer, type, reason, channel,
        lines, variant % 2 == 0 ? "" : "it broke", evidence(variant % 3, variant));
    if (whole.requestedRefund().isZero() || variant % 4 != 0) {
      return whole;
    }
    long paid = whole.requestedRefund().minorUnits();
    Money part = Money.of(1 + amount % paid, "CNY");
    return new CaseCommand.Open(whole.orderId(), buyer, type, reason, channel, lines, part, whole.description(),
        whole.evidence());
  }

  /** Mostly the attempt in flight; sometimes an earlier one (a late report) or one never requested. */
  private static int refundAttempt(AfterSalesCase c, int variant) {
    int latest = Math.max(1, c.refundAttempts());
    return switch (variant % 5) {
      case 0 -> Math.max(1, latest - 1);
      case 1 -> latest + 1;
      default -> latest;
    };
  }

  /** Returns a command of the type with a random valid payload for the case. */
  public static CaseCommand command(CommandType type, AfterSalesCase c, int variant, int amount) {
    List<EvidenceRef> someEvidence = evidence(variant % 3, variant);
    Shipment shipment = new Shipment(variant % 2 == 0 ? "SF" : "ZTO", "T" + amount);
    return switch (type) {
      case OPEN -> open(CaseType.values()[variant % 4], variant, amount, c.buyerId());
      case APPROVE -> new CaseCommand.Approve();
      case REJECT -> new CaseCommand.Reject("not as claimed", someEvidence);
      case MODIFY_REQUEST -> new CaseCommand.ModifyRequest(REASONS[variant % REASONS.length],
          changedRefund(c, variant, amount), variant % 2 == 0 ? "" : "it still broke", someEvidence);
      case OFFER_PARTIAL_REFUND -> new CaseCommand.OfferPartialRefund(partialRefund(c, variant, amount),
          variant % 2 == 0 ? "" : "keep it with a discount");
      case ACCEPT_OFFER -> new CaseCommand.AcceptOffer();
      case DECLINE_OFFER -> new CaseCommand.DeclineOffer();
      case REQUEST_INFO -> new CaseCommand.RequestInfo("which colour?");
      case SUPPLY_INFO -> new CaseCommand.SupplyInfo("red", someEvidence);
      case PROVIDE_RETURN_ADDRESS -> new CaseCommand.ProvideReturnAddress(
          new ReturnAddress("Desk " + variant % 3, "+86 21 5555 000" + variant % 10, "Road " + amount % 100));
      case USE_DEFAULT_RETURN_ADDRESS -> new CaseCommand.UseDefaultReturnAddress();
      case REFUND_WITHOUT_RETURN -> new CaseCommand.RefundWithoutReturn();
      case SHIP_RETURN -> new CaseCommand.ShipReturn(shipment);
      case REPORT_RETURN_DELIVERED -> new CaseCommand.ReportReturnDelivered();
      case CONFIRM_RECEIPT -> new CaseCommand.ConfirmReceipt();
      case REFUSE_RECEIPT -> new CaseCommand.RefuseReceipt("parcel empty", someEvidence);
      case PASS_INSPECTION -> new CaseCommand.PassInspection(someEvidence);
      case FAIL_INSPECTION -> new CaseCommand.FailInspection("scratched", someEvidence);
      case CONFIRM_REFUND -> new CaseCommand.ConfirmRefund(refundAttempt(c, variant), "pay-" + amount);
      case REPORT_REFUND_FAILURE -> new CaseCommand.ReportRefundFailure(refundAttempt(c, variant), "card closed");
      case RETRY_REFUND -> new CaseCommand.RetryRefund();
      case REFUND_INSTEAD -> new CaseCommand.RefundInstead();
      case SHIP_REPLACEMENT -> new CaseCommand.ShipReplacement(shipment);
      case PROPOSE_REPAIR_PLAN -> new CaseCommand.ProposeRepairPlan(new RepairPlan("replace the hinge",
          variant % 4 == 0 ? Money.of(amount % 5_000, "USD") : Money.of(amount % 50_000, "CNY")));
      case ACCEPT_REPAIR_PLAN -> new CaseCommand.AcceptRepairPlan();
      case DECLINE_REPAIR_PLAN -> new CaseCommand.DeclineRepairPlan();
      case SHIP_REPAIRED_ITEM -> new CaseCommand.ShipRepairedItem(shipment, someEvidence);
      case SHIP_GOODS_BACK -> new CaseCommand.ShipGoodsBack(shipment);
      case REPORT_OUTBOUND_DELIVERED -> new CaseCommand.ReportOutboundDelivered();
      case CONFIRM_DELIVERY -> new CaseCommand.ConfirmDelivery();
      case WITHDRAW -> new CaseCommand.Withdraw(variant % 2 == 0 ? "" : "found it");
      case ESCALATE -> new CaseCommand.Escalate("please look", someEvidence);
      case RULE_FOR_BUYER -> new CaseCommand.RuleForBuyer(variant % 2 == 0 ? "refund it" : "buyer is right");
      case RULE_FOR_MERCHANT -> new CaseCommand.RuleForMerchant("merchant is right");
      case RULE_PARTIAL_REFUND -> new CaseCommand.RulePartialRefund(partialRefund(c, variant, amount), "half");
      case CLASSIFY_COMPLEX -> new CaseCommand.ClassifyComplex("needs a third-party appraisal");
      case GIVE_FIRST_JUDGMENT -> new CaseCommand.GiveFirstJudgment(variant % 2 == 0 ? "buyer likely right" : "unclear");
      case FILE_COMPLAINT -> new CaseCommand.FileComplaint(variant % 2 == 0 ? "nobody answers" : "the agent was rude",
          evidence(variant % 2, variant));
      case ANSWER_COMPLAINT -> new CaseCommand.AnswerComplaint("we looked into it");
      case ACCEPT_DECISION -> new CaseCommand.AcceptDecision();
      case CLOSE_ABANDONED -> new CaseCommand.CloseAbandoned();
      case ADD_EVIDENCE -> new CaseCommand.AddEvidence(evidence(1 + variant % 2, variant));
      case RATE -> new CaseCommand.Rate(new Rating(1 + variant % 5, variant % 3 == 0 ? "" : "ok"));
      case SEND_REMINDER -> reminder(c, variant, amount);
      case RAISE_ALERT -> new CaseCommand.RaiseAlert();
      case RECOMPUTE_DEADLINES -> new CaseCommand.RecomputeDeadlines();
      default -> throw new IllegalStateException("RandomCommands has no payload for " + type + " yet; add one");
    };
  }

  /** What a changed request asks: mostly what the rules allow; sometimes zero, above what was paid, or in USD. */
  private static Money changedRefund(AfterSalesCase c, int variant, int amount) {
    long paid = c.amountPaid().minorUnits();
    boolean refundCase = c.type() == CaseType.REFUND_ONLY || c.type() == CaseType.RETURN_AND_REFUND;
    return switch (variant % 6) {
      case 0 -> Money.of(1 + amount % 10_000, "USD");
      case 1 -> Money.of(paid + 1 + amount % 100, "CNY");
      case 2 -> Money.zero(c.amountPaid().currency());
      default -> refundCase && paid > 0 ? Money.of(1 + amount % paid, "CNY") : Money.zero(c.amountPaid().currency());
    };
  }

  /** Within what was paid mostly; sometimes above it, sometimes in another currency. */
  private static Money partialRefund(AfterSalesCase c, int variant, int amount) {
    long paid = c.amountPaid().minorUnits();
    return switch (variant % 5) {
      case 0 -> Money.of(1 + amount % 10_000, "USD");
      case 1 -> Money.of(paid + 1 + amount % 1_000, "CNY");
      default -> Money.of(1 + amount % Math.max(paid, 1), "CNY");
    };
  }

  /** A pending reminder of one of the case's deadlines, or one that is not pending. */
  private static CaseCommand reminder(AfterSalesCase c, int variant, int amount) {
    List<Deadline> withReminders = c.deadlines().stream().filter(d -> !d.pendingReminders().isEmpty()).toList();
    if (withReminders.isEmpty() || variant % 5 == 0) {
      DeadlineId id = c.deadlines().isEmpty()
          ? DeadlineId.of(c.id().value() + "/1/MERCHANT_RESPONSE")
          : c.deadlines().get(variant % c.deadlines().size()).id();
      return new CaseCommand.SendReminder(id, Duration.ofHours(1 + amount % 48));
    }
    Deadline d = withReminders.get(variant % withReminders.size());
    return new CaseCommand.SendReminder(d.id(), d.pendingReminders().get(amount % d.pendingReminders().size()));
  }

  /**
   * The deadline a system command cites: none, one the case never had, or preferably the deadline
   * whose default action (or reminder) the command is.
   */
  public static Optional<DeadlineId> citedDeadline(AfterSalesCase c, CaseCommand command, int variant, int pick) {
    int mode = (variant / 7) % 6;
    if (mode == 0) {
      return Optional.empty();
    }
    if (mode == 1) {
      return Optional.of(DeadlineId.of(c.id().value() + "/99/REPAIR_WORK"));
    }
    if (c.deadlines().isEmpty()) {
      return Optional.empty();
    }
    if (command instanceof CaseCommand.SendReminder reminder && mode != 5) {
      return Optional.of(reminder.deadline());
    }
    List<Deadline> matching = c.deadlines().stream()
        .filter(d -> Lifecycles.commandFor(d.rule().defaultAction()).type() == command.type())
        .toList();
    List<Deadline> from = matching.isEmpty() || mode == 5 ? c.deadlines() : matching;
    return Optional.of(from.get(pick % from.size()).id());
  }

  /** Returns 0..n pieces of evidence. */
  public static List<EvidenceRef> evidence(int count, int seed) {
    List<EvidenceRef> refs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      EvidenceKind kind = EVIDENCE_KINDS[(seed + i) % EVIDENCE_KINDS.length];
      String hash = String.format("%064x", (long) seed * 31 + i);
      refs.add(EvidenceRef.of(kind, "https://evidence.example/" + seed + "/" + i, "image/jpeg", hash));
    }
    return refs;
  }

  /** Returns the party id an actor naturally uses on a case of this buyer. */
  public static PartyId partyOf(Actor actor, PartyId buyer) {
    return switch (actor) {
      case BUYER -> buyer;
      case MERCHANT -> Fixtures.MERCHANT_STAFF;
      case PLATFORM -> Fixtures.PLATFORM_AGENT;
      case SYSTEM -> CommandEnvelope.SYSTEM_PARTY;
    };
  }

  public static PartyId otherBuyer(PartyId buyer) {
    return buyer.equals(Fixtures.BUYER) ? Fixtures.OTHER_BUYER : Fixtures.BUYER;
  }

  public static TenantId otherTenant(TenantId tenant) {
    return tenant.equals(Fixtures.SHOP) ? Fixtures.OTHER_SHOP : Fixtures.SHOP;
  }
}
