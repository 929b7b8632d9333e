package org.aftersales.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.jdbc.testing.Nodes;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.jdbc.testing.TinyPool;
import org.aftersales.store.CaseCommit;
import org.aftersales.store.StaleVersionException;
import org.aftersales.testing.Decisions;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.MutableClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store inside the host's transaction ({@link ConnectionProvider#joining}): its writes commit or
 * roll back with the host's own, and a refused commit undoes only its own statements, leaving the
 * host's transaction usable.
 */
class HostTransactionTest {

  private static final Tables TABLES = TestDatabase.tables("host");
  private static final Instant T0 = Fixtures.WED_2025_03_05_10_00;

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void theStoreCommitsAndRollsBackWithTheHostsTransaction(TestDatabase db) throws SQLException {
    try (TinyPool pool = db.newPool(2)) {
      TestDatabase.installFresh(pool, TABLES);
      execute(pool, "DROP TABLE IF EXISTS t_host_orders");
      execute(pool, "CREATE TABLE t_host_orders (id VARCHAR(20) PRIMARY KEY)");
      JdbcAfterSalesStore outside = JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES, new MutableClock(T0));
      CaseCommit open = Decisions.open(CaseId.of("c-1"), CaseType.REFUND_ONLY, IdempotencyKey.of("open"), T0);

      try (Connection host = pool.getConnection()) {
        host.setAutoCommit(false);
        JdbcAfterSalesStore inside = JdbcAfterSalesStore.open(ConnectionProvider.joining(() -> host), TABLES,
            new MutableClock(T0));
        hostWrites(host, "o-1");
        inside.commit(open);
        assertThat(inside.load(Fixtures.SHOP, CaseId.of("c-1"))).as("seen inside").contains(open.after());
        host.rollback();
        assertThat(outside.load(Fixtures.SHOP, CaseId.of("c-1"))).as("rolled back with the host").isEmpty();
        assertThat(Nodes.number(pool, "SELECT COUNT(*) FROM t_host_orders")).isZero();

        hostWrites(host, "o-2");
        inside.commit(open);
        // A stale commit in the middle of the host's transaction undoes only itself.
        assertThatThrownBy(() -> inside.commit(open)).isInstanceOf(StaleVersionException.class);
        AfterSalesCase v1 = open.after();
        CaseCommit approve = Decisions.decide(v1, Actor.MERCHANT, new CaseCommand.Approve(),
            IdempotencyKey.of("approve"), T0.plusSeconds(5));
        inside.commit(approve);
        assertThat(outside.load(Fixtures.SHOP, CaseId.of("c-1"))).as("not visible before the host commits").isEmpty();
        host.commit();
        host.setAutoCommit(true);
      }
      assertThat(outside.load(Fixtures.SHOP, CaseId.of("c-1"))).contains(approve(open));
      assertThat(outside.history(Fixtures.SHOP, CaseId.of("c-1"))).hasSize(open.events().size()
          + Decisions.decide(open.after(), Actor.MERCHANT, new CaseCommand.Approve(), IdempotencyKey.of("approve"),
              T0.plusSeconds(5)).events().size());
      assertThat(Nodes.number(pool, "SELECT COUNT(*) FROM t_host_orders")).isEqualTo(1);
      execute(pool, "DROP TABLE t_host_orders");
      TestDatabase.drop(pool, TABLES);
    }
  }

  private static AfterSalesCase approve(CaseCommit open) {
    return Decisions.decide(open.after(), Actor.MERCHANT, new CaseCommand.Approve(), IdempotencyKey.of("approve"),
        T0.plusSeconds(5)).after();
  }

  private static void hostWrites(Connection host, String order) throws SQLException {
    try (Statement s = host.createStatement()) {
      s.execute("INSERT INTO t_host_orders (id) VALUES ('" + order + "')");
    }
  }

  private static void execute(TinyPool pool, String sql) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
