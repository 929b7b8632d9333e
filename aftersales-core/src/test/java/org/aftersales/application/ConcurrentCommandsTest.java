package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseEvolver;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.Evidence;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.LifecycleTable;
import org.aftersales.casefile.Lifecycles;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.store.CaseQuery;
import org.aftersales.store.OutboxMessage;
import org.aftersales.testing.Decisions;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.Race;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many threads sending commands through the service to the same few cases, on the in-memory
 * adapter: no accepted command is lost or recorded twice, exactly one of conflicting state changes
 * wins, and concurrent retries under one idempotency key write once and all get equal outcomes.
 */
@Timeout(20)
class ConcurrentCommandsTest {

  private static final Duration RACE_TIMEOUT = Duration.ofSeconds(9);
  private static final int THREADS = 8;
  private static final int COMMANDS_PER_THREAD = 200;
  private static final int CASES = 4;
  /** Each thread sends its state change to case {@code i - STATE_CHANGE_AT} at these indices. */
  private static final int STATE_CHANGE_AT = 100;

  private enum Change {
    APPROVE(Actor.MERCHANT, new CaseCommand.Approve()),
    REJECT(Actor.MERCHANT, new CaseCommand.Reject("goods were used", List.of())),
    WITHDRAW(Actor.BUYER, new CaseCommand.Withdraw("found it after all"));

    final Actor actor;
    final CaseCommand command;

    Change(Actor actor, CaseCommand command) {
      this.actor = actor;
      this.command = command;
    }
  }

  /** A state change some thread sent, and what it got back. */
  record Racer(Actor actor, CaseCommand command, CommandOutcome outcome) {}

  /** One command a thread sent and what it got back. */
  private record Sent(int caseIndex, Actor actor, CaseCommand command, Change change, CommandOutcome outcome) {
    boolean isEvidence() {
      return command instanceof CaseCommand.AddEvidence;
    }

    String evidenceUri() {
      return ((CaseCommand.AddEvidence) command).evidence().get(0).uri().toString();
    }
  }

