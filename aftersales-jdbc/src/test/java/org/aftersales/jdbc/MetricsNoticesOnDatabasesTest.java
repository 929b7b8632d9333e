package org.aftersales.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.TenantId;
import org.aftersales.jdbc.testing.FaultyDataSource;
import org.aftersales.jdbc.testing.FaultyDataSource.Fault;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.jdbc.testing.TinyPool;
import org.aftersales.money.Money;
import org.aftersales.policy.alert.JumpState;
import org.aftersales.policy.metrics.CaseTrack;
import org.aftersales.policy.metrics.CounterNames;
import org.aftersales.policy.metrics.MetricKey;
import org.aftersales.policy.metrics.MetricsUpdate;
import org.aftersales.store.Notice;
import org.aftersales.store.OutboxMessage;
import org.aftersales.testing.Decisions;
import org.aftersales.testing.MutableClock;
import org.aftersales.casefile.IdempotencyKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Notices written with a metrics commit, on each database: relayed exactly once and in order per key,
 * and a commit failing at any of its statements leaves nothing, notices included.
 */
class MetricsNoticesOnDatabasesTest {

  private static final Tables TABLES = TestDatabase.tables("notices");
  private static final TenantId SHOP = TenantId.of("shop-1");
  private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
  private static final LocalDate MON = LocalDate.of(2026, 3, 2);

  private final MutableClock clock = new MutableClock(T0);
  private TinyPool pool;
  private JdbcAfterSalesStore store;
  private JdbcMetricsStore metrics;

