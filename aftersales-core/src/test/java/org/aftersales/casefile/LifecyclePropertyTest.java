package org.aftersales.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.application.TenantPolicy;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.money.Money;
import org.aftersales.store.CaseCommit;
import org.aftersales.store.DueTimer;
import org.aftersales.testing.CaseInvariants;
import org.aftersales.testing.CaseScripts;
import org.aftersales.testing.CaseScripts.Script;
import org.aftersales.testing.CaseScripts.Step;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.PropertyPolicies;
import org.aftersales.testing.RandomCommands;
import org.junit.jupiter.api.Test;

/**
 * The pure core under random scripts for all four case types, without a store: the decider is a
 * function (the same case, envelope and an equal context give equal decisions, and the case is left
 * as it was), it accepts exactly what the lifecycle table, the actors, the buyer, the cited
 * deadline and the guards allow (checked against an independent model of those rules), its events
 * are one new version that the evolver folds into the case it returns, and every due deadline or
 * reminder of a case is a command the case accepts.
 */
class LifecyclePropertyTest {

  private static final int EXAMPLES = 1_000;
  private static final int EXHAUSTIVE_EXAMPLES = 150;
  private static final WorkingCalendar CALENDAR = WeekendsOnlyCalendar.of(Fixtures.SHANGHAI);

  @Test
  void theDeciderFollowsTheTableAndIsPureAlongRandomScripts() {
    qt().withExamples(EXAMPLES)
        .withShrinkCycles(3_000)
        .forAll(CaseScripts.scripts(1, 60))
        .checkAssert(script -> new Run(script, false).play());
  }

  /**
   * Wherever a random script takes a case, every command type from every actor (with a random
   * payload, a cited deadline for the system), now and a month later when every deadline is due,
   * is decided purely (twice equal, equal on an equal case, the case untouched) and exactly as the
   * model of the table, actors, buyer, deadline and guards says.
   */
  @Test
  void everyCommandFromEveryActorIsDecidedPurelyAndAsTheModelSaysInEveryStateReached() {
    qt().withExamples(EXHAUSTIVE_EXAMPLES)
        .withShrinkCycles(1_000)
        .forAll(CaseScripts.scripts(1, 40))
        .checkAssert(script -> new Run(script, true).play());
  }

  /** A policy, a calendar and a default return address, as a tenant would configure them. */
  record Setting(SlaPolicy sla, WorkingCalendar calendar, Optional<ReturnAddress> address, InstantRefunds instant) {
    DecisionContext at(Instant now) {
      return new DecisionContext(now, sla, calendar, address, instant);
    }
  }

  /**
   * One of {@link PropertyPolicies}, or the seed policy without the default return address it needs
   * (which the service refuses to configure, but the decider must still handle).
   */
  static Setting settingFor(int variant) {
    int which = variant % (PropertyPolicies.COUNT + 1);
    if (which == PropertyPolicies.COUNT) {
      return new Setting(SlaPolicy.seedDefaults(), CALENDAR, Optional.empty(), InstantRefunds.NONE);
    }
    TenantPolicy policy = PropertyPolicies.policy(which);
    return new Setting(policy.sla(), policy.calendar(), policy.defaultReturnAddress(), policy.instantRefunds());
  }

  /** One script played on the decider and evolver alone. */
  static final class Run {
    private final Script script;
    private final Setting setting;
    private Instant now = Fixtures.WED_2025_03_05_10_00;
    private final List<RecordedEvent> history = new ArrayList<>();
    private final List<CommandEnvelope> sent = new ArrayList<>();
    private AfterSalesCase current;
    private int keys;
    private int cases;

    private final boolean exhaustive;
    private Step step = new Step(0, 0, 0, 0, 0, 0);

    Run(Script script, boolean exhaustive) {
      this.script = script;
      this.exhaustive = exhaustive;
      this.setting = settingFor(script.openVariant());
    }

    private IdempotencyKey nextKey() {
      return IdempotencyKey.of("key-" + ++keys);
    }

    void play() {
      startCase(RandomCommands.firstOpen(script.type(), script.openVariant(), nextKey()));
      int stepNo = 0;
      for (Step step : script.steps()) {
        stepNo++;
        try {
          play(step);
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError("step " + stepNo + " " + step + " on " + current.state() + " failed: "
              + e.getMessage(), e);
        }
      }
    }

