package org.aftersales.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CommandOutcome;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.jdbc.testing.Nodes;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.jdbc.testing.TinyPool;
import org.aftersales.store.OutboxMessage;
import org.aftersales.testing.Decisions;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.MutableClock;
import org.aftersales.testing.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The outbox relay on each database: at least once, in order per case, retries with backoff, several relays at once. */
class OutboxRelayTest {

  private static final Tables TABLES = TestDatabase.tables("relay");
  private static final Duration LEASE = Duration.ofMinutes(1);

  private final MutableClock clock = new MutableClock(Fixtures.WED_2025_03_05_10_00);
  private final List<TinyPool> pools = new ArrayList<>();

  @AfterEach
  void dropTables() throws SQLException {
    TestDatabase.drop(pools.get(0), TABLES);
    pools.forEach(TinyPool::close);
  }

  private JdbcAfterSalesStore freshStore(TestDatabase database) throws SQLException {
    TinyPool pool = database.newPool(4);
    pools.add(pool);
    TestDatabase.installFresh(pool, TABLES);
    return JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES, clock);
  }

  /** Another node's store on its own pool, over the same tables. */
  private JdbcAfterSalesStore anotherNode(TestDatabase database) {
    TinyPool pool = database.newPool(2);
    pools.add(pool);
    return JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES, clock);
  }

  /** Opens cases and gives each a few more events; returns every case's history. */
  private Map<CaseId, List<String>> casesWithHistories(JdbcAfterSalesStore store, int count) {
    AfterSalesService service = Nodes.service(store, Fixtures.seedPolicy(), clock);
    Map<CaseId, List<String>> histories = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      CommandOutcome opened = service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER,
          IdempotencyKey.of("open-" + i), Fixtures.openRequest(OrderId.of("o-" + i), CaseType.RETURN_AND_REFUND,
              Reason.QUALITY_DEFECT)));
      CaseId id = ((CommandOutcome.Accepted) opened).after().id();
      service.handle(CommandEnvelope.to(Fixtures.SHOP, id, Actor.MERCHANT, Fixtures.MERCHANT_STAFF,
          IdempotencyKey.of("evidence-" + i), new CaseCommand.AddEvidence(List.of(Decisions.evidence("e" + i)))));
      assertThat(service.handle(CommandEnvelope.to(Fixtures.SHOP, id, Actor.MERCHANT, Fixtures.MERCHANT_STAFF,
          IdempotencyKey.of("approve-" + i), new CaseCommand.Approve())).isAccepted()).isTrue();
      histories.put(id, store.history(Fixtures.SHOP, id).stream().map(RecordedEvent::id).toList());
    }
    return histories;
  }

  /** A publisher that records what it was handed, and fails for chosen messages a chosen number of times. */
  private static final class RecordingPublisher implements OutboxPublisher {
    final List<OutboxMessage> published = Collections.synchronizedList(new ArrayList<>());
    final Map<String, Integer> failuresLeft = new HashMap<>();

    @Override
    public synchronized void publish(OutboxMessage message) {
      Integer left = failuresLeft.get(message.id());
      if (left != null && left > 0) {
        failuresLeft.put(message.id(), left - 1);
        throw new IllegalStateException("broker down for " + message.id());
      }
      published.add(message);
    }

    List<String> ids() {
      return published.stream().map(OutboxMessage::id).toList();
    }

    List<String> idsOf(CaseId caseId) {
      return published.stream().filter(m -> m.key().equals(caseId.value())).map(OutboxMessage::id).toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void deliversEveryMessageOnceInOrderPerCaseAndMarksItDelivered(TestDatabase database) throws SQLException {
    JdbcAfterSalesStore store = freshStore(database);
    Map<CaseId, List<String>> histories = casesWithHistories(store, 12);
    RecordingPublisher publisher = new RecordingPublisher();
    OutboxRelay relay = new OutboxRelay(store, publisher, clock, "relay-1", 5, LEASE, Duration.ofSeconds(1),
        Duration.ofMinutes(10));

    int delivered = relay.relayAll();

    int total = histories.values().stream().mapToInt(List::size).sum();
    assertThat(delivered).isEqualTo(total);
    assertThat(publisher.ids()).doesNotHaveDuplicates().hasSize(total);
    histories.forEach((id, history) -> assertThat(publisher.idsOf(id)).as("messages of %s", id)
        .containsExactlyElementsOf(history));
    assertThat(store.pending(1_000)).as("nothing left pending").isEmpty();
    assertThat(relay.relayAll()).as("a second pass delivers nothing").isZero();
    assertThat(publisher.published).hasSize(total);

    clock.advance(Duration.ofDays(8));
    assertThat(store.purgeDeliveredBefore(clock.instant())).as("delivered messages purged").isEqualTo(total);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aFailingMessageIsRetriedWithGrowingBackoffAndHoldsBackOnlyItsOwnCase(TestDatabase database)
      throws SQLException {
    JdbcAfterSalesStore store = freshStore(database);
    Map<CaseId, List<String>> histories = casesWithHistories(store, 3);
    CaseId blocked = histories.keySet().iterator().next();
    String failing = histories.get(blocked).get(1);
    RecordingPublisher publisher = new RecordingPublisher();
    publisher.failuresLeft.put(failing, 2);
    OutboxRelay relay = new OutboxRelay(store, publisher, clock, "relay-1", 10, LEASE, Duration.ofSeconds(10),
        Duration.ofMinutes(10));

    relay.relayAll();
    assertThat(publisher.idsOf(blocked)).as("the case stops before its failing message")
        .containsExactly(histories.get(blocked).get(0));
    histories.keySet().stream().filter(id -> !id.equals(blocked))
        .forEach(id -> assertThat(publisher.idsOf(id)).containsExactlyElementsOf(histories.get(id)));

    clock.advance(Duration.ofSeconds(9));
    assertThat(relay.relayOnce().claimed()).as("before the first backoff of 10 s ends").isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(relay.relayOnce()).as("the second attempt fails too").isEqualTo(new RelayResult(1, 0, 1));
    clock.advance(Duration.ofSeconds(19));
    assertThat(relay.relayOnce().claimed()).as("before the doubled backoff of 20 s ends").isZero();
    clock.advance(Duration.ofSeconds(1));
    relay.relayAll();

    assertThat(publisher.idsOf(blocked)).as("then the rest of the case, in order")
        .containsExactlyElementsOf(histories.get(blocked));
    assertThat(store.pending(1_000)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void threeRelaysOnSeparatePoolsDeliverEachMessageOnceInOrderPerCase(TestDatabase database) throws SQLException {
    JdbcAfterSalesStore store = freshStore(database);
    Map<CaseId, List<String>> histories = casesWithHistories(store, 40);
    RecordingPublisher publisher = new RecordingPublisher();
    List<Callable<Integer>> relays = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      OutboxRelay relay = new OutboxRelay(anotherNode(database), publisher, clock, "relay-" + r, 7, LEASE,
          Duration.ofSeconds(1), Duration.ofMinutes(10));
      relays.add(relay::relayAll);
    }

    List<Integer> delivered = Race.once(Duration.ofMinutes(1), relays);

    int total = histories.values().stream().mapToInt(List::size).sum();
    assertThat(delivered.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
    assertThat(publisher.ids()).as("with leases that never ran out, each message once").doesNotHaveDuplicates()
        .hasSize(total);
    histories.forEach((id, history) -> assertThat(publisher.idsOf(id)).as("messages of %s", id)
        .containsExactlyElementsOf(history));
    assertThat(store.pending(1_000)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aRelayThatDiesKeepsItsCasesUntilTheLeaseEndsThenAnotherDeliversThem(TestDatabase database)
      throws SQLException {
    JdbcAfterSalesStore store = freshStore(database);
    Map<CaseId, List<String>> histories = casesWithHistories(store, 4);
    Instant now = clock.instant();
    // The dead relay claimed the first message of every case, then vanished without publishing.
    List<OutboxMessage> claimedByTheDead = store.call("claim",
        c -> store.outbox().claim(c, now, 100, "dead-relay", LEASE)).stream()
        .map(OutboxTable.Claimed::message).toList();
    assertThat(claimedByTheDead).hasSize(histories.size());
    RecordingPublisher publisher = new RecordingPublisher();
    OutboxRelay survivor = new OutboxRelay(store, publisher, clock, "survivor", 10, LEASE, Duration.ofSeconds(1),
        Duration.ofMinutes(10));

    assertThat(survivor.relayAll()).as("while the lease holds, the cases wait").isZero();
    clock.set(now.plus(LEASE));
    survivor.relayAll();

    histories.forEach((id, history) -> assertThat(publisher.idsOf(id)).containsExactlyElementsOf(history));
  }

  @Test
  void badSettingsAreRefusedNamingTheSetting() throws SQLException {
    JdbcAfterSalesStore store = freshStore(TestDatabase.H2);
    OutboxPublisher publisher = message -> {};
    assertThatThrownBy(() -> new OutboxRelay(store, publisher, clock, "r", 0, LEASE, Duration.ofSeconds(1),
        Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize");
    assertThatThrownBy(() -> new OutboxRelay(store, publisher, clock, "r", 1, Duration.ZERO, Duration.ofSeconds(1),
        Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
    assertThatThrownBy(() -> new OutboxRelay(store, publisher, clock, "r", 1, LEASE, Duration.ofMinutes(2),
        Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetry");
    assertThatThrownBy(() -> new OutboxRelay(store, null, clock, "r", 1, LEASE, Duration.ofSeconds(1),
        Duration.ofMinutes(1))).isInstanceOf(NullPointerException.class).hasMessageContaining("publisher");
  }

  /**
   * A claim must lock only the rows it takes. On MariaDB an ORDER BY the outbox index cannot serve made
   * the claim sort, and so read and lock, every undelivered message: while one relay's claim was open,
   * another found nothing to send, and each claim cost as much as the whole backlog. (H2, for tests and
   * single-node hosts, locks every row its claim reads, so there one relay claims at a time.)
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
  void whileOneRelayHoldsItsClaimAnotherTakesTheOtherCases(TestDatabase database) throws SQLException {
    JdbcAfterSalesStore store = freshStore(database);
    Map<CaseId, List<String>> histories = casesWithHistories(store, 6);
    try (Connection held = database.newDataSource().getConnection()) {
      held.setAutoCommit(false); // the slow relay's transaction stays open
      JdbcAfterSalesStore slowNode = JdbcAfterSalesStore.open(ConnectionProvider.joining(() -> held), TABLES, clock);
      RecordingPublisher slow = new RecordingPublisher();
      new OutboxRelay(slowNode, slow, clock, "relay-slow", 2, LEASE, Duration.ofSeconds(1), Duration.ofMinutes(10))
          .relayOnce();
      assertThat(slow.ids()).hasSize(2);

      RecordingPublisher other = new RecordingPublisher();
      RelayResult result = new OutboxRelay(anotherNode(database), other, clock, "relay-2", 100, LEASE,
          Duration.ofSeconds(1), Duration.ofMinutes(10)).relayOnce();

      List<String> firstOfTheOtherCases = histories.values().stream().map(h -> h.get(0))
          .filter(id -> !slow.ids().contains(id)).toList();
      assertThat(result.claimed()).as("the first message of each of the 4 cases the slow relay does not hold")
          .isEqualTo(4);
      assertThat(other.ids()).containsExactlyInAnyOrderElementsOf(firstOfTheOtherCases);
      held.rollback();
    }
  }

  /**
   * One unreadable message must not stop the outbox: a claim that failed at it would fail on every
   * relay, every round, and no case's messages would go out. It is leased aside and logged, holding
   * back only its own case's later messages.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aMalformedMessageHoldsBackOnlyItsOwnCase(TestDatabase database) throws SQLException {
    JdbcAfterSalesStore store = freshStore(database);
    Map<CaseId, List<String>> histories = casesWithHistories(store, 3);
    List<CaseId> cases = new ArrayList<>(histories.keySet());
    String poisoned = histories.get(cases.get(0)).get(0);
    try (Connection c = pools.get(0).getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
        "UPDATE " + TABLES.outbox() + " SET payload = 'not json' WHERE message_id = ?")) {
      s.setString(1, poisoned);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    RecordingPublisher publisher = new RecordingPublisher();
    OutboxRelay relay = new OutboxRelay(store, publisher, clock, "relay-1", 5, LEASE, Duration.ofSeconds(1),
        Duration.ofMinutes(10));

    relay.relayAll();

    assertThat(publisher.idsOf(cases.get(0))).as("the poisoned case waits at its malformed message").isEmpty();
    for (CaseId other : cases.subList(1, 3)) {
      assertThat(publisher.idsOf(other)).as("messages of %s", other).containsExactlyElementsOf(histories.get(other));
    }
  }
}
