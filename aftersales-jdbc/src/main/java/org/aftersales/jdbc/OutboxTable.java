package org.aftersales.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.jdbc.dialect.Dialect;
import org.aftersales.store.OutboxMessage;

/**
 * The outbox table: undelivered messages in commit order, delivery marks, and claims for relays.
 * A relay claims only the oldest undelivered message of each case, so that a case's messages go out
 * in order however many relays run.
 */
final class OutboxTable {

  /** A claimed message and how often its delivery failed before. */
  record Claimed(OutboxMessage message, int attempts) {}

  private final Tables tables;
  private final Payloads payloads;
  private final LeaseClaims<Claimed> claims;

  OutboxTable(Dialect dialect, Tables tables, Payloads payloads) {
    this.tables = tables;
    this.payloads = payloads;
    this.claims = new LeaseClaims<>(dialect, tables.outbox(), "message_id",
        List.of("message_id", "payload", "attempts"),
        "q.delivered_at IS NULL AND q.eligible_at <= ? AND NOT EXISTS (SELECT 1 FROM " + tables.outbox()
            + " p WHERE p.case_id = q.case_id AND p.delivered_at IS NULL AND p.seq < q.seq)",
        "seq", true,
        row -> new Claimed(toMessage(row.getString("message_id"), row.getString("payload")), row.getInt("attempts")));
  }

  List<OutboxMessage> pending(Connection c, int limit) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT message_id, payload FROM " + tables.outbox()
        + " WHERE delivered_at IS NULL ORDER BY seq LIMIT ?")) {
      read.setInt(1, limit);
      List<OutboxMessage> messages = new ArrayList<>();
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          messages.add(toMessage(rows.getString(1), rows.getString(2)));
        }
      }
      return messages;
    }
  }

  void markDelivered(Connection c, Collection<String> ids, Instant at) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement mark = c.prepareStatement("UPDATE " + tables.outbox()
        + " SET delivered_at = ?, lease_owner = NULL WHERE message_id = ? AND delivered_at IS NULL")) {
      for (String id : ids) {
        mark.setLong(1, EpochNanos.of(at));
        mark.setString(2, id);
        mark.addBatch();
      }
      mark.executeBatch();
    }
  }

  List<Claimed> claim(Connection c, Instant now, int limit, String owner, Duration lease) throws SQLException {
    long nowNanos = EpochNanos.of(now);
    return claims.claim(c, statement -> {
      statement.setLong(1, nowNanos); // not leased, and past any retry delay
      return 2;
    }, limit, EpochNanos.of(now.plus(lease)), owner);
  }

  /** Puts a message whose delivery failed back, to be claimed again from retryAt; only its holder may. */
  void retryLater(Connection c, String id, String owner, Instant retryAt) throws SQLException {
    try (PreparedStatement retry = c.prepareStatement("UPDATE " + tables.outbox()
        + " SET attempts = attempts + 1, eligible_at = ?, lease_owner = NULL"
        + " WHERE message_id = ? AND lease_owner = ? AND delivered_at IS NULL")) {
      retry.setLong(1, EpochNanos.of(retryAt));
      retry.setString(2, id);
      retry.setString(3, owner);
      retry.executeUpdate();
    }
  }

  int purgeDeliveredBefore(Connection c, Instant cutoff) throws SQLException {
    try (PreparedStatement purge = c.prepareStatement(
        "DELETE FROM " + tables.outbox() + " WHERE delivered_at IS NOT NULL AND delivered_at < ?")) {
      purge.setLong(1, EpochNanos.of(cutoff));
      return purge.executeUpdate();
    }
  }

  private OutboxMessage toMessage(String id, String payload) {
    return OutboxMessage.of(payloads.read(payload, RecordedEvent.class, tables.outbox(), id));
  }
}
