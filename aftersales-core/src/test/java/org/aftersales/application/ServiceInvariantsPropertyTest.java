package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.InstantRefund;
import org.aftersales.casefile.Lifecycles;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.casefile.TenantId;
import org.aftersales.casefile.Transition;
import org.aftersales.store.CaseCommit;
import org.aftersales.store.CasePage;
import org.aftersales.store.CaseQuery;
import org.aftersales.store.DueTimer;
import org.aftersales.store.IdempotencyRecord;
import org.aftersales.store.OrderLineKey;
import org.aftersales.store.OutboxMessage;
import org.aftersales.testing.CaseInvariants;
import org.aftersales.testing.CaseScripts;
import org.aftersales.testing.CaseScripts.Script;
import org.aftersales.testing.CaseScripts.Step;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.PropertyPolicies;
import org.aftersales.testing.RandomCommands;
import org.junit.jupiter.api.Test;

/**
 * Random scripts of commands, clock moves and sweeps run through the in-memory service, for all four
 * case types, with every invariant checked after every step: rejections are values and write
 * nothing, idempotency keys replay or refuse, every case replays from its history and follows its
 * table, deadlines belong to the state, the store's timers and outbox match the cases exactly, and
 * the money adds up.
 */
class ServiceInvariantsPropertyTest {

  private static final int EXAMPLES = 1_000;

  @Test
  void everyStepOfARandomScriptKeepsTheServiceInvariants() {
    qt().withExamples(EXAMPLES)
        .withShrinkCycles(3_000)
        .forAll(CaseScripts.scripts(1, 60))
        .checkAssert(ServiceInvariantsPropertyTest::run);
  }

  /** A case in the store, keyed by tenant so that the other tenant's cases are found too. */
  record CaseKey(TenantId tenant, CaseId id) {}

  /** Everything the store shows from outside, to compare before and after a command. */
  record Snapshot(Map<CaseKey, AfterSalesCase> cases, Map<CaseKey, List<RecordedEvent>> histories,
      List<OutboxMessage> outbox, long timers) {}

  /** The tenant policy a script runs under, one of {@link PropertyPolicies}. */
  static TenantPolicy policyFor(int variant) {
    return PropertyPolicies.policy(variant);
  }

  static void run(Script script) {
    new Run(script).play();
  }

  /** One script played against a fresh harness. */
  static final class Run {
    private final Script script;
    private final Harness h;
    private final TenantPolicy policy;
    private final List<CaseKey> cases = new ArrayList<>();
    private final List<CommandEnvelope> sent = new ArrayList<>();
    private final Map<IdempotencyRecordKey, CommandOutcome.Accepted> firstOutcomes = new HashMap<>();

    record IdempotencyRecordKey(TenantId tenant, IdempotencyKey key) {}

    Run(Script script) {
      this.script = script;
      this.policy = policyFor(script.openVariant());
      this.h = new Harness(policy);
    }

    void play() {
      CommandEnvelope first = RandomCommands.firstOpen(script.type(), script.openVariant(), h.nextKey());
      CommandOutcome opened = send(first);
      assertThat(opened.isAccepted()).as("the first case opens: %s", opened).isTrue();
      checkAll();
      int stepNo = 0;
      for (Step step : script.steps()) {
        stepNo++;
        try {
          play(step);
          checkAll();
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError("step " + stepNo + " " + step + " failed: " + e.getMessage(), e);
        }
      }
      compareTimers(false);
      checkQueries();
    }

    private void play(Step step) {
      AfterSalesCase target = target(step);
      switch (step.stepKind()) {
        case GUIDED_COMMAND -> send(target.state().isTerminal() && target.rating().isPresent()
            // An ended, rated case accepts nothing more: open the next one rather than waste the step.
            ? RandomCommands.validOpen(step, h.nextKey())
            : RandomCommands.envelope(step, target, true, h.nextKey()));
        case ANY_COMMAND -> {
          CommandEnvelope envelope = RandomCommands.envelope(step, target, false, h.nextKey());
          if (step.who() == 99 && envelope.caseId().isPresent()) {
            envelope = new CommandEnvelope(envelope.tenant(), Optional.of(CaseId.of("case-999999")), envelope.actor(),
                envelope.actorId(), envelope.idempotencyKey(), envelope.command(), envelope.deadline(),
                envelope.expectedVersion());
          }
          send(envelope);
        }
        case ADVANCE_CLOCK -> h.clock.advance(step.advance());
        case ADVANCE_AND_SWEEP -> {
          h.clock.advance(step.advance());
          sweep();
        }
        case SWEEP -> sweep();
        case REPEAT_ENVELOPE -> send(sent.get(step.pick() % sent.size()));
        case REUSE_KEY -> {
          IdempotencyKey key = sent.get(step.pick() % sent.size()).idempotencyKey();
          send(RandomCommands.envelope(step, target, true, key));
        }
        case OPEN_ANOTHER -> send(RandomCommands.openEnvelope(step, h.nextKey()));
      }
    }