  private void setUp(TestDatabase db) throws SQLException {
    pool = db.newPool(4);
    TestDatabase.installFresh(pool, TABLES);
    store = JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES, clock);
    metrics = JdbcMetricsStore.open(ConnectionProvider.of(pool), TABLES);
  }

  @AfterEach
  void dropTables() throws SQLException {
    TestDatabase.drop(pool, TABLES);
    pool.close();
  }

  private static CaseTrack track(String caseId, int index) {
    return new CaseTrack(CaseId.of(caseId), SHOP, OrderId.of("o-" + caseId), CaseType.RETURN_AND_REFUND,
        List.of(OrderLine.of("l1", "MUG", 2, Money.of(10_000, "CNY"))), T0, MON, 1, index,
        EnumSet.noneOf(CaseTrack.Mark.class), Map.of());
  }

  private static Notice notice(String id, String key) {
    return Notice.of(id, SHOP, "ReturnRateJumped", key, T0, Map.of("recentReturned", "7", "baselineRate", "0.05"));
  }

  private static MetricsUpdate withNotices(String caseId, List<Notice> notices) {
    return new MetricsUpdate(track(caseId, 0), Optional.empty(),
        Map.of(new MetricKey(SHOP, "MUG", MON), Map.of(CounterNames.OPENED, 1L)), List.of(), notices);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aNoticeCommittedWithTheMetricsIsRelayedExactlyOnce_besideTheCasesEvents(TestDatabase db) throws SQLException {
    setUp(db);
    store.commit(Decisions.open(CaseId.of("c-1"), CaseType.RETURN_AND_REFUND, IdempotencyKey.of("open-1"), T0));
    Notice alert = notice("return-rate-jump:c-9:1:0:MUG", "return-rate:MUG");
    metrics.commit(withNotices("c-9", List.of(alert)));

    List<OutboxMessage> published = new ArrayList<>();
    OutboxRelay relay = OutboxRelay.of(store, published::add, clock, "relay-1");
    relay.relayAll();
    clock.advance(Duration.ofMinutes(5));
    relay.relayAll();

    assertThat(published.stream().filter(m -> m.id().equals(alert.id()))).containsExactly(OutboxMessage.of(alert));
    assertThat(published.stream().filter(m -> m instanceof OutboxMessage.CaseEventMessage)).isNotEmpty();
    assertThat(published).extracting(OutboxMessage::id).doesNotHaveDuplicates();
    assertThat(store.pending(100)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aFailedNoticeHoldsBackOnlyTheNoticesOfItsKey(TestDatabase db) throws SQLException {
    setUp(db);
    metrics.commit(withNotices("c-1", List.of(notice("n-1", "return-rate:MUG"), notice("n-2", "return-rate:MUG"),
        notice("n-3", "return-rate:LAMP"))));
    List<String> published = new ArrayList<>();
    boolean[] failedOnce = {false};
    OutboxRelay relay = OutboxRelay.of(store, message -> {
      if (message.id().equals("n-1") && !failedOnce[0]) {
        failedOnce[0] = true;
        throw new IllegalStateException("broker down");
      }
      published.add(message.id());
    }, clock, "relay-1");

    relay.relayAll();
    assertThat(published).containsExactly("n-3");
    clock.advance(Duration.ofSeconds(2));
    relay.relayAll();
    assertThat(published).containsExactly("n-3", "n-1", "n-2");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aMetricsCommitFailingAtAnyStatementWritesNothing_andSucceedsOnceHealed(TestDatabase db) throws SQLException {
    setUp(db);
    JumpState armed = new JumpState(SHOP, "MUG", true, 1);
    metrics.commit(new MetricsUpdate(track("c-1", 0), Optional.empty(), Map.of(), List.of(armed), List.of()));
    MetricsUpdate update = new MetricsUpdate(track("c-1", 1), Optional.of("c-1:1:0"), Map.of(
        new MetricKey(SHOP, "MUG", MON), Map.of(CounterNames.RETURNS_SHIPPED_UNITS, 2L, CounterNames.RETURNED_UNITS, 2L),
        new MetricKey(SHOP, MetricKey.ALL_PRODUCTS, MON), Map.of(CounterNames.RETURNED_UNITS, 2L)),
        List.of(armed.changedTo(false)), List.of(notice("n-1", "return-rate:MUG")));

    for (Fault fault : Fault.values()) {
      FaultyDataSource faulty = new FaultyDataSource(db.newDataSource(), db.newDataSource());
      JdbcMetricsStore failing = JdbcMetricsStore.open(ConnectionProvider.of(faulty), TABLES);
      List<Object> before = snapshot();
      int failures = 0;
      for (int statement = 1; ; statement++) {
        faulty.failAtStatement(statement, fault);
        try {
          failing.commit(update);
        } catch (AfterSalesJdbcException e) {
          failures++;
          assertThat(e).as("%s at statement %s", fault, statement)
              .isInstanceOf(fault == Fault.DROP_CONNECTION ? DatabaseUnavailableException.class
                  : AfterSalesJdbcException.class)
              .hasMessageContaining("c-1:1:1");
          assertThat(snapshot()).as("%s at statement %s wrote nothing", fault, statement).isEqualTo(before);
          continue;
        }
        break;
      }
      assertThat(failures).as("statements of the commit: track, alert state, counters, notices").isEqualTo(4);
      assertThat(metrics.track(SHOP, CaseId.of("c-1"))).contains(track("c-1", 1));
      assertThat(metrics.jumpState(SHOP, "MUG")).contains(armed.changedTo(false));
      assertThat(metrics.counters(SHOP, "MUG", MON, MON.plusDays(1)).get(CounterNames.RETURNED_UNITS)).isEqualTo(2);
      assertThat(store.pending(10)).extracting(OutboxMessage::id).containsExactly("n-1");
      // Undo, for the next fault kind.
      TestDatabase.empty(pool, TABLES);
      metrics.commit(new MetricsUpdate(track("c-1", 0), Optional.empty(), Map.of(), List.of(armed), List.of()));
    }
  }

  private List<Object> snapshot() {
    return List.of(metrics.track(SHOP, CaseId.of("c-1")), metrics.jumpState(SHOP, "MUG"),
        metrics.counters(SHOP, "MUG", MON, MON.plusDays(1)), metrics.counters(SHOP, MetricKey.ALL_PRODUCTS, MON, MON.plusDays(1)),
        store.pending(10));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void aNoticeThatCannotFitTheOutboxIsRefusedAndNothingIsWritten(TestDatabase db) throws SQLException {
    setUp(db);
    assertThatThrownBy(() -> metrics.commit(withNotices("c-1", List.of(notice("n-1", "return-rate:杯子")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ASCII");
    assertThatThrownBy(() -> store.append(List.of(notice("n".repeat(256), "k"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("255");
    assertThat(metrics.track(SHOP, CaseId.of("c-1"))).isEmpty();
    assertThat(store.pending(10)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void noticesAppendedDirectlyAreDeduplicatedByIdAndAnUnknownKindIsAMalformedRow(TestDatabase db) throws SQLException {
    setUp(db);
    store.append(List.of(notice("n-1", "k"), notice("n-2", "k")));
    store.append(List.of(notice("n-1", "k")));
    assertThat(store.pending(10)).extracting(OutboxMessage::id).containsExactly("n-1", "n-2");

    try (Connection c = pool.getConnection();
        PreparedStatement corrupt = c.prepareStatement("UPDATE " + TABLES.outbox() + " SET kind = 'bogus' WHERE message_id = ?")) {
      corrupt.setString(1, "n-2");
      corrupt.executeUpdate();
    }
    assertThatThrownBy(() -> store.pending(10)).isInstanceOf(MalformedPayloadException.class)
        .hasMessageContaining(TABLES.outbox()).hasMessageContaining("n-2");
  }
}