    /** Opens a case and goes on with it; the previous one is left as it ended. */
    private void startCase(CommandEnvelope open) {
      Decision opened = checkOpen(open, CaseId.of("case-" + ++cases));
      assertThat(opened).isInstanceOf(Decision.Accepted.class);
      Decision.Accepted accepted = (Decision.Accepted) opened;
      history.clear();
      sent.clear();
      history.addAll(accepted.events());
      current = accepted.after();
      CaseInvariants.check(current, history, setting.sla(), setting.calendar());
      decideEverything();
    }

    /** In the exhaustive property: decides every command type from every actor, now and a month later. */
    private void decideEverything() {
      if (!exhaustive) {
        return;
      }
      AfterSalesCase copy = CaseEvolver.replay(history);
      for (Instant at : List.of(now, now.plus(java.time.Duration.ofDays(31)))) {
        DecisionContext context = setting.at(at);
        for (CommandType type : CommandType.values()) {
          if (type == CommandType.OPEN) {
            continue;
          }
          CaseCommand command = RandomCommands.command(type, current, step.variant(), step.amount());
          for (Actor actor : Actor.values()) {
            Optional<DeadlineId> cited = actor == Actor.SYSTEM
                ? RandomCommands.citedDeadline(current, command, step.variant() + 7 * type.ordinal(), step.pick())
                : Optional.empty();
            CommandEnvelope envelope = new CommandEnvelope(current.tenant(), Optional.of(current.id()), actor,
                RandomCommands.partyOf(actor, current.buyerId()), nextKey(), command, cited, OptionalLong.empty());
            String printed = current.toString();
            Decision decision = CaseDecider.decide(current, envelope, context);
            assertThat(CaseDecider.decide(current, envelope, setting.at(at))).as("decided twice").isEqualTo(decision);
            assertThat(CaseDecider.decide(copy, envelope, context)).as("decided on an equal case").isEqualTo(decision);
            assertThat(current).as("the case after deciding").isEqualTo(copy);
            assertThat(current.toString()).as("the case after deciding").isEqualTo(printed);
            Optional<RejectionCode> expected = Model.rejection(current, envelope, context);
            Optional<RejectionCode> actual = decision instanceof Decision.Rejected r
                ? Optional.of(r.rejection().code()) : Optional.empty();
            assertThat(actual).as("%s by %s citing %s in %s of a %s case at %s: %s", type, actor, cited,
                current.state(), current.type(), at, decision).isEqualTo(expected);
            if (decision instanceof Decision.Accepted accepted) {
              List<RecordedEvent> all = new ArrayList<>(history);
              all.addAll(accepted.events());
              CaseInvariants.check(accepted.after(), all, setting.sla(), setting.calendar());
            }
          }
        }
      }
    }

    private void play(Step step) {
      this.step = step;
      switch (step.stepKind()) {
        case GUIDED_COMMAND -> {
          if (current.state().isTerminal() && current.rating().isPresent()) {
            // An ended, rated case accepts nothing more: go on with a new one rather than waste the step.
            startCase(RandomCommands.validOpen(step, nextKey()));
          } else {
            command(RandomCommands.envelope(step, current, true, nextKey()));
          }
        }
        case REUSE_KEY -> command(RandomCommands.envelope(step, current, true, nextKey()));
        case ANY_COMMAND -> command(RandomCommands.envelope(step, current, false, nextKey()));
        case ADVANCE_CLOCK -> now = now.plus(step.advance());
        case ADVANCE_AND_SWEEP -> {
          now = now.plus(step.advance());
          fireDue();
        }
        case SWEEP -> fireDue();
        case REPEAT_ENVELOPE -> {
          if (!sent.isEmpty()) {
            command(sent.get(step.pick() % sent.size()));
          }
        }
        case OPEN_ANOTHER -> checkOpen(RandomCommands.openEnvelope(step, nextKey()), CaseId.of("case-x"));
      }
    }

    private void command(CommandEnvelope envelope) {
      if (envelope.caseId().isEmpty()) {
        checkOpen(envelope, CaseId.of("case-x"));
        return;
      }
      sent.add(envelope);
      decide(envelope);
    }