    /** Mostly the newest case, sometimes an older one. */
    private AfterSalesCase target(Step step) {
      CaseKey key = step.target() < 5 ? cases.get(cases.size() - 1) : cases.get(step.target() % cases.size());
      return h.store.load(key.tenant(), key.id()).orElseThrow();
    }

    private void sweep() {
      h.sweeper.sweepAllDue();
      // Whatever the sweeper refused stays due and is tried again after the retry delay; nothing is due
      // and unclaimed right after a sweep except those.
      long stillDue = h.store.claimDue(h.clock.instant(), Integer.MAX_VALUE, "probe-now", Duration.ofNanos(1)).size();
      assertThat(stillDue).as("timers left due and unleased after a full sweep").isZero();
    }

    /** Sends an envelope and checks what the service did with it against what the store shows. */
    private CommandOutcome send(CommandEnvelope envelope) {
      Snapshot before = snapshot();
      Optional<IdempotencyRecord> earlier = h.store.recorded(envelope.tenant(), envelope.idempotencyKey());
      CommandOutcome outcome = h.service.handle(envelope);
      sent.add(envelope);
      if (earlier.isEmpty() && outcome instanceof CommandOutcome.Accepted opened && envelope.caseId().isEmpty()) {
        CaseKey key = new CaseKey(opened.after().tenant(), opened.after().id());
        assertThat(cases).as("a new case id").doesNotContain(key);
        cases.add(key);
      }
      Snapshot after = snapshot();
      IdempotencyRecordKey recordKey = new IdempotencyRecordKey(envelope.tenant(), envelope.idempotencyKey());
      if (earlier.isPresent()) {
        assertThat(after).as("a reused idempotency key writes nothing").isEqualTo(before);
        if (earlier.get().request().equals(envelope)) {
          assertThat(outcome).as("the same envelope again returns an equal outcome").isInstanceOf(CommandOutcome.Accepted.class);
          CommandOutcome.Accepted first = firstOutcomes.get(recordKey);
          if (first != null) {
            assertThat(outcome).as("the same envelope again returns the first outcome").isEqualTo(first);
          }
        } else {
          assertThat(outcome).as("a key reused for another command").isInstanceOf(CommandOutcome.Rejected.class);
          assertThat(((CommandOutcome.Rejected) outcome).rejection().code()).isEqualTo(RejectionCode.IDEMPOTENCY_KEY_REUSED);
        }
        return outcome;
      }
      if (outcome instanceof CommandOutcome.Rejected rejected) {
        assertThat(after).as("rejected %s (%s) writes nothing", envelope, rejected.rejection()).isEqualTo(before);
        assertThat(h.store.recorded(envelope.tenant(), envelope.idempotencyKey())).as("key of a rejected command").isEmpty();
        if (envelope.caseId().isPresent() && !cases.contains(new CaseKey(envelope.tenant(), envelope.caseId().get()))) {
          assertThat(rejected.rejection().code()).as("command to another tenant's case").isEqualTo(RejectionCode.CASE_NOT_FOUND);
        }
        if (rejected.rejection().code() == RejectionCode.ORDER_LINE_IN_OPEN_CASE) {
          assertThat(before.cases().values()).as("an open case holding a line of %s", envelope)
              .anyMatch(c -> coversALineOf(c, envelope));
        }
        return outcome;
      }
      CommandOutcome.Accepted accepted = (CommandOutcome.Accepted) outcome;
      firstOutcomes.put(recordKey, accepted);
      checkAccepted(envelope, accepted, before, after);
      return outcome;
    }

    private static boolean coversALineOf(AfterSalesCase c, CommandEnvelope opening) {
      CaseCommand.Open open = (CaseCommand.Open) opening.command();
      return !c.state().isTerminal() && c.tenant().equals(opening.tenant()) && c.orderId().equals(open.orderId())
          && c.lines().stream().anyMatch(held -> open.lines().stream().anyMatch(l -> l.lineId().equals(held.lineId())));
    }

