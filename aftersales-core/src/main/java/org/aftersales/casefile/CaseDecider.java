package org.aftersales.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.deadline.DeadlineCalculator;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.FallbackBasis;
import org.aftersales.deadline.SlaRule;
import org.aftersales.deadline.SlaUnit;

/**
 * Decides commands: {@code decide(case, command, context) -> events | rejection}, a pure function
 * of its arguments that reads the case's {@link LifecycleTable}. Accepted commands yield the events
 * of exactly one new case version; refused ones yield a {@link Rejection} and change nothing.
 */
public final class CaseDecider {

  private CaseDecider() {}

  /**
   * Decides the command that opens a case.
   *
   * @param caseId the id the new case gets
   * @param envelope an envelope holding {@link CaseCommand.Open}
   * @param context the moment, policy and calendar
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the envelope does not hold an {@code Open} command
   */
  public static Decision open(CaseId caseId, CommandEnvelope envelope, DecisionContext context) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(context, "context");
    if (!(envelope.command() instanceof CaseCommand.Open open)) {
      throw new IllegalArgumentException("open takes an OPEN command, not " + envelope.command().type());
    }
    if (envelope.actor() != Actor.BUYER && envelope.actor() != Actor.PLATFORM) {
      return rejected(RejectionCode.ACTOR_NOT_ALLOWED, "lifecycle:" + open.caseType() + ":OPEN",
          envelope.actor() + " may not open a case; the buyer or a platform agent on the buyer's behalf may");
    }
    if (envelope.actor() == Actor.BUYER && !envelope.actorId().equals(open.buyerId())) {
      return rejected(RejectionCode.WRONG_PARTY, "party:buyer",
          "buyer " + envelope.actorId() + " may not open a case for buyer " + open.buyerId());
    }
    Events events = new Events(null, caseId, envelope, context);
    events.add(new CaseEvent.CaseOpened(caseId, envelope.tenant(), open.orderId(), open.buyerId(), open.caseType(),
        open.reason(), open.channel(), open.lines(), open.requestedRefund(), open.description(),
        events.stamp(open.evidence())));
    events.enter(Optional.empty(), CaseState.REQUESTED);
    return events.accepted();
  }

  /**
   * Decides a command to an existing case.
   *
   * @param current the case as it stands
   * @param envelope the command with its sender
   * @param context the moment, policy and calendar
   * @return the events of the new version, or why the command is refused
   * @throws NullPointerException if any argument is null
   */
  public static Decision decide(AfterSalesCase current, CommandEnvelope envelope, DecisionContext context) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(context, "context");
    if (!envelope.caseId().map(current.id()::equals).orElse(false)) {
      throw new IllegalArgumentException("envelope for case " + envelope.caseId() + " decided on case " + current.id());
    }
    Optional<Transition> row = Lifecycles.of(current.type()).find(current.state(), envelope.command().type());
    Optional<Rejection> refusal = refusal(current, envelope, context, row);
    if (refusal.isPresent()) {
      return new Decision.Rejected(refusal.get());
    }
    if (envelope.command().type() == CommandType.RECOMPUTE_DEADLINES) {
      return recompute(current, envelope, context);
    }
    return accept(current, envelope, context, row.orElseThrow());
  }

  /**
   * Counts the estimated due instants again on the context's calendar; refused when none changes.
   *
   * @throws java.time.DateTimeException if the calendar, without a fallback, still lacks the data
   */
  private static Decision recompute(AfterSalesCase current, CommandEnvelope envelope, DecisionContext context) {
    Events events = new Events(current, current.id(), envelope, context);
    if (!events.recount()) {
      return rejected(RejectionCode.NOT_ALLOWED_IN_STATE, "deadline:estimated", "no deadline of case " + current.id()
          + " changes when counted again: none was estimated on a fallback calendar, or the calendar still lacks the data");
    }
    return events.accepted();
  }

  /**
   * Returns why a command may not go ahead, checking in this order: the tenant; the version the sender
   * saw; a cited deadline
   * (so that a sweeper that lost a race learns its timer is stale); the table row; the actor; the
   * buyer; a system command that should cite a deadline; a limit that has passed (except for reports of
   * outside facts); the row's guards.
   */
  private static Optional<Rejection> refusal(AfterSalesCase current, CommandEnvelope envelope,
      DecisionContext context, Optional<Transition> row) {
    CaseCommand command = envelope.command();
    if (!envelope.tenant().equals(current.tenant())) {
      return refused(RejectionCode.WRONG_TENANT, "tenant",
          "case " + current.id() + " does not belong to tenant " + envelope.tenant());
    }
    if (envelope.expectedVersion().isPresent() && envelope.expectedVersion().getAsLong() != current.version()) {
      return refused(RejectionCode.STALE_VERSION, "version", "case " + current.id() + " is at version "
          + current.version() + ", not the version " + envelope.expectedVersion().getAsLong() + " the sender saw");
    }
    if (envelope.deadline().isPresent()) {
      Optional<Rejection> stale = checkCitedDeadline(current, envelope, context.now());
      if (stale.isPresent()) {
        return stale;
      }
    }
    if (command.type() == CommandType.RECOMPUTE_DEADLINES) {
      // Maintenance outside the lifecycle table: only the system recounts, and only when data arrived.
      return envelope.actor() == Actor.SYSTEM ? Optional.empty() : refused(RejectionCode.ACTOR_NOT_ALLOWED,
          "deadline:estimated", envelope.actor() + " may not send " + command.type() + "; only SYSTEM recounts deadlines");
    }
    if (row.isEmpty()) {
      return Lifecycles.of(current.type()).uses(command.type())
          ? refused(RejectionCode.NOT_ALLOWED_IN_STATE, rule(current, command),
              command.type() + " is not possible in state " + current.state() + " of a " + current.type() + " case")
          : refused(RejectionCode.NOT_ALLOWED_FOR_CASE_TYPE, rule(current, command),
              command.type() + " never applies to a " + current.type() + " case");
    }
    Transition transition = row.get();
    if (!transition.actors().contains(envelope.actor())) {
      return refused(RejectionCode.ACTOR_NOT_ALLOWED, rule(current, command), envelope.actor() + " may not send " + command.type()
          + " in state " + current.state() + "; allowed: " + transition.actors());
    }
    if (envelope.actor() == Actor.BUYER && !envelope.actorId().equals(current.buyerId())) {
      return refused(RejectionCode.WRONG_PARTY, "party:buyer",
          "buyer " + envelope.actorId() + " is not the buyer of case " + current.id());
    }
    if (envelope.actor() == Actor.SYSTEM && envelope.deadline().isEmpty() && !command.type().isOutsideReport()) {
      return refused(RejectionCode.DEADLINE_NOT_CITED, "deadline:cited", "SYSTEM sends " + command.type()
          + " only as a deadline's default action or reminder, citing the deadline");
    }
    // A passed limit binds the parties' choices, not facts: money that reached the buyer after the retry
    // limit must still complete the case, or the retry would pay again. A command that stops a clock
    // without moving the case (a late first judgment) may not stop that clock once it passed.
    // A side clock that runs on into the next state is not stopped by the move, so it does not bind it.
    boolean stopsClocks = transition.changesState() || !transition.stops().isEmpty();
    if (stopsClocks && envelope.deadline().isEmpty() && !command.type().isOutsideReport()) {
      LifecycleTable table = Lifecycles.of(current.type());
      for (Deadline d : current.deadlines()) {
        boolean binding = !d.isPaused() && !d.dueAt().isAfter(context.now())
            && d.rule().defaultAction() != DefaultAction.RAISE_ALERT
            && ((transition.changesState() && !table.runsBeside(d.kind(), transition.target(current))
                    && !carriesOver(current, d.kind(), current.state(), transition.target(current)))
                || transition.stops().contains(d.kind()));
        if (!binding) {
          continue;
        }
        return refused(RejectionCode.DEADLINE_PASSED, "deadline:" + d.kind(), "the limit for " + d.kind().awaited()
            + " passed at " + d.dueAt() + "; its default action " + d.rule().defaultAction() + " comes first");
      }
    }
    for (Guard guard : transition.guards()) {
      Optional<Rejection> failed = guard.check(current, command, context);
      if (failed.isPresent()) {
        return failed;
      }
    }
    return Optional.empty();
  }

  /** The table row a refusal cites; built only for a refusal, not on every command. */
  private static String rule(AfterSalesCase current, CaseCommand command) {
    return "lifecycle:" + current.type() + ":" + current.state() + ":" + command.type();
  }

  private static Decision accept(AfterSalesCase current, CommandEnvelope envelope, DecisionContext context,
      Transition transition) {
    CaseCommand command = envelope.command();
    Events events = new Events(current, current.id(), envelope, context);
    Optional<Deadline> cited = envelope.deadline().flatMap(current::deadline);
    cited.filter(d -> command.type() != CommandType.SEND_REMINDER)
        .ifPresent(d -> events.add(new CaseEvent.DeadlineExpired(d.id(), d.kind(), d.rule().defaultAction())));
    events.addAll(Facts.of(events.working(), envelope, cited, transition, context, events));
    if (command.type() == CommandType.RAISE_ALERT) {
      // An alert that fired once and went quiet would leave a stuck case silent: it repeats every period.
      events.restart(cited.orElseThrow().kind());
    }
    events.stop(transition.stops());
    if (transition.changesState()) {
      AfterSalesCase before = events.working();
      CaseState to = transition.target(before);
      events.leave(current.state(), to);
      events.add(new CaseEvent.StateChanged(current.state(), to,
          transition.outcomeFor(before).map(o -> refine(o, events.working()))));
      events.enter(Optional.of(current.state()), to);
      // The refund clocks run beside the goods only where an instant refund may travel with them.
      if (command.type() == CommandType.SHIP_RETURN
          && Lifecycles.of(current.type()).runsBeside(DeadlineKind.REFUND_SETTLEMENT, to)) {
        events.offerInstantRefund();
      }
    }
    events.startBeside(transition.starts());
    return events.accepted();
  }

  /**
   * Whether an instant refund's clock beside the goods becomes the own clock of the state the case
   * moves to, as it stands: the attempt in flight keeps its settlement limit, a failed one its retry
   * (or, its attempts used up, stays given up), rather than starting over.
   */
  static boolean carriesOver(AfterSalesCase c, DeadlineKind kind, CaseState from, CaseState to) {
    LifecycleTable table = Lifecycles.of(c.type());
    return c.instantRefund().isPresent() && table.runsBeside(kind, from) && table.spec(to).deadlines().contains(kind);
  }

  /** A refund of less than what was paid ends the case as partially refunded. */
  private static CaseOutcome refine(CaseOutcome outcome, AfterSalesCase c) {
    return outcome == CaseOutcome.REFUNDED && c.refunded().isLessThan(c.amountPaid())
        ? CaseOutcome.PARTIALLY_REFUNDED
        : outcome;
  }

  /** A command that cites a deadline acts only while that deadline runs and once it (or its reminder) is due. */
  private static Optional<Rejection> checkCitedDeadline(AfterSalesCase current, CommandEnvelope envelope, Instant now) {
    CaseCommand command = envelope.command();
    DeadlineId id = envelope.deadline().get();
    Optional<Deadline> cited = current.deadline(id).filter(d -> !d.isPaused());
    if (cited.isEmpty()) {
      return notRunning("deadline " + id + " is not running on case " + current.id());
    }
    Deadline deadline = cited.get();
    if (command instanceof CaseCommand.SendReminder reminder) {
      if (!reminder.deadline().equals(id) || !deadline.pendingReminders().contains(reminder.before())) {
        return notRunning("no reminder " + reminder.before() + " is pending on deadline " + id);
      }
      if (!deadline.dueAt().isAfter(now)) {
        return notRunning("deadline " + id + " passed at " + deadline.dueAt() + "; a reminder would come too late");
      }
      return deadline.remindAt(reminder.before()).isAfter(now)
          ? notDue("reminder " + reminder.before() + " of " + id + " is due at " + deadline.remindAt(reminder.before()))
          : Optional.empty();
    }
    if (Lifecycles.commandFor(deadline.rule().defaultAction()).type() != command.type()) {
      return notDue("deadline " + id + " defaults to " + deadline.rule().defaultAction() + ", not " + command.type());
    }
    return deadline.dueAt().isAfter(now) ? notDue("deadline " + id + " is due at " + deadline.dueAt()) : Optional.empty();
  }

  private static Optional<Rejection> notRunning(String message) {
    return Optional.of(new Rejection(RejectionCode.DEADLINE_NOT_RUNNING, "deadline:cited", message));
  }

  private static Optional<Rejection> notDue(String message) {
    return Optional.of(new Rejection(RejectionCode.DEADLINE_NOT_DUE, "deadline:cited", message));
  }

  private static Decision rejected(RejectionCode code, String rule, String message) {
    return new Decision.Rejected(new Rejection(code, rule, message));
  }

  private static Optional<Rejection> refused(RejectionCode code, String rule, String message) {
    return Optional.of(new Rejection(code, rule, message));
  }

  /**
   * The events of one new version, built in order and applied as they come so that each step
   * (deadlines in particular) sees the case as the previous events left it.
   */
  static final class Events {
    private final CaseId caseId;
    private final CommandEnvelope envelope;
    private final DecisionContext context;
    private final DeadlineCalculator calculator;
    private final long version;
    private final List<RecordedEvent> recorded = new ArrayList<>();
    private AfterSalesCase working;

    Events(AfterSalesCase current, CaseId caseId, CommandEnvelope envelope, DecisionContext context) {
      this.working = current;
      this.caseId = caseId;
      this.envelope = envelope;
      this.context = context;
      this.calculator = context.deadlines();
      this.version = current == null ? 1 : current.version() + 1;
    }

    AfterSalesCase working() {
      return working;
    }

    void add(CaseEvent event) {
      RecordedEvent next = new RecordedEvent(caseId, envelope.tenant(), version, recorded.size(), context.now(),
          envelope.actor(), envelope.actorId(), event);
      working = CaseEvolver.apply(working, next);
      recorded.add(next);
    }

    void addAll(List<CaseEvent> events) {
      events.forEach(this::add);
    }

    List<Evidence> stamp(List<EvidenceRef> refs) {
      if (refs.isEmpty()) {
        return List.of(); // most commands bring none: spare the stream
      }
      return refs.stream().map(r -> new Evidence(r, envelope.actor(), envelope.actorId(), context.now())).toList();
    }

    /**
     * Leaving {@code from}: its clocks pause if {@code to} waits on the other party for it, else they
     * stop. Side clocks run on, unless the case ends.
     */
    void leave(CaseState from, CaseState to) {
      LifecycleTable table = Lifecycles.of(working.type());
      boolean pausing = table.spec(to).pausesClockOf().equals(Optional.of(from));
      boolean returningToPaused = table.spec(from).pausesClockOf().equals(Optional.of(to));
      for (Deadline d : working.deadlines()) {
        if (d.isPaused() && returningToPaused) {
          continue;
        }
        if (table.runsBeside(d.kind(), to) || carriesOver(working, d.kind(), from, to)) {
          continue;
        }
        if (!d.isPaused() && pausing) {
          add(new CaseEvent.DeadlinePaused(d.id(), d.kind(),
              calculator.remaining(context.now(), d.dueAt(), d.rule().limit().unit()),
              d.fallbackBasis().map(basis -> basis.pausedAt(context.now()))));
        } else {
          add(new CaseEvent.DeadlineCancelled(d.id(), d.kind()));
        }
      }
    }

    /** Entering {@code to}: paused clocks resume if the case comes back to them, else its deadlines start. */
    void enter(Optional<CaseState> from, CaseState to) {
      LifecycleTable table = Lifecycles.of(working.type());
      StateSpec spec = table.spec(to);
      // An instant refund's attempt still in flight is this state's attempt: the goods are refunded once.
      boolean inFlight = working.instantRefund().map(r -> r.status() == InstantRefund.Status.IN_FLIGHT).orElse(false);
      if (to == CaseState.REFUND_PENDING && !inFlight) {
        add(new CaseEvent.RefundRequested(working.refundDue(), working.refundAttempts() + 1));
      }
      boolean resuming = from.map(f -> table.spec(f).pausesClockOf().equals(Optional.of(to))).orElse(false);
      for (DeadlineKind kind : spec.deadlines()) {
        Optional<Deadline> paused = working.deadline(kind).filter(Deadline::isPaused);
        if (resuming && paused.isPresent()) {
          Deadline d = paused.get();
          SlaUnit unit = d.rule().limit().unit();
          Optional<FallbackBasis> estimate = d.fallbackBasis();
          // Data may have arrived since an estimated pause: count what was left again first.
          Duration remaining = estimate.isPresent()
              ? calculator.recountRemaining(estimate.get(), d.rule().limit())
              : d.pausedRemaining().orElseThrow();
          Instant due = calculator.resume(context.now(), remaining, unit);
          Optional<FallbackBasis> basis = estimate.isPresent()
              ? estimate.map(b -> b.resumedAt(context.now()))
                  .filter(b -> calculator.fallbackBasis(b.countedFrom(), due, unit, b.resumedWith()).isPresent())
              : calculator.fallbackBasis(context.now(), due, unit, Optional.of(remaining));
          add(new CaseEvent.DeadlineResumed(d.id(), kind, due, remindersAhead(d.pendingReminders(), due), basis));
        } else if (from.isEmpty() || !carriesOver(working, kind, from.get(), to)) {
          startOrGiveUp(kind, context.now());
        }
      }
    }

    /**
     * Starts a deadline counted from {@code from}; a retry of a refund that failed as often as the
     * policy retries gives up instead: retrying a closed account helps nobody, a person must settle it.
     */
    private void startOrGiveUp(DeadlineKind kind, Instant from) {
      if (kind == DeadlineKind.REFUND_RETRY && working.refundAttempts() >= context.sla().automaticRefundAttempts()) {
        add(new CaseEvent.RefundRetriesExhausted(working.refundAttempts()));
      } else {
        context.sla().rule(working.type(), kind).ifPresent(rule -> start(kind, rule, from));
      }
    }

    /**
     * Asks the tenant's instant-refund rule about a case whose buyer just shipped the return; a grant
     * requests the refund at once, its settlement clock running beside the goods.
     */
    void offerInstantRefund() {
      context.instantRefunds().ruleFor(working, context.now()).ifPresent(rule -> {
        add(new CaseEvent.InstantRefundGranted(rule, working.refundDue()));
        add(new CaseEvent.RefundRequested(working.refundDue(), working.refundAttempts() + 1));
        startOrGiveUp(DeadlineKind.REFUND_SETTLEMENT, context.now());
      });
    }

    /** Starts another run of a running deadline, as an overdue alert does, counted from now. */
    void restart(DeadlineKind kind) {
      context.sla().rule(working.type(), kind).ifPresent(rule -> start(kind, rule, context.now()));
    }

    /** Stops the running or paused deadlines of these kinds, as a command that stops a clock does. */
    void stop(List<DeadlineKind> kinds) {
      for (DeadlineKind kind : kinds) {
        working.deadline(kind).ifPresent(d -> add(new CaseEvent.DeadlineCancelled(d.id(), d.kind())));
      }
    }

    /**
     * Starts the deadlines a command starts beside its state's. A complex dispute's first judgment
     * counts from the escalation, so that classifying it late does not buy the platform time.
     */
    void startBeside(List<DeadlineKind> kinds) {
      for (DeadlineKind kind : kinds) {
        Instant from = kind == DeadlineKind.PLATFORM_COMPLEX_JUDGMENT
            ? working.review().map(PlatformReview::escalatedAt).orElse(context.now())
            : context.now();
        startOrGiveUp(kind, from);
      }
    }

    private void start(DeadlineKind kind, SlaRule rule, Instant from) {
      Instant due = calculator.dueAt(from, rule.limit());
      List<Duration> reminders = remindersAhead(rule.remindBefore(), due);
      DeadlineId id = DeadlineId.of(caseId.value() + "/" + version + "/" + kind);
      Optional<FallbackBasis> basis = calculator.fallbackBasis(from, due, rule.limit().unit(), Optional.empty());
      add(new CaseEvent.DeadlineStarted(new Deadline(id, kind, rule, due, reminders, Optional.empty(), basis),
          Lifecycles.of(working.type()).awaiting(working.state(), kind)));
    }

    /**
     * Counts every estimated deadline again, recording those whose due instant (or, paused, what
     * they have left) changed or stopped being an estimate.
     *
     * @return whether any deadline was recorded
     */
    boolean recount() {
      boolean changed = false;
      for (Deadline d : working.deadlines()) {
        if (d.fallbackBasis().isEmpty()) {
          continue;
        }
        FallbackBasis basis = d.fallbackBasis().get();
        SlaUnit unit = d.rule().limit().unit();
        Instant due = calculator.recount(basis, d.rule().limit());
        // The data is one range of dates: a count from a data date to a data date used no estimate.
        Optional<FallbackBasis> still = calculator.fallbackBasis(basis.countedFrom(), due, unit, basis.resumedWith())
            .map(estimated -> basis);
        if (d.isPaused()) {
          Duration remaining = calculator.recountRemaining(basis, d.rule().limit());
          if (!remaining.equals(d.pausedRemaining().orElseThrow()) || still.isEmpty()) {
            add(new CaseEvent.DeadlineRecomputed(d.id(), d.kind(), d.dueAt(), d.pendingReminders(), still,
                Optional.of(remaining)));
            changed = true;
          }
        } else if (!due.equals(d.dueAt()) || still.isEmpty()) {
          add(new CaseEvent.DeadlineRecomputed(d.id(), d.kind(), due, remindersAhead(d.pendingReminders(), due), still));
          changed = true;
        }
      }
      return changed;
    }

    /** The reminders that still make sense: those whose moment is after now. */
    private List<Duration> remindersAhead(List<Duration> reminders, Instant due) {
      List<Duration> ahead = new ArrayList<>(reminders.size());
      for (Duration before : reminders) {
        if (due.minus(before).isAfter(context.now())) {
          ahead.add(before);
        }
      }
      return ahead;
    }

    Decision accepted() {
      return new Decision.Accepted(recorded, working);
    }
  }
}
