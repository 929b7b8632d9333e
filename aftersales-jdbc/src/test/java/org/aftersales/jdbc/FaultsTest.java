package org.aftersales.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.TenantPolicies;
import org.aftersales.application.UnknownTenantException;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.jdbc.testing.FaultyDataSource;
import org.aftersales.jdbc.testing.FaultyDataSource.Fault;
import org.aftersales.jdbc.testing.Nodes;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.store.CaseCommit;
import org.aftersales.store.DueTimer;
import org.aftersales.store.IdempotencyRecord;
import org.aftersales.store.OutboxMessage;
import org.aftersales.testing.Decisions;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Faults on each database: unreachable, a connection dropped mid-commit, a statement refused
 * mid-commit, an unknown tenant, malformed stored rows. Each is a typed error, and nothing is
 * half-written.
 */
class FaultsTest {

  private static final Tables TABLES = TestDatabase.tables("faults");
  private static final Instant T0 = Fixtures.WED_2025_03_05_10_00;

  private final MutableClock clock = new MutableClock(T0);
  private TestDatabase database;
  private org.aftersales.jdbc.testing.TinyPool plain;

  private JdbcAfterSalesStore setUp(TestDatabase db) throws SQLException {
    database = db;
    plain = db.newPool(2);
    TestDatabase.installFresh(plain, TABLES);
    return JdbcAfterSalesStore.open(ConnectionProvider.of(plain), TABLES, clock);
  }

  @AfterEach
  void dropTables() throws SQLException {
    TestDatabase.drop(plain, TABLES);
    plain.close();
  }

  /** Everything a commit on case c-1 or c-2 could touch. */
  private record Snapshot(Optional<AfterSalesCase> c1, Optional<AfterSalesCase> c2, List<RecordedEvent> h1,
      List<RecordedEvent> h2, List<OutboxMessage> outbox, long timers, List<Optional<IdempotencyRecord>> records,
      long lineClaims) {}

