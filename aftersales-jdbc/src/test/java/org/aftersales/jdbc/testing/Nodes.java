package org.aftersales.jdbc.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CommandOutcome;
import org.aftersales.application.TenantPolicies;
import org.aftersales.application.TenantPolicy;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.jdbc.ConnectionProvider;
import org.aftersales.jdbc.JdbcAfterSalesStore;
import org.aftersales.jdbc.Tables;
import org.aftersales.store.AfterSalesStore;
import org.aftersales.testing.Fixtures;

/** Application nodes on a database for the multi-node tests: stores, services, seeding and counting by SQL. */
public final class Nodes {

  private Nodes() {}

  /**
   * The seed policy, but the merchant's response has no reminder: each case then has exactly one due
   * timer, its merchant-response deadline (24 h, default action: approve).
   */
  public static TenantPolicy oneTimerPerCase() {
    SlaPolicy sla = SlaPolicy.seedBuilder()
        .rule(DeadlineKind.MERCHANT_RESPONSE, SlaRule.of(SlaLimit.hours(24), DefaultAction.APPROVE))
        .build();
    return TenantPolicy.of(sla, WeekendsOnlyCalendar.of(Fixtures.SHANGHAI), Fixtures.WAREHOUSE);
  }

  /** A service on a store of its own over a data source: one application node. */
  public static AfterSalesService service(AfterSalesStore store, TenantPolicy policy, Clock clock) {
    AtomicLong next = new AtomicLong();
    return new AfterSalesService(store, TenantPolicies.same(policy),
        () -> CaseId.of("case-" + Thread.currentThread().getId() + "-" + next.incrementAndGet()), clock);
  }

  /**
   * Opens {@code count} refund-only cases, each on an order of its own, in a few large transactions
   * (the store joined to a transaction the test commits every 500 cases), which is much faster than a
   * transaction per case; returns their ids.
   */
  public static List<CaseId> openCases(DataSource ds, Tables tables, TenantPolicy policy, Clock clock, int count)
      throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      JdbcAfterSalesStore bulk = JdbcAfterSalesStore.open(ConnectionProvider.joining(() -> c), tables, clock);
      AtomicLong next = new AtomicLong();
      AfterSalesService service = new AfterSalesService(bulk, TenantPolicies.same(policy),
          () -> CaseId.of(String.format("case-%06d", next.incrementAndGet())), clock);
      List<CaseId> ids = new java.util.ArrayList<>();
      for (int i = 0; i < count; i++) {
        CommandOutcome outcome = service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER,
            IdempotencyKey.of("open-" + i), Fixtures.openRequest(OrderId.of("order-" + i), CaseType.REFUND_ONLY,
                Reason.QUALITY_DEFECT)));
        ids.add(((CommandOutcome.Accepted) outcome).after().id());
        if (i % 500 == 499) {
          c.commit();
        }
      }
      c.commit();
      c.setAutoCommit(true);
      return ids;
    }
  }

  /** Returns, per case, how many rows of a table have a type (events or outbox messages). */
  public static Map<String, Integer> countByCase(DataSource ds, String table, String type) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT case_id, COUNT(*) FROM " + table + " WHERE type = ? GROUP BY case_id")) {
      s.setString(1, type);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return counts;
  }

  /** Returns a single number a query answers. */
  public static long number(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql);
        ResultSet row = s.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Returns a case as stored, or fails. */
  public static AfterSalesCase current(JdbcAfterSalesStore store, CaseId id) {
    return store.load(Fixtures.SHOP, id).orElseThrow();
  }
}
