package org.aftersales.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.TenantId;
import org.aftersales.store.CasePage;
import org.aftersales.store.CaseQuery;

/** Reads cases and histories, always within one tenant; lists page by (opening instant, case id). */
final class CaseReader {

  private final Tables tables;
  private final Payloads payloads;

  CaseReader(Tables tables, Payloads payloads) {
    this.tables = tables;
    this.payloads = payloads;
  }

  Optional<AfterSalesCase> load(Connection c, TenantId tenant, CaseId caseId) throws SQLException {
    try (PreparedStatement read = c.prepareStatement(
        "SELECT payload FROM " + tables.cases() + " WHERE case_id = ? AND tenant = ?")) {
      read.setString(1, caseId.value());
      read.setString(2, tenant.value());
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? Optional.of(toCase(row.getString(1), caseId.value())) : Optional.empty();
      }
    }
  }

  List<RecordedEvent> history(Connection c, TenantId tenant, CaseId caseId) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT version, idx, payload FROM " + tables.events()
        + " WHERE case_id = ? AND tenant = ? ORDER BY version, idx")) {
      read.setString(1, caseId.value());
      read.setString(2, tenant.value());
      List<RecordedEvent> events = new ArrayList<>();
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          String key = caseId.value() + ":" + rows.getLong(1) + ":" + rows.getInt(2);
          events.add(payloads.read(rows.getString(3), RecordedEvent.class, tables.events(), key));
        }
      }
      return events;
    }
  }

  CasePage find(Connection c, CaseQuery query, Optional<Cursor> after) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT case_id, payload FROM " + tables.cases() + " WHERE tenant = ?");
    List<Object> parameters = new ArrayList<>();
    parameters.add(query.tenant().value());
    query.state().ifPresent(state -> {
      sql.append(" AND state = ?");
      parameters.add(state.name());
    });
    query.buyer().ifPresent(buyer -> {
      sql.append(" AND buyer_id = ?");
      parameters.add(buyer.value());
    });
    query.awaiting().ifPresent(actor -> {
      sql.append(" AND awaiting = ?");
      parameters.add(actor.name());
    });
    after.ifPresent(cursor -> {
      long openedAt = EpochNanos.of(cursor.openedAt());
      sql.append(" AND (opened_at > ? OR (opened_at = ? AND case_id > ?))");
      parameters.add(openedAt);
      parameters.add(openedAt);
      parameters.add(cursor.caseId());
    });
    sql.append(" ORDER BY opened_at, case_id LIMIT ?");
    parameters.add(query.limit() + 1); // one more, to tell whether a next page exists
    List<AfterSalesCase> cases = new ArrayList<>();
    try (PreparedStatement read = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        read.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          cases.add(toCase(rows.getString(2), rows.getString(1)));
        }
      }
    }
    boolean more = cases.size() > query.limit();
    List<AfterSalesCase> page = more ? cases.subList(0, query.limit()) : cases;
    return new CasePage(page, more ? Optional.of(CasePage.cursorAfter(page.get(page.size() - 1))) : Optional.empty());
  }

  private AfterSalesCase toCase(String payload, String caseId) {
    return payloads.read(payload, AfterSalesCase.class, tables.cases(), caseId);
  }
}
