package org.aftersales.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.TenantId;
import org.aftersales.jdbc.dialect.Dialect;
import org.aftersales.store.CaseCommit;
import org.aftersales.store.DueTimer;
import org.aftersales.store.DuplicateIdempotencyKeyException;
import org.aftersales.store.IdempotencyRecord;
import org.aftersales.store.OrderLineKey;
import org.aftersales.store.OutboxMessage;
import org.aftersales.store.StaleVersionException;

/**
 * Writes one {@link CaseCommit} on a connection already in a transaction, in the order the in-memory
 * store checks: the version-guarded case row (stale), the events, the timers, the outbox, the
 * idempotency record (duplicate key), the order-line claims (line in an open case). The database's
 * keys decide, not reads before the writes, so racing commits cannot both pass; a refusal is thrown
 * as the core's exception, or as {@link KeyTaken} where the holder must be read after the rollback.
 */
final class CommitWriter {

  /**
   * A unique key refused the commit: the case exists already, or an open case holds an order line.
   * Some databases (PostgreSQL) allow no further statement in the transaction, so the store rolls back
   * first and then reads who holds the key, to throw the core's exception.
   */
  static final class KeyTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The contested line, or null when the case itself exists. */
    final transient OrderLineKey line;

    KeyTaken(OrderLineKey line, SQLException cause) {
      super(line == null ? "the case exists" : line + " is held", cause);
      this.line = line;
    }
  }

  private static final List<String> TIMER_COLUMNS = List.of("timer_id", "tenant", "case_id", "deadline_id", "kind",
      "action", "reminder_before", "due_at", "eligible_at", "lease_owner");

  private final Dialect dialect;
  private final Tables tables;
  private final Payloads payloads;
  /** Built once rather than per commit: it depends only on the dialect and the table. */
  private final String upsertTimer;

  CommitWriter(Dialect dialect, Tables tables, Payloads payloads) {
    this.dialect = dialect;
    this.tables = tables;
    this.payloads = payloads;
    this.upsertTimer = dialect.upsert(tables.timers(), "timer_id", TIMER_COLUMNS);
  }

  void write(Connection c, CaseCommit commit) throws SQLException {
    writeCase(c, commit);
    writeEvents(c, commit.events());
    writeTimers(c, commit);
    writeOutbox(c, commit.outbox());
    writeIdempotency(c, commit.after(), commit.idempotency());
    writeLines(c, commit);
  }

  private void writeCase(Connection c, CaseCommit commit) throws SQLException {
    AfterSalesCase after = commit.after();
    if (commit.expectedVersion() == 0) {
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.cases()
          + " (case_id, tenant, version, state, buyer_id, awaiting, opened_at, updated_at, payload)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, after.id().value());
        insert.setString(2, after.tenant().value());
        insert.setLong(3, after.version());
        insert.setString(4, after.state().name());
        insert.setString(5, after.buyerId().value());
        insert.setString(6, after.awaiting().map(Enum::name).orElse(null));
        insert.setLong(7, EpochNanos.of(after.openedAt()));
        insert.setLong(8, EpochNanos.of(after.updatedAt()));
        insert.setString(9, payloads.write(after));
        insert.executeUpdate();
      } catch (SQLException e) {
        if (dialect.isUniqueViolation(e)) {
          throw new KeyTaken(null, e);
        }
        throw e;
      }
      return;
    }
    int updated;
    try (PreparedStatement update = c.prepareStatement("UPDATE " + tables.cases()
        + " SET version = ?, state = ?, buyer_id = ?, awaiting = ?, updated_at = ?, payload = ?"
        + " WHERE case_id = ? AND tenant = ? AND version = ?")) {
      update.setLong(1, after.version());
      update.setString(2, after.state().name());
      update.setString(3, after.buyerId().value());
      update.setString(4, after.awaiting().map(Enum::name).orElse(null));
      update.setLong(5, EpochNanos.of(after.updatedAt()));
      update.setString(6, payloads.write(after));
      update.setString(7, after.id().value());
      update.setString(8, after.tenant().value());
      update.setLong(9, commit.expectedVersion()); // the guard: only the version the command was decided on
      updated = update.executeUpdate();
    }
    if (updated != 1) {
      throw new StaleVersionException(after.id(), commit.expectedVersion(), storedVersion(c, after.tenant(), after.id()).orElse(0L));
    }
  }

  /** Returns the stored version of the tenant's case, if it has one: another tenant's case is not its business. */
  Optional<Long> storedVersion(Connection c, TenantId tenant, CaseId id) throws SQLException {
    try (PreparedStatement read = c.prepareStatement(
        "SELECT version FROM " + tables.cases() + " WHERE case_id = ? AND tenant = ?")) {
      read.setString(1, id.value());
      read.setString(2, tenant.value());
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    }
  }

  private void writeEvents(Connection c, List<RecordedEvent> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.events()
        + " (case_id, version, idx, tenant, type, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (RecordedEvent event : events) {
        insert.setString(1, event.caseId().value());
        insert.setLong(2, event.version());
        insert.setInt(3, event.index());
        insert.setString(4, event.tenant().value());
        insert.setString(5, event.event().getClass().getSimpleName());
        insert.setLong(6, EpochNanos.of(event.occurredAt()));
        insert.setString(7, payloads.write(event));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void writeTimers(Connection c, CaseCommit commit) throws SQLException {
    if (!commit.timerIdsToCancel().isEmpty()) {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + tables.timers() + " WHERE timer_id = ?")) {
        for (String id : commit.timerIdsToCancel()) {
          delete.setString(1, id);
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
    if (commit.timersToSchedule().isEmpty()) {
      return;
    }
    // A new timer is inserted, a moved one replaced, which also ends any lease on it, as in the in-memory
    // store. Not delete-then-insert: see Dialect.upsert for the MariaDB deadlock that caused.
    try (PreparedStatement upsert = c.prepareStatement(upsertTimer)) {
      for (DueTimer timer : commit.timersToSchedule()) {
        upsert.setString(1, timer.id());
        upsert.setString(2, timer.tenant().value());
        upsert.setString(3, timer.caseId().value());
        upsert.setString(4, timer.deadlineId().value());
        upsert.setString(5, timer.kind().name());
        upsert.setString(6, timer.action().name());
        upsert.setString(7, timer.reminderBefore().map(Object::toString).orElse(null));
        upsert.setLong(8, EpochNanos.of(timer.dueAt()));
        upsert.setLong(9, EpochNanos.of(timer.dueAt()));
        upsert.setNull(10, Types.VARCHAR); // no lease
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private void writeOutbox(Connection c, List<OutboxMessage.CaseEventMessage> messages) throws SQLException {
    if (messages.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.outbox()
        + " (message_id, tenant, case_id, type, kind, payload, attempts, eligible_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")) {
      for (OutboxMessage.CaseEventMessage message : messages) {
        insert.setString(1, message.id());
        insert.setString(2, message.event().tenant().value());
        insert.setString(3, message.event().caseId().value());
        insert.setString(4, message.type());
        insert.setString(5, OutboxTable.EVENT);
        insert.setString(6, payloads.write(message.event()));
        insert.setLong(7, Long.MIN_VALUE); // deliverable at once
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void writeIdempotency(Connection c, AfterSalesCase after, IdempotencyRecord record) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.idempotency()
        + " (tenant, idem_key, case_id, version, recorded_at, request) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, after.tenant().value());
      insert.setString(2, record.request().idempotencyKey().value());
      insert.setString(3, record.caseId().value());
      insert.setLong(4, record.version());
      insert.setLong(5, EpochNanos.of(after.updatedAt())); // the commit's time, which purging compares
      insert.setString(6, payloads.write(record.request()));
      insert.executeUpdate();
    } catch (SQLException e) {
      if (dialect.isUniqueViolation(e)) {
        throw new DuplicateIdempotencyKeyException(after.tenant(), record.request().idempotencyKey());
      }
      throw e;
    }
  }

  private void writeLines(Connection c, CaseCommit commit) throws SQLException {
    CaseId caseId = commit.after().id();
    if (!commit.linesToClaim().isEmpty()) {
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.lineClaims()
          + " (tenant, order_id, line_id, case_id) VALUES (?, ?, ?, ?)")) {
        for (OrderLineKey line : commit.linesToClaim()) {
          bind(insert, line);
          insert.setString(4, caseId.value());
          try {
            insert.executeUpdate();
          } catch (SQLException e) {
            if (dialect.isUniqueViolation(e)) {
              throw new KeyTaken(line, e);
            }
            throw e;
          }
        }
      }
    }
    if (!commit.linesToRelease().isEmpty()) {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + tables.lineClaims()
          + " WHERE tenant = ? AND order_id = ? AND line_id = ? AND case_id = ?")) {
        for (OrderLineKey line : commit.linesToRelease()) {
          bind(delete, line);
          delete.setString(4, caseId.value());
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
  }

  /** Returns the open case holding a line, if any. */
  Optional<CaseId> holderOf(Connection c, OrderLineKey line) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT case_id FROM " + tables.lineClaims()
        + " WHERE tenant = ? AND order_id = ? AND line_id = ?")) {
      bind(read, line);
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? Optional.of(CaseId.of(row.getString(1))) : Optional.empty();
      }
    }
  }

  private static void bind(PreparedStatement statement, OrderLineKey line) throws SQLException {
    statement.setString(1, line.tenant().value());
    statement.setString(2, line.orderId().value());
    statement.setString(3, line.lineId());
  }
}
