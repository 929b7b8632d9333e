package org.aftersales.jdbc.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.jdbc.ConnectionProvider;
import org.aftersales.jdbc.JdbcAfterSalesStore;
import org.aftersales.jdbc.OutboxRelay;
import org.aftersales.jdbc.Tables;
import org.aftersales.jdbc.dialect.Dialects;
import org.aftersales.jdbc.json.AfterSalesJson;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.jdbc.testing.TinyPool;
import org.aftersales.store.Notice;
import org.aftersales.store.OutboxMessage;
import org.aftersales.testing.Decisions;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An outbox written by schema version 1 still relays after migration 2 adds the message kind. */
class OutboxMigrationTest {

  private static final Tables TABLES = TestDatabase.tables("migrate");

  private final MutableClock clock = new MutableClock(Fixtures.WED_2025_03_05_10_00);
  private TinyPool pool;

  @AfterEach
  void dropTables() throws SQLException {
    TestDatabase.drop(pool, TABLES);
    pool.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void anEventWrittenByVersion1IsRelayedAfterMigratingToVersion2_thenANoticeBehindIt(TestDatabase db) throws SQLException {
    pool = db.newPool(2);
    TestDatabase.drop(pool, TABLES);
    RecordedEvent event = Decisions.open(CaseId.of("c-1"), CaseType.REFUND_ONLY, IdempotencyKey.of("open-1"),
        Fixtures.WED_2025_03_05_10_00).events().get(0);
    try (Connection c = pool.getConnection()) {
      String dialect = Dialects.detect(c.getMetaData()).name();
      try (Statement s = c.createStatement()) {
        for (int version = 0; version <= 1; version++) {
          for (String sql : SchemaScripts.statements(SchemaScripts.text(dialect, version, TABLES))) {
            s.execute(sql);
          }
        }
      }
      // The row as version 1's commit wrote it: no kind column yet.
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLES.outbox()
          + " (message_id, tenant, case_id, type, payload, attempts, eligible_at) VALUES (?, ?, ?, ?, ?, 0, ?)")) {
        insert.setString(1, event.id());
        insert.setString(2, event.tenant().value());
        insert.setString(3, event.caseId().value());
        insert.setString(4, event.event().getClass().getSimpleName());
        insert.setString(5, new AfterSalesJson().write(event));
        insert.setLong(6, Long.MIN_VALUE);
        insert.executeUpdate();
      }
    }

    assertThat(new SchemaInstaller(ConnectionProvider.of(pool), TABLES).install()).as("found version 1").isEqualTo(1);
    JdbcAfterSalesStore store = JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES, clock);
    Notice notice = Notice.of("n-1", event.tenant(), "ReturnRateJumped", "return-rate:MUG", event.occurredAt(),
        Map.of("z", "3.1"));
    store.append(List.of(notice));

    List<OutboxMessage> published = new ArrayList<>();
    OutboxRelay.of(store, published::add, clock, "relay-1").relayAll();
    assertThat(published).containsExactly(OutboxMessage.of(event), OutboxMessage.of(notice));
  }
}