    private void checkAccepted(CommandEnvelope envelope, CommandOutcome.Accepted accepted, Snapshot before,
        Snapshot after) {
      AfterSalesCase now = accepted.after();
      CaseKey key = new CaseKey(now.tenant(), now.id());
      assertThat(now.tenant()).as("tenant of the case a command was accepted on").isEqualTo(envelope.tenant());
      List<RecordedEvent> events = accepted.events();
      assertThat(events).as("events of an accepted command").isNotEmpty();
      for (int i = 0; i < events.size(); i++) {
        assertThat(events.get(i).version()).as("version of event %s", i).isEqualTo(now.version());
        assertThat(events.get(i).index()).as("index of event %s", i).isEqualTo(i);
        assertThat(events.get(i).actor()).isEqualTo(envelope.actor());
        assertThat(events.get(i).actorId()).isEqualTo(envelope.actorId());
        assertThat(events.get(i).occurredAt()).isEqualTo(h.clock.instant());
      }
      List<RecordedEvent> oldHistory;
      if (envelope.caseId().isEmpty()) {
        assertThat(before.cases()).as("a new case id").doesNotContainKey(key);
        assertThat(now.version()).isEqualTo(1);
        assertThat(envelope.actor()).isIn(Actor.BUYER, Actor.PLATFORM);
        if (envelope.actor() == Actor.BUYER) {
          assertThat(envelope.actorId()).isEqualTo(now.buyerId());
        }
        oldHistory = List.of();
      } else {
        AfterSalesCase was = before.cases().get(key);
        assertThat(was).as("an accepted command's case was there before").isNotNull();
        assertThat(now.version()).as("an accepted command adds one version").isEqualTo(was.version() + 1);
        if (envelope.actor() == Actor.BUYER) {
          assertThat(envelope.actorId()).as("only the case's buyer acts as BUYER").isEqualTo(was.buyerId());
        }
        Optional<Transition> row = CaseInvariants.row(was, envelope.command().type());
        assertThat(row).as("%s accepted in %s of a %s case", envelope.command().type(), was.state(), was.type()).isPresent();
        assertThat(row.get().actors()).as("actors of %s", row.get()).contains(envelope.actor());
        List<CaseEvent.StateChanged> changes = events.stream().map(RecordedEvent::event)
            .filter(CaseEvent.StateChanged.class::isInstance).map(CaseEvent.StateChanged.class::cast).toList();
        if (row.get().changesState()) {
          assertThat(changes).as("state changes of %s", row.get()).hasSize(1);
          assertThat(changes.get(0).from()).isEqualTo(was.state());
          // A row into REFUND_PENDING completes a case whose refund already reached the buyer instead.
          // and one whose instant refund failed waits where that refund stands.
          boolean early = row.get().completesIfRefunded() && !was.refunded().isZero();
          boolean failed = row.get().completesIfRefunded()
              && was.instantRefund().map(r -> r.status() == InstantRefund.Status.FAILED).orElse(false);
          assertThat(changes.get(0).to()).isEqualTo(
              early ? CaseState.COMPLETED : failed ? CaseState.REFUND_FAILED : row.get().to().orElseThrow());
          assertThat(CaseInvariants.outcomeFits(early ? Optional.of(CaseOutcome.REFUNDED) : row.get().outcome(),
              changes.get(0).outcome()))
              .as("outcome %s of %s", changes.get(0).outcome(), row.get()).isTrue();
        } else {
          assertThat(changes).as("state changes of %s", row.get()).isEmpty();
          assertThat(now.state()).isEqualTo(was.state());
        }
        oldHistory = before.histories().get(key);
      }
      assertThat(after.cases().get(key)).as("stored case equals the outcome's").isEqualTo(now);
      List<RecordedEvent> expectedHistory = new ArrayList<>(oldHistory);
      expectedHistory.addAll(events);
      assertThat(after.histories().get(key)).as("history grows by the outcome's events").isEqualTo(expectedHistory);
      before.cases().forEach((other, c) -> {
        if (!other.equals(key)) {
          assertThat(after.cases().get(other)).as("other case %s untouched", other).isEqualTo(c);
        }
      });
      List<OutboxMessage> expectedOutbox = new ArrayList<>(before.outbox());
      events.forEach(e -> expectedOutbox.add(OutboxMessage.of(e)));
      assertThat(after.outbox()).as("outbox grows by the outcome's events").isEqualTo(expectedOutbox);
      assertThat(h.store.recorded(envelope.tenant(), envelope.idempotencyKey()))
          .contains(new IdempotencyRecord(envelope, now.id(), now.version()));
    }

    private Snapshot snapshot() {
      Map<CaseKey, AfterSalesCase> all = new LinkedHashMap<>();
      Map<CaseKey, List<RecordedEvent>> histories = new LinkedHashMap<>();
      for (CaseKey key : cases) {
        all.put(key, h.store.load(key.tenant(), key.id()).orElseThrow());
        histories.put(key, h.store.history(key.tenant(), key.id()));
      }
      return new Snapshot(all, histories, h.store.pending(Integer.MAX_VALUE), h.store.scheduledTimers());
    }

