package org.aftersales.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CommandOutcome;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseEvolver;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.Evidence;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.jdbc.testing.Nodes;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.jdbc.testing.TinyPool;
import org.aftersales.store.OutboxMessage;
import org.aftersales.testing.Decisions;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.MutableClock;
import org.aftersales.testing.Race;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eight threads send evidence from both parties to the same two cases through one service on a real
 * database: every accepted command is in the case, its history and the outbox exactly once, no refused
 * one is, and the version counts the accepted commands: no update is lost.
 */
class ConcurrentCommandsOnDatabasesTest {

  private static final int THREADS = 8;
  private static final int COMMANDS_PER_THREAD = 25;
  private static final Tables TABLES = TestDatabase.tables("concurrent");

  /** One command a thread sent, and what it got back. */
  private record Sent(int caseIndex, String uri, CommandOutcome outcome) {}

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void eightThreadsOnTheSameCasesLoseNoUpdate(TestDatabase database) throws Exception {
    try (TinyPool pool = database.newPool(THREADS)) {
      TestDatabase.installFresh(pool, TABLES);
      MutableClock clock = new MutableClock(Fixtures.WED_2025_03_05_10_00);
      JdbcAfterSalesStore store = JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES, clock);
      AfterSalesService service = Nodes.service(store, Fixtures.seedPolicy(), clock);
      List<CaseId> cases = List.of(open(service, "a"), open(service, "b"));

      List<Callable<List<Sent>>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.add(() -> {
          List<Sent> sent = new ArrayList<>();
          for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
            int target = (thread + i) % cases.size();
            boolean buyer = i % 2 == 0;
            String name = "t" + thread + "-i" + i;
            CaseCommand add = new CaseCommand.AddEvidence(List.of(Decisions.evidence(name)));
            CommandEnvelope envelope = CommandEnvelope.to(Fixtures.SHOP, cases.get(target),
                buyer ? Actor.BUYER : Actor.MERCHANT, buyer ? Fixtures.BUYER : Fixtures.MERCHANT_STAFF,
                IdempotencyKey.of(name), add);
            sent.add(new Sent(target, Decisions.evidence(name).uri().toString(), service.handle(envelope)));
          }
          return sent;
        });
      }
      List<Sent> all = Race.once(Duration.ofMinutes(2), threads).stream().flatMap(List::stream).toList();
      assertThat(all).hasSize(THREADS * COMMANDS_PER_THREAD);

      List<OutboxMessage> outbox = store.pending(10_000);
      for (int c = 0; c < cases.size(); c++) {
        int index = c;
        List<Sent> toCase = all.stream().filter(s -> s.caseIndex() == index).toList();
        List<String> accepted = toCase.stream().filter(s -> s.outcome().isAccepted()).map(Sent::uri).toList();
        assertThat(toCase.stream().filter(s -> !s.outcome().isAccepted()))
            .as("refusals are only for contention").allSatisfy(s -> assertThat(
                ((CommandOutcome.Rejected) s.outcome()).rejection().code()).isEqualTo(RejectionCode.CONCURRENT_MODIFICATION));
        assertThat(accepted).as("accepted on case %s", index).isNotEmpty();

        AfterSalesCase stored = Nodes.current(store, cases.get(c));
        List<RecordedEvent> history = store.history(Fixtures.SHOP, cases.get(c));
        List<String> inCase = stored.evidence().stream().map(e -> e.ref().uri().toString())
            .filter(uri -> uri.contains("/t")).toList();
        List<String> inHistory = history.stream().map(RecordedEvent::event)
            .filter(CaseEvent.EvidenceAdded.class::isInstance)
            .flatMap(e -> ((CaseEvent.EvidenceAdded) e).evidence().stream())
            .map(Evidence::ref).map(r -> r.uri().toString()).toList();
        assertThat(inCase).as("evidence in the case").containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(inHistory).as("evidence in the history").containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(stored.version()).as("one version per accepted command").isEqualTo(1 + accepted.size());
        assertThat(CaseEvolver.replay(history)).as("the history replays to the case").isEqualTo(stored);
        assertThat(outbox.stream().filter(m -> m.key().equals(stored.id().value())).map(OutboxMessage::id))
            .as("each event in the outbox once, in order")
            .containsExactlyElementsOf(history.stream().map(RecordedEvent::id).toList());
      }
      TestDatabase.drop(pool, TABLES);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void eightRequestsRacingForOneOrderLineOpenOneCase_andOneRequestSentEightTimesOpensItOnce(TestDatabase database)
      throws Exception {
    try (TinyPool pool = database.newPool(THREADS)) {
      TestDatabase.installFresh(pool, TABLES);
      MutableClock clock = new MutableClock(Fixtures.WED_2025_03_05_10_00);
      JdbcAfterSalesStore store = JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES, clock);
      AfterSalesService service = Nodes.service(store, Fixtures.seedPolicy(), clock);

      List<Callable<CommandOutcome>> rivals = new ArrayList<>();
      List<Callable<CommandOutcome>> twins = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        CommandEnvelope rival = CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER,
            IdempotencyKey.of("rival-" + t), Fixtures.openRequest(OrderId.of("contested"), CaseType.REFUND_ONLY,
                Reason.QUALITY_DEFECT));
        rivals.add(() -> service.handle(rival));
        CommandEnvelope twin = CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER,
            IdempotencyKey.of("twin"), Fixtures.openRequest(OrderId.of("retried"), CaseType.EXCHANGE,
                Reason.QUALITY_DEFECT));
        twins.add(() -> service.handle(twin));
      }

      List<CommandOutcome> contested = Race.once(Duration.ofMinutes(1), rivals);
      assertThat(contested.stream().filter(CommandOutcome::isAccepted)).as("cases opened on the line").hasSize(1);
      assertThat(contested.stream().filter(o -> !o.isAccepted()))
          .allSatisfy(o -> assertThat(((CommandOutcome.Rejected) o).rejection().code())
              .isEqualTo(RejectionCode.ORDER_LINE_IN_OPEN_CASE));

      List<CommandOutcome> retried = Race.once(Duration.ofMinutes(1), twins);
      assertThat(retried).as("every copy gets the first outcome").allSatisfy(o -> assertThat(o).isEqualTo(retried.get(0)));
      assertThat(retried.get(0).isAccepted()).isTrue();
      assertThat(Nodes.number(pool, "SELECT COUNT(*) FROM " + TABLES.cases())).as("cases in all").isEqualTo(2);
      assertThat(Nodes.number(pool, "SELECT COUNT(*) FROM " + TABLES.lineClaims())).as("lines held").isEqualTo(4);
      TestDatabase.drop(pool, TABLES);
    }
  }

  private static CaseId open(AfterSalesService service, String order) {
    CommandOutcome outcome = service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER,
        IdempotencyKey.of("open-" + order), Fixtures.openRequest(OrderId.of(order), CaseType.REFUND_ONLY,
            Reason.QUALITY_DEFECT)));
    return ((CommandOutcome.Accepted) outcome).after().id();
  }

  /**
   * Commits that open different cases do not contend, so none may be refused. On MariaDB at REPEATABLE
   * READ timers were written delete-then-insert: deleting a timer id not there yet locked the index gap,
   * and two commits whose new timers fell into one gap (with sequential case ids, nearly always) deadlocked;
   * one was refused as stale, for no conflict at all.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void eightThreadsOpeningDifferentCasesAtOnceAreNeverRefused(TestDatabase database) throws Exception {
    try (TinyPool pool = database.newPool(THREADS)) {
      TestDatabase.installFresh(pool, TABLES);
      JdbcAfterSalesStore store = JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES,
          new MutableClock(Fixtures.WED_2025_03_05_10_00));
      List<Callable<Integer>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.add(() -> {
          for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
            String id = String.format("case-%04d", i * THREADS + thread); // neighbours in every index
            store.commit(Decisions.open(Fixtures.SHOP, OrderId.of("order-" + id), CaseId.of(id), CaseType.REFUND_ONLY,
                IdempotencyKey.of("open-" + id), Fixtures.WED_2025_03_05_10_00));
          }
          return COMMANDS_PER_THREAD;
        });
      }

      assertThat(Race.once(Duration.ofMinutes(2), threads)).as("commits per thread, none refused")
          .containsOnly(COMMANDS_PER_THREAD);
      assertThat(Nodes.number(pool, "SELECT COUNT(*) FROM " + TABLES.cases())).isEqualTo(THREADS * COMMANDS_PER_THREAD);
      assertThat(Nodes.number(pool, "SELECT COUNT(DISTINCT case_id) FROM " + TABLES.timers()))
          .isEqualTo(THREADS * COMMANDS_PER_THREAD);
      TestDatabase.drop(pool, TABLES);
    }
  }
}