  @Test
  void evidenceFromBothPartiesAndRacingStateChangesLoseNoUpdate() {
    Harness h = new Harness();
    List<AfterSalesCase> cases = new ArrayList<>();
    for (int c = 0; c < CASES; c++) {
      cases.add(h.open(CaseType.REFUND_ONLY, Reason.QUALITY_DEFECT));
    }

    List<Callable<List<Sent>>> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      threads.add(() -> {
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
          int target = (thread + i) % CASES;
          if (i >= STATE_CHANGE_AT && i < STATE_CHANGE_AT + CASES) {
            target = i - STATE_CHANGE_AT;
            Change change = Change.values()[thread % Change.values().length];
            sent.add(new Sent(target, change.actor, change.command, change,
                h.send(cases.get(target), change.actor, change.command)));
          } else {
            Actor actor = (thread + i) % 2 == 0 ? Actor.BUYER : Actor.MERCHANT;
            CaseCommand add = new CaseCommand.AddEvidence(List.of(Decisions.evidence("t" + thread + "/i" + i)));
            sent.add(new Sent(target, actor, add, null, h.send(cases.get(target), actor, add)));
          }
        }
        return sent;
      });
    }
    List<Sent> all = Race.once(RACE_TIMEOUT, threads).stream().flatMap(List::stream).toList();
    assertThat(all).hasSize(THREADS * COMMANDS_PER_THREAD);

    long concurrencyRefusals = 0;
    for (int c = 0; c < CASES; c++) {
      int index = c;
      CaseId id = cases.get(c).id();
      List<Sent> toCase = all.stream().filter(s -> s.caseIndex() == index).toList();
      List<Sent> accepted = toCase.stream().filter(s -> s.outcome().isAccepted()).toList();
      AfterSalesCase stored = h.current(cases.get(c));
      List<RecordedEvent> history = h.store.history(Fixtures.SHOP, id);

      assertEveryAcceptedCommandOnceInHistory(history, stored,
          accepted.stream().map(s -> (CommandOutcome.Accepted) s.outcome()).toList());

      // Exactly one of the racing state changes took the case out of REQUESTED; the accepted ones
      // form a path the lifecycle table allows, and each refused one was refused for a reason.
      List<Sent> changes = toCase.stream().filter(s -> s.change() != null).toList();
      assertThat(changes).hasSize(THREADS);
      assertStateChangesSerialize(stored, history,
          changes.stream().map(s -> new Racer(s.actor(), s.command(), s.outcome())).toList());

      // Every accepted AddEvidence is in the history exactly once, and no refused one is.
      List<Sent> evidence = toCase.stream().filter(Sent::isEvidence).toList();
      List<String> acceptedUris = evidence.stream().filter(s -> s.outcome().isAccepted()).map(Sent::evidenceUri).toList();
      List<String> recordedUris = history.stream()
          .filter(e -> e.event() instanceof CaseEvent.EvidenceAdded)
          .flatMap(e -> ((CaseEvent.EvidenceAdded) e.event()).evidence().stream())
          .map(ev -> ev.ref().uri().toString())
          .toList();
      assertThat(recordedUris).hasSameSizeAs(acceptedUris).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(acceptedUris);
      assertThat(history.stream().filter(e -> e.event() instanceof CaseEvent.EvidenceAdded).count())
          .isEqualTo(acceptedUris.size());
      assertThat(stored.evidence().stream().map(ev -> ev.ref().uri().toString()).filter(u -> !u.endsWith("/p/1.jpg")))
          .containsExactlyInAnyOrderElementsOf(acceptedUris);
      // Who sent each piece is recorded as who sent it.
      Map<String, Actor> senders = evidence.stream().filter(s -> s.outcome().isAccepted())
          .collect(Collectors.toMap(Sent::evidenceUri, Sent::actor));
      for (Evidence ev : stored.evidence()) {
        if (senders.containsKey(ev.ref().uri().toString())) {
          assertThat(ev.submittedBy()).isEqualTo(senders.get(ev.ref().uri().toString()));
        }
      }
      // Evidence is refused only once a withdrawal closed the case (or when retries ran out).
      boolean closed = stored.state().isTerminal();
      assertThat(evidence.stream().filter(s -> !s.outcome().isAccepted()))
          .allSatisfy(s -> assertThat(rejection(s.outcome())).isIn(
              closed ? RejectionCode.NOT_ALLOWED_IN_STATE : RejectionCode.CONCURRENT_MODIFICATION,
              RejectionCode.CONCURRENT_MODIFICATION));
      concurrencyRefusals += toCase.stream()
          .filter(s -> !s.outcome().isAccepted() && rejection(s.outcome()) == RejectionCode.CONCURRENT_MODIFICATION)
          .count();
    }
    assertOutboxHoldsEveryEventOnce(h, cases.stream().map(AfterSalesCase::id).toList());
    System.out.println("concurrent commands: " + all.stream().filter(s -> s.outcome().isAccepted()).count()
        + " accepted of " + all.size() + ", " + concurrencyRefusals + " refused as CONCURRENT_MODIFICATION");
  }

  @Test
  void eightThreadsAddingEvidenceToOneCaseAllLand() {
    Harness h = new Harness();
    AfterSalesCase c = h.open(CaseType.RETURN_AND_REFUND, Reason.NOT_AS_DESCRIBED);
    List<CommandOutcome> outcomes;
    try (Race race = new Race(THREADS, RACE_TIMEOUT)) {
      outcomes = race.run(thread -> {
        List<CommandOutcome> mine = new ArrayList<>();
        for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
          Actor actor = i % 2 == 0 ? Actor.BUYER : Actor.MERCHANT;
          mine.add(h.send(c, actor, new CaseCommand.AddEvidence(List.of(Decisions.evidence("one/t" + thread + "/i" + i)))));
        }
        return mine;
      }).stream().flatMap(List::stream).toList();
    }
    List<CommandOutcome.Accepted> accepted =
        outcomes.stream().filter(CommandOutcome::isAccepted).map(o -> (CommandOutcome.Accepted) o).toList();
    assertThat(outcomes.stream().filter(o -> !o.isAccepted()))
        .allSatisfy(o -> assertThat(rejection(o)).isEqualTo(RejectionCode.CONCURRENT_MODIFICATION));
    AfterSalesCase stored = h.current(c);
    List<RecordedEvent> history = h.store.history(Fixtures.SHOP, c.id());
    assertEveryAcceptedCommandOnceInHistory(history, stored, accepted);
    assertThat(history.stream().filter(e -> e.event() instanceof CaseEvent.EvidenceAdded)).hasSize(accepted.size());
    assertThat(stored.evidence()).hasSize(1 + accepted.size());
    assertThat(stored.state()).isEqualTo(CaseState.REQUESTED);
    assertOutboxHoldsEveryEventOnce(h, List.of(c.id()));
    System.out.println("one case, " + outcomes.size() + " AddEvidence: " + accepted.size() + " accepted");
  }

  /**
   * Racers that exclude each other in the lifecycle table (after any one of them, none of the others
   * is allowed): in every round exactly one is accepted.
   */
  @ParameterizedTest
  @EnumSource(CaseType.class)
  void exactlyOneOfMutuallyExclusiveStateChangesWinsEveryRound(CaseType type) {
    List<Racer> racers = List.of(
        new Racer(Actor.MERCHANT, new CaseCommand.Approve(), null),
        new Racer(Actor.PLATFORM, new CaseCommand.Approve(), null),
        new Racer(Actor.MERCHANT, new CaseCommand.Reject("goods were used", List.of()), null),
        new Racer(Actor.MERCHANT, new CaseCommand.RequestInfo("which size?"), null),
        new Racer(Actor.PLATFORM, new CaseCommand.RequestInfo("photo of the label?"), null));
    // Precondition, from the table itself: each racer, once accepted, shuts out every other.
    LifecycleTable table = Lifecycles.of(type);
    for (Racer a : racers) {
      CaseState after = table.find(CaseState.REQUESTED, a.command().type()).orElseThrow().to().orElseThrow();
      for (Racer b : racers) {
        assertThat(allowed(table, after, b))
            .as("precondition: %s by %s is not allowed in %s (reached by %s)", b.command().type(), b.actor(), after,
                a.command().type())
            .isFalse();
      }
    }
    Map<String, Integer> wins = new TreeMap<>();
    Harness h = new Harness();
    try (Race race = new Race(racers.size(), RACE_TIMEOUT)) {
      for (int round = 0; round < 200; round++) {
        AfterSalesCase c = h.open(type, Reason.WRONG_ITEM);
        List<CommandOutcome> outcomes = race.run(i -> h.send(c, racers.get(i).actor(), racers.get(i).command()));
        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
          if (outcomes.get(i).isAccepted()) {
            winners.add(i);
          } else {
            assertThat(rejection(outcomes.get(i))).isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE);
          }
        }
        assertThat(winners).as("winners of round %d", round).hasSize(1);
        int winner = winners.get(0);
        wins.merge(racers.get(winner).actor() + " " + racers.get(winner).command().type(), 1, Integer::sum);
        AfterSalesCase stored = h.current(c);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored).isEqualTo(((CommandOutcome.Accepted) outcomes.get(winner)).after());
        assertThat(stored.state()).isEqualTo(
            table.find(CaseState.REQUESTED, racers.get(winner).command().type()).orElseThrow().to().orElseThrow());
        assertThat(CaseEvolver.replay(h.store.history(Fixtures.SHOP, c.id()))).isEqualTo(stored);
      }
    }
    System.out.println(type + " mutually exclusive state changes, wins: " + wins);
  }

  /**
   * APPROVE vs REJECT vs WITHDRAW on a refund-only case, raced from several threads each round:
   * exactly one leaves REQUESTED, and whatever else is accepted follows on from it as the table allows
   * (a buyer may still withdraw after a rejection); every refusal is one the table explains.
   */
  @Test
  void approveRejectAndWithdrawRacingSerializeEveryRound() {
    List<Change> sent = List.of(Change.APPROVE, Change.REJECT, Change.WITHDRAW, Change.APPROVE, Change.REJECT,
        Change.WITHDRAW);
    Harness h = new Harness();
    Map<String, Integer> paths = new TreeMap<>();
    try (Race race = new Race(sent.size(), RACE_TIMEOUT)) {
      for (int round = 0; round < 200; round++) {
        AfterSalesCase c = h.open(CaseType.REFUND_ONLY, Reason.WRONG_ITEM);
        List<CommandOutcome> outcomes = race.run(i -> h.send(c, sent.get(i).actor, sent.get(i).command));
        List<Racer> racers = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
          racers.add(new Racer(sent.get(i).actor, sent.get(i).command, outcomes.get(i)));
        }
        AfterSalesCase stored = h.current(c);
        List<RecordedEvent> history = h.store.history(Fixtures.SHOP, c.id());
        assertStateChangesSerialize(stored, history, racers);
        assertEveryAcceptedCommandOnceInHistory(history, stored,
            outcomes.stream().filter(CommandOutcome::isAccepted).map(o -> (CommandOutcome.Accepted) o).toList());
        paths.merge(history.stream().filter(e -> e.event() instanceof CaseEvent.StateChanged)
            .map(e -> ((CaseEvent.StateChanged) e.event()).to().toString()).collect(Collectors.joining(">")), 1,
            Integer::sum);
      }
    }
    System.out.println("approve/reject/withdraw races, paths taken: " + paths);
  }

  /** What one key is used for in {@link #oneIdempotencyKeySentConcurrentlyWritesOnceAndAnswersAlike}. */
  enum KeyedCommand {
    OPEN, ADD_EVIDENCE, APPROVE, WITHDRAW
  }

  @ParameterizedTest
  @EnumSource(KeyedCommand.class)
  void oneIdempotencyKeySentConcurrentlyWritesOnceAndAnswersAlike(KeyedCommand kind) {
    Harness h = new Harness();
    int duplicates = 4;
    int noise = 2;
    int rounds = 400;
    List<CaseId> openedUnderKeys = new ArrayList<>();
    Map<String, Integer> refusedDuplicates = new HashMap<>();
    int roundsWithUnequalOutcomes = 0;
    String firstUnequal = null;
    try (Race race = new Race(duplicates + noise, RACE_TIMEOUT)) {
      for (int round = 0; round < rounds; round++) {
        AfterSalesCase c = h.open(CaseType.REFUND_ONLY, Reason.QUALITY_DEFECT);
        IdempotencyKey key = IdempotencyKey.of("retry-" + kind + "-" + round);
        CommandEnvelope envelope = switch (kind) {
          case OPEN -> CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER, key,
              Fixtures.openRequest(OrderId.of("keyed-order-" + round), CaseType.EXCHANGE, Reason.SIZE_OR_FIT));
          case ADD_EVIDENCE -> CommandEnvelope.to(Fixtures.SHOP, c.id(), Actor.BUYER, Fixtures.BUYER, key,
              new CaseCommand.AddEvidence(List.of(Decisions.evidence("keyed/" + round))));
          case APPROVE -> CommandEnvelope.to(Fixtures.SHOP, c.id(), Actor.MERCHANT, Fixtures.MERCHANT_STAFF, key,
              new CaseCommand.Approve());
          case WITHDRAW -> CommandEnvelope.to(Fixtures.SHOP, c.id(), Actor.BUYER, Fixtures.BUYER, key,
              new CaseCommand.Withdraw("ordered twice"));
        };
        int r = round;
        List<CommandOutcome> outcomes = race.run(i -> i < duplicates
            ? h.service.handle(envelope)
            : h.send(c, Actor.MERCHANT, new CaseCommand.AddEvidence(List.of(Decisions.evidence("noise/" + r + "/" + i)))));
        List<CommandOutcome> answers = outcomes.subList(0, duplicates);
        List<CommandOutcome> others = outcomes.subList(duplicates, outcomes.size());

        // Exactly one write under the key.
        long versionsOfTheKey;
        if (kind == KeyedCommand.OPEN) {
          // One case opened under the key this round: the running count of exchange cases went up by one.
          openedUnderKeys.add(h.store.recorded(Fixtures.SHOP, key).orElseThrow().caseId());
          versionsOfTheKey = countCases(h, CaseType.EXCHANGE) - round;
        } else {
          List<RecordedEvent> history = h.store.history(Fixtures.SHOP, c.id());
          Predicate<RecordedEvent> ofTheKey = switch (kind) {
            case ADD_EVIDENCE -> e -> e.event() instanceof CaseEvent.EvidenceAdded added
                && added.evidence().get(0).ref().uri().toString().contains("keyed/");
            case APPROVE -> e -> e.event() instanceof CaseEvent.RequestApproved;
            case WITHDRAW -> e -> e.event() instanceof CaseEvent.StateChanged sc && sc.to() == CaseState.CLOSED;
            default -> throw new AssertionError(kind);
          };
          versionsOfTheKey = history.stream().filter(ofTheKey).map(RecordedEvent::version).distinct().count();
          long acceptedNoise = others.stream().filter(CommandOutcome::isAccepted).count();
          assertThat(h.current(c).version()).isEqualTo(1 + versionsOfTheKey + acceptedNoise);
          assertThat(CaseEvolver.replay(history)).isEqualTo(h.current(c));
        }
        assertThat(h.store.recorded(Fixtures.SHOP, key)).isPresent();
        assertThat(versionsOfTheKey).as("writes under key %s", key).isEqualTo(1);

        // Every caller got the same answer: the first accepted outcome.
        boolean equal = answers.stream().allMatch(a -> a.equals(answers.get(0))) && answers.get(0).isAccepted();
        if (!equal) {
          roundsWithUnequalOutcomes++;
          answers.stream().filter(a -> !a.isAccepted())
              .forEach(a -> refusedDuplicates.merge(rejection(a) + "", 1, Integer::sum));
          if (firstUnequal == null) {
            firstUnequal = "round " + round + ": " + answers;
          }
        }
      }
    }
    if (kind == KeyedCommand.OPEN) {
      assertThat(openedUnderKeys).doesNotHaveDuplicates().hasSize(rounds);
      assertThat(countCases(h, CaseType.EXCHANGE)).isEqualTo(rounds);
    }
    assertThat(roundsWithUnequalOutcomes)
        .as("rounds (of %d) in which concurrent callers with one key got different outcomes; refusals %s; first: %s",
            rounds, refusedDuplicates, firstUnequal)
        .isZero();
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The history holds versions 1..N without gaps; each accepted outcome owns exactly one of the
   * versions 2..N and its events are exactly that version's events; the case after each version
   * is the outcome's case; the stored case is version N and equals the replay of its history.
   */
  static void assertEveryAcceptedCommandOnceInHistory(List<RecordedEvent> history, AfterSalesCase stored,
      List<CommandOutcome.Accepted> accepted) {
    assertThat(stored.version()).isEqualTo(1L + accepted.size());
    Map<Long, List<RecordedEvent>> byVersion = new TreeMap<>();
    for (RecordedEvent e : history) {
      byVersion.computeIfAbsent(e.version(), v -> new ArrayList<>()).add(e);
    }
    assertThat(byVersion.keySet()).containsExactlyElementsOf(
        java.util.stream.LongStream.rangeClosed(1, stored.version()).boxed().toList());
    List<Long> owned = accepted.stream().map(a -> a.after().version()).toList();
    assertThat(owned).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(2, stored.version()).boxed().toList());
    Map<Long, AfterSalesCase> snapshots = new HashMap<>();
    AfterSalesCase folded = null;
    for (RecordedEvent e : history) {
      folded = CaseEvolver.apply(folded, e);
      snapshots.put(e.version(), folded);
    }
    for (CommandOutcome.Accepted a : accepted) {
      long v = a.after().version();
      assertThat(a.events()).as("events of version %d", v).isEqualTo(byVersion.get(v));
      assertThat(snapshots.get(v)).as("case after version %d", v).isEqualTo(a.after());
    }
    assertThat(folded).isEqualTo(stored);
    assertThat(CaseEvolver.replay(history)).isEqualTo(stored);
  }

  /**
   * The racing state changes serialize: exactly one took the case out of REQUESTED; the accepted
   * ones, in version order, are a path the case's lifecycle table allows, ending in the stored
   * state; each accepted state change left exactly one StateChanged; and each refused one was
   * NOT_ALLOWED_IN_STATE (or out of retries) in a state the case passed through after REQUESTED.
   */
  static void assertStateChangesSerialize(AfterSalesCase stored, List<RecordedEvent> history, List<Racer> racers) {
    LifecycleTable table = Lifecycles.of(stored.type());
    List<CommandOutcome.Accepted> accepted = racers.stream().filter(r -> r.outcome().isAccepted())
        .map(r -> (CommandOutcome.Accepted) r.outcome())
        .sorted(java.util.Comparator.comparingLong(a -> a.after().version()))
        .toList();
    assertThat(accepted).as("accepted state changes on case %s", stored.id()).isNotEmpty();
    Map<CommandOutcome, Racer> byOutcome = new java.util.IdentityHashMap<>();
    racers.forEach(r -> byOutcome.put(r.outcome(), r));
    CaseState state = CaseState.REQUESTED;
    for (CommandOutcome.Accepted a : accepted) {
      Racer r = byOutcome.get(a);
      assertThat(allowed(table, state, r))
          .as("%s by %s accepted in %s on case %s", r.command().type(), r.actor(), state, stored.id()).isTrue();
      state = table.find(state, r.command().type()).orElseThrow().to().orElse(state);
      assertThat(a.after().state()).isEqualTo(state);
    }
    assertThat(stored.state()).isEqualTo(state);
    List<CaseEvent.StateChanged> moves = history.stream().map(RecordedEvent::event)
        .filter(CaseEvent.StateChanged.class::isInstance).map(CaseEvent.StateChanged.class::cast).toList();
    assertThat(moves.stream().filter(m -> m.from() == CaseState.REQUESTED)).hasSize(1);
    assertThat(moves).hasSize(accepted.size());
    List<CaseState> visited = moves.stream().map(CaseEvent.StateChanged::to).toList();
    for (Racer r : racers) {
      if (!r.outcome().isAccepted()) {
        RejectionCode code = rejection(r.outcome());
        assertThat(code).isIn(RejectionCode.NOT_ALLOWED_IN_STATE, RejectionCode.CONCURRENT_MODIFICATION);
        if (code == RejectionCode.NOT_ALLOWED_IN_STATE) {
          assertThat(visited).as("states where %s by %s is not allowed", r.command().type(), r.actor())
              .anyMatch(s -> !allowed(table, s, r));
        }
      }
    }
  }

  static boolean allowed(LifecycleTable table, CaseState state, Racer racer) {
    return table.find(state, racer.command().type()).map(t -> t.actors().contains(racer.actor())).orElse(false);
  }

  static void assertOutboxHoldsEveryEventOnce(Harness h, List<CaseId> ids) {
    List<OutboxMessage> pending = h.store.pending(1_000_000);
    List<String> expected = ids.stream()
        .flatMap(id -> h.store.history(Fixtures.SHOP, id).stream())
        .map(RecordedEvent::id).toList();
    List<String> inOutbox = pending.stream().filter(m -> ids.contains(CaseId.of(m.key()))).map(OutboxMessage::id).toList();
    assertThat(inOutbox).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    // Per case, the outbox keeps the order of the history.
    for (CaseId id : ids) {
      assertThat(pending.stream().filter(m -> m.key().equals(id.value())).map(OutboxMessage::id).toList())
          .containsExactlyElementsOf(h.store.history(Fixtures.SHOP, id).stream().map(RecordedEvent::id).toList());
    }
  }

  /** Counts a tenant's cases of one type, paging through all of them. */
  static long countCases(Harness h, CaseType type) {
    long count = 0;
    CaseQuery query = CaseQuery.all(Fixtures.SHOP, 1000);
    while (true) {
      var page = h.service.cases(query);
      count += page.cases().stream().filter(c -> c.type() == type).count();
      if (page.nextCursor().isEmpty()) {
        return count;
      }
      query = query.continuingAfter(page.nextCursor().get());
    }
  }

  static RejectionCode rejection(CommandOutcome outcome) {
    return ((CommandOutcome.Rejected) outcome).rejection().code();
  }
}