    /** Every case keeps its invariants; the store's timers and outbox are exactly what the cases imply. */
    private void checkAll() {
      long timers = 0;
      List<String> eventIds = new ArrayList<>();
      Map<OrderLineKey, CaseId> openCaseOfLine = new HashMap<>();
      for (CaseKey key : cases) {
        AfterSalesCase c = h.store.load(key.tenant(), key.id()).orElseThrow();
        if (!c.state().isTerminal()) {
          c.lines().forEach(line -> assertThat(openCaseOfLine.put(
              new OrderLineKey(c.tenant(), c.orderId(), line.lineId()), c.id()))
              .as("another open case on line %s of %s", line.lineId(), c.orderId()).isNull());
        }
        List<RecordedEvent> history = h.store.history(key.tenant(), key.id());
        CaseInvariants.check(c, history, policy.sla(), policy.calendar());
        assertThat(h.store.load(RandomCommands.otherTenant(key.tenant()), key.id())).as("case seen by the other tenant").isEmpty();
        timers += CaseCommit.timersOf(c).size();
        history.forEach(e -> eventIds.add(e.id()));
      }
      assertThat(h.store.scheduledTimers()).as("timers in the store = timers of the cases' running deadlines").isEqualTo(timers);
      compareTimers(true);
      assertThat(h.store.pending(Integer.MAX_VALUE)).extracting(OutboxMessage::id)
          .as("outbox holds every event once").containsExactlyInAnyOrderElementsOf(eventIds);
    }

    /** Paging through a tenant's cases, filtered or not, finds each matching case once, oldest first. */
    private void checkQueries() {
      int limit = 1 + script.openVariant() % 3;
      for (TenantId tenant : List.of(Fixtures.SHOP, Fixtures.OTHER_SHOP)) {
        List<AfterSalesCase> all = cases.stream().filter(k -> k.tenant().equals(tenant))
            .map(k -> h.store.load(k.tenant(), k.id()).orElseThrow())
            .sorted(java.util.Comparator.comparing((AfterSalesCase c) -> c.openedAt())
                .thenComparing(c -> c.id().value()))
            .toList();
        CaseQuery query = CaseQuery.all(tenant, limit);
        assertThat(pages(query)).as("all cases of %s", tenant).isEqualTo(all);
        assertThat(pages(query.ofBuyer(Fixtures.OTHER_BUYER))).as("cases of the other buyer")
            .isEqualTo(all.stream().filter(c -> c.buyerId().equals(Fixtures.OTHER_BUYER)).toList());
        for (Actor actor : Actor.values()) {
          assertThat(pages(query.waitingOn(actor))).as("cases of %s awaiting %s", tenant, actor)
              .isEqualTo(all.stream().filter(c -> Lifecycles.of(c.type()).spec(c.state()).awaiting()
                  .equals(Optional.of(actor))).toList());
        }
        for (AfterSalesCase c : all) {
          assertThat(pages(query.inState(c.state()))).as("cases of %s in %s", tenant, c.state())
              .isEqualTo(all.stream().filter(o -> o.state() == c.state()).toList());
        }
      }
    }

    private List<AfterSalesCase> pages(CaseQuery query) {
      List<AfterSalesCase> found = new ArrayList<>();
      Optional<String> cursor = Optional.empty();
      do {
        CasePage page = h.service.cases(cursor.map(query::continuingAfter).orElse(query));
        assertThat(page.cases().size()).as("page size").isLessThanOrEqualTo(query.limit());
        found.addAll(page.cases());
        cursor = page.nextCursor();
      } while (cursor.isPresent() && found.size() <= cases.size());
      return found;
    }

    /**
     * Claims every timer from far in the future and compares them with the cases' own; then, unless
     * this is the end of the script, gives each back to be claimed at its due time, as it was
     * (timers the sweeper refused and left waiting for a retry become due again at once).
     */
    private void compareTimers(boolean giveBack) {
      Map<String, DueTimer> expected = new HashMap<>();
      for (CaseKey key : cases) {
        expected.putAll(CaseCommit.timersOf(h.store.load(key.tenant(), key.id()).orElseThrow()));
      }
      Instant farFuture = h.clock.instant().plus(Duration.ofDays(3_650));
      Map<String, DueTimer> stored = new HashMap<>();
      h.store.claimDue(farFuture, Integer.MAX_VALUE, "probe", Duration.ofMinutes(1)).forEach(t -> stored.put(t.id(), t));
      assertThat(stored).as("the store's timers are exactly the cases' timers").isEqualTo(expected);
      if (giveBack) {
        stored.values().forEach(t -> h.store.release(t.id(), "probe", t.dueAt()));
      }
    }
  }
}