    /** Opening is pure too, and refused exactly for the merchant, the system and a buyer opening for another. */
    private Decision checkOpen(CommandEnvelope envelope, CaseId id) {
      DecisionContext context = setting.at(now);
      Decision once = CaseDecider.open(id, envelope, context);
      Decision twice = CaseDecider.open(CaseId.of(id.value()), envelope, setting.at(now));
      assertThat(twice).as("open decided twice").isEqualTo(once);
      CaseCommand.Open open = (CaseCommand.Open) envelope.command();
      boolean allowed = envelope.actor() == Actor.PLATFORM
          || (envelope.actor() == Actor.BUYER && envelope.actorId().equals(open.buyerId()));
      assertThat(once instanceof Decision.Accepted).as("%s opening for %s", envelope.actor(), open.buyerId())
          .isEqualTo(allowed);
      if (once instanceof Decision.Accepted accepted) {
        AfterSalesCase c = accepted.after();
        assertThat(c.state()).isEqualTo(CaseState.REQUESTED);
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.tenant()).isEqualTo(envelope.tenant());
        assertThat(c.buyerId()).isEqualTo(open.buyerId());
        CaseInvariants.check(c, accepted.events());
      }
      return once;
    }

    /** Decides a command three times over and checks the decision against the model and the table. */
    private Decision decide(CommandEnvelope envelope) {
      AfterSalesCase copy = CaseEvolver.replay(history);
      assertThat(copy).as("replay of the history").isEqualTo(current).isNotSameAs(current);
      String printed = current.toString();
      Decision decision = CaseDecider.decide(current, envelope, setting.at(now));
      assertThat(CaseDecider.decide(current, envelope, setting.at(now))).as("decided twice").isEqualTo(decision);
      assertThat(CaseDecider.decide(copy, envelope, setting.at(now))).as("decided on an equal case").isEqualTo(decision);
      assertThat(current).as("the case after deciding").isEqualTo(copy);
      assertThat(current.toString()).as("the case after deciding").isEqualTo(printed);

      Optional<RejectionCode> expected = Model.rejection(current, envelope, setting.at(now));
      if (decision instanceof Decision.Rejected rejected) {
        assertThat(Optional.of(rejected.rejection().code()))
            .as("%s by %s in %s of a %s case: %s", envelope.command().type(), envelope.actor(), current.state(),
                current.type(), rejected.rejection())
            .isEqualTo(expected);
        return decision;
      }
      assertThat(expected).as("%s by %s in %s of a %s case was accepted", envelope.command().type(),
          envelope.actor(), current.state(), current.type()).isEmpty();
      Decision.Accepted accepted = (Decision.Accepted) decision;
      checkAccepted(envelope, accepted);
      history.addAll(accepted.events());
      boolean moved = accepted.after().state() != current.state();
      current = accepted.after();
      CaseInvariants.check(current, history, setting.sla(), setting.calendar());
      if (moved) {
        decideEverything();
      }
      return decision;
    }