  private Snapshot snapshot(JdbcAfterSalesStore store) throws SQLException {
    return new Snapshot(store.load(Fixtures.SHOP, CaseId.of("c-1")), store.load(Fixtures.SHOP, CaseId.of("c-2")),
        store.history(Fixtures.SHOP, CaseId.of("c-1")), store.history(Fixtures.SHOP, CaseId.of("c-2")),
        store.pending(1_000), store.scheduledTimers(),
        List.of(store.recorded(Fixtures.SHOP, key("open-1")), store.recorded(Fixtures.SHOP, key("approve-1")),
            store.recorded(Fixtures.SHOP, key("open-2"))),
        Nodes.number(plain, "SELECT COUNT(*) FROM " + TABLES.lineClaims()));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aCommitFailingAtAnyStatementWritesNothing_andSucceedsOnceHealed(TestDatabase db) throws SQLException {
    JdbcAfterSalesStore checker = setUp(db);
    AfterSalesCase v1 = Decisions.open(CaseId.of("c-1"), CaseType.RETURN_AND_REFUND, key("open-1"), T0).after();
    checker.commit(Decisions.open(CaseId.of("c-1"), CaseType.RETURN_AND_REFUND, key("open-1"), T0));
    List<CaseCommit> commits = List.of(
        Decisions.decide(v1, Actor.MERCHANT, new CaseCommand.Approve(), key("approve-1"), T0.plusSeconds(60)),
        Decisions.open(Fixtures.SHOP, OrderId.of("other-order"), CaseId.of("c-2"), CaseType.EXCHANGE, key("open-2"),
            T0.plusSeconds(90)));
    for (Fault fault : Fault.values()) {
      for (CaseCommit commit : commits) {
        FaultyDataSource faulty = new FaultyDataSource(db.newDataSource(), db.newDataSource());
        JdbcAfterSalesStore store = JdbcAfterSalesStore.open(ConnectionProvider.of(faulty), TABLES, clock);
        Snapshot before = snapshot(checker);
        int failures = 0;
        for (int statement = 1; ; statement++) {
          faulty.failAtStatement(statement, fault);
          try {
            store.commit(commit);
          } catch (AfterSalesJdbcException e) {
            failures++;
            assertThat(e).as("%s at statement %s", fault, statement)
                .isInstanceOf(fault == Fault.DROP_CONNECTION ? DatabaseUnavailableException.class
                    : AfterSalesJdbcException.class)
                .hasMessageContaining("case " + commit.after().id());
            assertThat(snapshot(checker)).as("%s at statement %s wrote nothing", fault, statement).isEqualTo(before);
            continue;
          }
          break;
        }
        assertThat(failures).as("statements of a commit that could fail").isGreaterThanOrEqualTo(5);
        assertThat(checker.load(Fixtures.SHOP, commit.after().id())).contains(commit.after());
        assertThat(checker.history(Fixtures.SHOP, commit.after().id())).endsWith(
            commit.events().toArray(new RecordedEvent[0]));
        // Undo, for the next fault kind: the same commits again on a fresh copy of c-1 alone.
        TestDatabase.empty(plain, TABLES);
        checker.commit(Decisions.open(CaseId.of("c-1"), CaseType.RETURN_AND_REFUND, key("open-1"), T0));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void anUnreachableDatabaseIsATypedErrorAtStartupAndLater_andNothingIsWritten(TestDatabase db) throws SQLException {
    JdbcAfterSalesStore checker = setUp(db);
    javax.sql.DataSource nowhere = TestDatabase.forUrl(db.unreachableUrl());
    assertThatThrownBy(() -> JdbcAfterSalesStore.open(nowhere))
        .isInstanceOf(DatabaseUnavailableException.class).hasMessageContaining("opening the store");

    FaultyDataSource faulty = new FaultyDataSource(db.newDataSource(), nowhere);
    JdbcAfterSalesStore store = JdbcAfterSalesStore.open(ConnectionProvider.of(faulty), TABLES, clock);
    faulty.goDown();
    CaseCommit open = Decisions.open(CaseId.of("c-1"), CaseType.REFUND_ONLY, key("open-1"), T0);
    assertThatThrownBy(() -> store.commit(open)).isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("c-1");
    assertThatThrownBy(() -> store.claimDue(T0, 10, "node", Duration.ofMinutes(1)))
        .isInstanceOf(DatabaseUnavailableException.class);
    assertThatThrownBy(() -> store.load(Fixtures.SHOP, CaseId.of("c-1"))).isInstanceOf(DatabaseUnavailableException.class);
    assertThat(checker.load(Fixtures.SHOP, CaseId.of("c-1"))).isEmpty();
    faulty.heal();
    store.commit(open);
    assertThat(checker.load(Fixtures.SHOP, CaseId.of("c-1"))).contains(open.after());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void anUnknownTenantIsRefusedAndWritesNothing(TestDatabase db) throws SQLException {
    JdbcAfterSalesStore store = setUp(db);
    TenantPolicies onlyShop = tenant -> {
      if (!tenant.equals(Fixtures.SHOP)) {
        throw new UnknownTenantException(tenant);
      }
      return Fixtures.seedPolicy();
    };
    AfterSalesService service = new AfterSalesService(store, onlyShop, Fixtures.sequentialIds(), clock);
    CommandEnvelope stranger = CommandEnvelope.open(Fixtures.OTHER_SHOP, Actor.BUYER, Fixtures.BUYER, key("open-x"),
        Fixtures.openRequest(CaseType.REFUND_ONLY, org.aftersales.casefile.Reason.QUALITY_DEFECT));
    assertThatThrownBy(() -> service.handle(stranger)).isInstanceOf(UnknownTenantException.class)
        .hasMessageContaining(Fixtures.OTHER_SHOP.value());
    assertThat(Nodes.number(plain, "SELECT COUNT(*) FROM " + TABLES.cases())).isZero();
    assertThat(Nodes.number(plain, "SELECT COUNT(*) FROM " + TABLES.idempotency())).isZero();
    assertThat(store.find(org.aftersales.store.CaseQuery.all(Fixtures.OTHER_SHOP, 10)).cases()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void malformedStoredRowsAreTypedErrorsNamingTableAndRow_andNothingIsWritten(TestDatabase db) throws SQLException {
    JdbcAfterSalesStore store = setUp(db);
    AfterSalesService service = Nodes.service(store, Fixtures.seedPolicy(), clock);
    CaseId id = ((org.aftersales.application.CommandOutcome.Accepted) service.handle(CommandEnvelope.open(
        Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER, key("open-1"),
        Fixtures.openRequest(CaseType.REFUND_ONLY, org.aftersales.casefile.Reason.QUALITY_DEFECT)))).after().id();
    String messageId = store.pending(1).get(0).id();

    corrupt("UPDATE " + TABLES.cases() + " SET payload = '{\"id\":\"" + id + "\"}' WHERE case_id = ?", id.value());
    assertThatThrownBy(() -> store.load(Fixtures.SHOP, id)).isInstanceOfSatisfying(MalformedPayloadException.class,
        e -> {
          assertThat(e.table()).isEqualTo(TABLES.cases());
          assertThat(e.row()).isEqualTo(id.value());
        }).hasMessageContaining(TABLES.cases()).hasMessageContaining(id.value());
    assertThatThrownBy(() -> service.handle(CommandEnvelope.to(Fixtures.SHOP, id, Actor.MERCHANT,
        Fixtures.MERCHANT_STAFF, key("approve-1"), new CaseCommand.Approve())))
        .isInstanceOf(MalformedPayloadException.class);
    assertThat(Nodes.number(plain, "SELECT MAX(version) FROM " + TABLES.events())).as("nothing written").isEqualTo(1);
    assertThat(store.recorded(Fixtures.SHOP, key("approve-1"))).isEmpty();

    corrupt("UPDATE " + TABLES.events() + " SET payload = '{\"@type\":\"NoSuchEvent\"}' WHERE case_id = ? AND idx = 0",
        id.value());
    assertThatThrownBy(() -> store.history(Fixtures.SHOP, id)).isInstanceOf(MalformedPayloadException.class)
        .hasMessageContaining(TABLES.events()).hasMessageContaining(id + ":1:0");

    corrupt("UPDATE " + TABLES.outbox() + " SET payload = 'not json' WHERE message_id = ?", messageId);
    assertThatThrownBy(() -> store.pending(10)).isInstanceOf(MalformedPayloadException.class)
        .hasMessageContaining(TABLES.outbox()).hasMessageContaining(messageId);

    corrupt("UPDATE " + TABLES.idempotency() + " SET request = '[]' WHERE idem_key = ?", "open-1");
    assertThatThrownBy(() -> store.recorded(Fixtures.SHOP, key("open-1"))).isInstanceOf(MalformedPayloadException.class)
        .hasMessageContaining(TABLES.idempotency()).hasMessageContaining("shop-1/open-1");

  }

  /**
   * One unreadable timer must not stop every sweeper: a claim that failed at it would fail at it again
   * on every node, forever, and no default action of any case would happen. It is leased aside and
   * logged; the timers behind it are served.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aMalformedTimerIsLeasedAsideAndTheTimersBehindItAreServed(TestDatabase db) throws SQLException {
    JdbcAfterSalesStore store = setUp(db);
    AfterSalesService service = Nodes.service(store, Fixtures.seedPolicy(), clock);
    for (int i = 1; i <= 3; i++) {
      service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER, key("open-" + i),
          Fixtures.openRequest(org.aftersales.casefile.OrderId.of("order-" + i), CaseType.REFUND_ONLY,
              org.aftersales.casefile.Reason.QUALITY_DEFECT)));
    }
    Instant later = T0.plus(Duration.ofDays(31));
    long timers = Nodes.number(plain, "SELECT COUNT(*) FROM " + TABLES.timers());
    assertThat(timers).as("each case has its own timers").isGreaterThanOrEqualTo(3);
    String first = store.claimDue(later, 1, "probe", Duration.ofNanos(1)).get(0).id();
    corrupt("UPDATE " + TABLES.timers() + " SET kind = 'NO_SUCH_KIND' WHERE timer_id = ?", first);

    List<DueTimer> claimed = store.claimDue(later.plusSeconds(1), 100, "node", Duration.ofMinutes(1));

    assertThat(claimed).extracting(DueTimer::id).as("every readable timer, the malformed one left out")
        .hasSize((int) timers - 1).doesNotContain(first);
    assertThat(Nodes.number(plain, "SELECT COUNT(*) FROM " + TABLES.timers() + " WHERE lease_owner = 'node'"))
        .as("the malformed timer is leased with the rest, so the next claim does not stop at it").isEqualTo(timers);
    assertThat(store.claimDue(later.plus(Duration.ofMinutes(2)), 100, "node-2", Duration.ofMinutes(1)))
        .as("after the lease the readable ones come back, the malformed one stays aside").hasSize((int) timers - 1);
  }

  private void corrupt(String sql, String key) throws SQLException {
    try (Connection c = plain.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      assertThat(s.executeUpdate()).as(sql).isEqualTo(1);
    }
  }

  private static IdempotencyKey key(String value) {
    return IdempotencyKey.of(value);
  }
}