    private void checkAccepted(CommandEnvelope envelope, Decision.Accepted accepted) {
      List<RecordedEvent> events = accepted.events();
      assertThat(events).isNotEmpty();
      AfterSalesCase folded = current;
      for (int i = 0; i < events.size(); i++) {
        RecordedEvent e = events.get(i);
        assertThat(e.version()).as("version of event %s", i).isEqualTo(current.version() + 1);
        assertThat(e.index()).as("index of event %s", i).isEqualTo(i);
        assertThat(e.occurredAt()).isEqualTo(now);
        assertThat(e.actor()).isEqualTo(envelope.actor());
        assertThat(e.actorId()).isEqualTo(envelope.actorId());
        assertThat(e.caseId()).isEqualTo(current.id());
        assertThat(e.tenant()).isEqualTo(current.tenant());
        folded = CaseEvolver.apply(folded, e);
      }
      assertThat(accepted.after()).as("the decision's case is its events folded into the case").isEqualTo(folded);
      Transition row = Lifecycles.of(current.type()).find(current.state(), envelope.command().type()).orElseThrow();
      List<CaseEvent.StateChanged> changes = events.stream().map(RecordedEvent::event)
          .filter(CaseEvent.StateChanged.class::isInstance).map(CaseEvent.StateChanged.class::cast).toList();
      if (row.changesState()) {
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).from()).isEqualTo(current.state());
        // A row into REFUND_PENDING completes a case whose refund already reached the buyer instead.
        // and one whose instant refund failed waits where that refund stands.
        boolean early = row.completesIfRefunded() && !current.refunded().isZero();
        boolean failed = row.completesIfRefunded()
            && current.instantRefund().map(r -> r.status() == InstantRefund.Status.FAILED).orElse(false);
        assertThat(changes.get(0).to())
            .isEqualTo(early ? CaseState.COMPLETED : failed ? CaseState.REFUND_FAILED : row.to().orElseThrow());
        assertThat(CaseInvariants.outcomeFits(early ? Optional.of(CaseOutcome.REFUNDED) : row.outcome(),
            changes.get(0).outcome())).isTrue();
      } else {
        assertThat(changes).isEmpty();
        assertThat(accepted.after().state()).isEqualTo(current.state());
      }
    }

    /** Plays the sweeper: every timer due now, earliest first, as the system's command citing its deadline. */
    private void fireDue() {
      Set<String> tried = new HashSet<>();
      while (true) {
        Optional<DueTimer> due = CaseCommit.timersOf(current).values().stream()
            .filter(t -> !t.dueAt().isAfter(now) && !tried.contains(t.id()))
            .min(Comparator.comparing(DueTimer::dueAt).thenComparing(DueTimer::id));
        if (due.isEmpty()) {
          return;
        }
        DueTimer timer = due.get();
        tried.add(timer.id());
        CaseCommand command = timer.reminderBefore()
            .<CaseCommand>map(before -> new CaseCommand.SendReminder(timer.deadlineId(), before))
            .orElseGet(() -> Lifecycles.commandFor(timer.action()));
        CommandEnvelope envelope = CommandEnvelope.fromDeadline(current.tenant(), current.id(), timer.deadlineId(),
            IdempotencyKey.of((timer.isReminder() ? "reminder:" : "deadline:") + timer.id()), command);
        Decision decision = decide(envelope);
        boolean noAddress = decision instanceof Decision.Rejected r
            && r.rejection().rule().equals("guard:" + Guard.DEFAULT_RETURN_ADDRESS_CONFIGURED.name());
        // A reminder that comes due together with its deadline is stale: the deadline's own action follows.
        boolean lateReminder = timer.isReminder() && !current.deadline(timer.deadlineId()).orElseThrow().dueAt().isAfter(now)
            && decision instanceof Decision.Rejected r
            && r.rejection().code() == RejectionCode.DEADLINE_NOT_RUNNING;
        assertThat(decision instanceof Decision.Accepted || noAddress || lateReminder)
            .as("due timer %s of a %s case in %s: %s", timer.id(), current.type(), current.state(), decision)
            .isTrue();
      }
    }
  }

  /**
   * An independent model of when a command is refused: the tenant, the version seen, a cited deadline, the table row,
   * the actor, the buyer, an uncited system command, a passed limit (not for outside reports), then the
   * row's guards, in that order.
   */
  static final class Model {

    private Model() {}

    static Optional<RejectionCode> rejection(AfterSalesCase c, CommandEnvelope envelope, DecisionContext context) {
      CaseCommand command = envelope.command();
      if (!envelope.tenant().equals(c.tenant())) {
        return Optional.of(RejectionCode.WRONG_TENANT);
      }
      if (envelope.expectedVersion().isPresent() && envelope.expectedVersion().getAsLong() != c.version()) {
        return Optional.of(RejectionCode.STALE_VERSION);
      }
      if (envelope.deadline().isPresent()) {
        Optional<RejectionCode> deadline = citedDeadline(c, envelope, context.now());
        if (deadline.isPresent()) {
          return deadline;
        }
      }
      if (command.type() == CommandType.RECOMPUTE_DEADLINES) {
        if (envelope.actor() != Actor.SYSTEM) {
          return Optional.of(RejectionCode.ACTOR_NOT_ALLOWED);
        }
        // The calendars here have data for every date, so no deadline is ever an estimate.
        return c.runningDeadlines().stream().anyMatch(Deadline::isEstimated)
            ? Optional.empty() : Optional.of(RejectionCode.NOT_ALLOWED_IN_STATE);
      }
      LifecycleTable table = Lifecycles.of(c.type());
      Optional<Transition> found = table.transitions().stream()
          .filter(t -> t.from() == c.state() && t.command() == command.type())
          .findFirst();
      if (found.isEmpty()) {
        boolean used = table.transitions().stream().anyMatch(t -> t.command() == command.type());
        return Optional.of(used ? RejectionCode.NOT_ALLOWED_IN_STATE : RejectionCode.NOT_ALLOWED_FOR_CASE_TYPE);
      }
      Transition row = found.get();
      if (!row.actors().contains(envelope.actor())) {
        return Optional.of(RejectionCode.ACTOR_NOT_ALLOWED);
      }
      if (envelope.actor() == Actor.BUYER && !envelope.actorId().equals(c.buyerId())) {
        return Optional.of(RejectionCode.WRONG_PARTY);
      }
      boolean outsideReport = Set.of(CommandType.REPORT_RETURN_DELIVERED, CommandType.REPORT_OUTBOUND_DELIVERED,
          CommandType.CONFIRM_REFUND, CommandType.REPORT_REFUND_FAILURE).contains(command.type());
      if (envelope.actor() == Actor.SYSTEM && envelope.deadline().isEmpty() && !outsideReport) {
        return Optional.of(RejectionCode.DEADLINE_NOT_CITED);
      }
      boolean moves = row.to().isPresent() && row.to().get() != c.state();
      // A move may not pass over any passed limit but a side clock's that runs on where it leads; a
      // stay that stops clocks, not over one of those.
      // An instant refund's clock that becomes the own clock of where the case goes runs on too.
      boolean instantFailed = c.instantRefund().map(r -> r.status() == InstantRefund.Status.FAILED).orElse(false);
      CaseState to = !moves ? c.state()
          : row.completesIfRefunded() && !c.refunded().isZero() ? CaseState.COMPLETED
          : row.completesIfRefunded() && instantFailed ? CaseState.REFUND_FAILED
          : row.to().orElseThrow();
      boolean limitPassed = c.deadlines().stream().anyMatch(d -> d.pausedRemaining().isEmpty()
          && !d.dueAt().isAfter(context.now()) && d.rule().defaultAction() != DefaultAction.RAISE_ALERT
          && ((moves && !(table.sideClocks().containsKey(d.kind()) && table.runsBeside(d.kind(), to))
                  && !(c.instantRefund().isPresent() && table.runsBeside(d.kind(), c.state())
                      && table.spec(to).deadlines().contains(d.kind())))
              || row.stops().contains(d.kind())));
      if (limitPassed && envelope.deadline().isEmpty() && !outsideReport) {
        return Optional.of(RejectionCode.DEADLINE_PASSED);
      }
      for (Guard guard : row.guards()) {
        if (fails(guard, c, command, context)) {
          return Optional.of(RejectionCode.GUARD_FAILED);
        }
      }
      return Optional.empty();
    }

    /**
     * Reminders and alerts must cite a deadline. A cited deadline that is not running, a reminder
     * not pending or whose deadline has passed, is stale; one that fits the command is refused until due.
     */
    private static Optional<RejectionCode> citedDeadline(AfterSalesCase c, CommandEnvelope envelope, Instant now) {
      CaseCommand command = envelope.command();
      Optional<RejectionCode> notDue = Optional.of(RejectionCode.DEADLINE_NOT_DUE);
      Optional<RejectionCode> notRunning = Optional.of(RejectionCode.DEADLINE_NOT_RUNNING);
      Optional<Deadline> running = c.deadlines().stream()
          .filter(d -> d.id().equals(envelope.deadline().get()) && d.pausedRemaining().isEmpty())
          .findFirst();
      if (running.isEmpty()) {
        return notRunning;
      }
      Deadline d = running.get();
      if (command instanceof CaseCommand.SendReminder reminder) {
        if (!reminder.deadline().equals(d.id()) || !d.pendingReminders().contains(reminder.before())
            || !d.dueAt().isAfter(now)) {
          return notRunning;
        }
        return d.dueAt().minus(reminder.before()).isAfter(now) ? notDue : Optional.empty();
      }
      CommandType defaultCommand = switch (d.rule().defaultAction()) {
        case APPROVE -> CommandType.APPROVE;
        case USE_DEFAULT_RETURN_ADDRESS -> CommandType.USE_DEFAULT_RETURN_ADDRESS;
        case REFUND_WITHOUT_RETURN -> CommandType.REFUND_WITHOUT_RETURN;
        case CLOSE_ABANDONED -> CommandType.CLOSE_ABANDONED;
        case CONFIRM_RECEIPT -> CommandType.CONFIRM_RECEIPT;
        case PASS_INSPECTION -> CommandType.PASS_INSPECTION;
        case ACCEPT_DECISION -> CommandType.ACCEPT_DECISION;
        case RAISE_ALERT -> CommandType.RAISE_ALERT;
        case RETRY_REFUND -> CommandType.RETRY_REFUND;
        case CONFIRM_DELIVERY -> CommandType.CONFIRM_DELIVERY;
        case DECLINE_REPAIR_PLAN -> CommandType.DECLINE_REPAIR_PLAN;
        case RULE_FOR_BUYER -> CommandType.RULE_FOR_BUYER;
        case DECLINE_OFFER -> CommandType.DECLINE_OFFER;
        case DEEM_OUTBOUND_DELIVERED -> CommandType.REPORT_OUTBOUND_DELIVERED;
      };
      return defaultCommand == command.type() && !d.dueAt().isAfter(now) ? Optional.empty() : notDue;
    }

    private static boolean fails(Guard guard, AfterSalesCase c, CaseCommand command, DecisionContext context) {
      return switch (guard) {
        case EVIDENCE_REQUIRED -> evidence(command).isEmpty();
        case NOT_YET_RATED -> c.rating().isPresent();
        case WITHIN_AMOUNT_PAID -> {
          Money amount = command instanceof CaseCommand.OfferPartialRefund offer
              ? offer.amount() : ((CaseCommand.RulePartialRefund) command).amount();
          Money paid = c.amountPaid();
          yield !amount.currency().equals(paid.currency()) || amount.minorUnits() > paid.minorUnits();
        }
        case CASE_CURRENCY ->
            !((CaseCommand.ProposeRepairPlan) command).plan().fee().currency().equals(c.requestedRefund().currency());
        case DEFAULT_RETURN_ADDRESS_CONFIGURED -> context.defaultReturnAddress().isEmpty();
        case INFORMATION_REQUESTS_LEFT -> c.informationRequests() >= context.sla().maxInformationRequests();
        case PARTIAL_REFUND_OFFERS_LEFT -> c.partialRefundOffers() >= context.sla().maxPartialRefundOffers();
        case REFUND_ATTEMPT_REQUESTED -> ((CaseCommand.ConfirmRefund) command).attempt() > c.refundAttempts();
        case REFUND_ATTEMPT_IN_FLIGHT -> ((CaseCommand.ReportRefundFailure) command).attempt() != c.refundAttempts();
        case FIRST_JUDGMENT_PENDING -> c.review().orElseThrow().firstJudgmentGiven();
        case NOT_YET_CLASSIFIED -> c.review().orElseThrow().complex();
        case COMPLAINTS_LEFT -> c.complaints() >= context.sla().maxComplaints();
        case NO_COMPLAINT_OPEN -> c.complaintOpen();
        case COMPLAINT_OPEN -> !c.complaintOpen();
        case INSTANT_REFUND_UNSETTLED -> c.instantRefund().isEmpty()
            || c.instantRefund().get().status() == InstantRefund.Status.CONFIRMED;
        case INSTANT_REFUND_IN_FLIGHT -> c.instantRefund().isEmpty()
            || c.instantRefund().get().status() != InstantRefund.Status.IN_FLIGHT;
        case INSTANT_REFUND_FAILED -> c.instantRefund().isEmpty()
            || c.instantRefund().get().status() != InstantRefund.Status.FAILED;
        case NO_INSTANT_REFUND -> c.instantRefund().isPresent();
        case REFUND_FITS_REQUEST -> {
          Money asked = ((CaseCommand.ModifyRequest) command).requestedRefund();
          Money paid = c.amountPaid();
          boolean refundCase = c.type() == CaseType.REFUND_ONLY || c.type() == CaseType.RETURN_AND_REFUND;
          yield !asked.currency().equals(paid.currency()) || asked.minorUnits() > paid.minorUnits()
              || refundCase == (asked.minorUnits() == 0);
        }
      };
    }

    private static List<EvidenceRef> evidence(CaseCommand command) {
      if (command instanceof CaseCommand.RefuseReceipt c) {
        return c.evidence();
      } else if (command instanceof CaseCommand.FailInspection c) {
        return c.evidence();
      } else if (command instanceof CaseCommand.Escalate c) {
        return c.evidence();
      }
      throw new AssertionError("no evidence guard expected on " + command.type());
    }
  }
}
