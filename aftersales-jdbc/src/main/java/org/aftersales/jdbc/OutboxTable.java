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
import java.util.Objects;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.jdbc.dialect.Dialect;
import org.aftersales.store.Notice;
import org.aftersales.store.OutboxMessage;

/**
 * The outbox table: undelivered messages in commit order, delivery marks, and claims for relays.
 * A row is a case's event (kind {@value #EVENT}) or a notice ({@value #NOTICE}); its {@code case_id}
 * column holds the message's {@linkplain OutboxMessage#key() key}, the case id or the notice's key.
 * A relay claims only the oldest undelivered message of each key, so that a case's (or a notice
 * key's) messages go out in order however many relays run.
 */
final class OutboxTable {

  /** A claimed message and how often its delivery failed before. */
  record Claimed(OutboxMessage message, int attempts) {}

  /** The kind of a case event's row; version 1 wrote only these, and the column defaults to it. */
  static final String EVENT = "event";
  /** The kind of a notice's row. */
  static final String NOTICE = "notice";

  /** The longest message id and key the columns hold. */
  private static final int MAX_ID_LENGTH = 255;
  /** The longest message type the column holds. */
  private static final int MAX_TYPE_LENGTH = 64;

  private final Tables tables;
  private final Payloads payloads;
  private final LeaseClaims<Claimed> claims;
  private final InsertIfAbsent insertNotice;

  OutboxTable(Dialect dialect, Tables tables, Payloads payloads) {
    this.tables = tables;
    this.payloads = payloads;
    this.insertNotice = new InsertIfAbsent(dialect, tables.outbox(), List.of("message_id"),
        List.of("message_id", "tenant", "case_id", "type", "kind", "payload", "attempts", "eligible_at"));
    this.claims = new LeaseClaims<>(dialect, tables.outbox(), "message_id",
        List.of("message_id", "kind", "payload", "attempts"),
        "q.delivered_at IS NULL AND q.eligible_at <= ? AND NOT EXISTS (SELECT 1 FROM " + tables.outbox()
            + " p WHERE p.case_id = q.case_id AND p.delivered_at IS NULL AND p.seq < q.seq)",
        "seq", true,
        row -> new Claimed(toMessage(row.getString("message_id"), row.getString("kind"), row.getString("payload")),
            row.getInt("attempts")));
  }

  List<OutboxMessage> pending(Connection c, int limit) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT message_id, kind, payload FROM " + tables.outbox()
        + " WHERE delivered_at IS NULL ORDER BY seq LIMIT ?")) {
      read.setInt(1, limit);
      List<OutboxMessage> messages = new ArrayList<>();
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          messages.add(toMessage(rows.getString(1), rows.getString(2), rows.getString(3)));
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

  /**
   * Checks that notices fit the columns before anything is written: ids and keys of at most 255 ASCII
   * characters (the identifier columns compare byte-wise), a type of at most 64.
   *
   * @throws NullPointerException if notices or any of them is null
   * @throws IllegalArgumentException if a notice does not fit
   */
  static List<Notice> checkedNotices(Collection<Notice> notices) {
    Objects.requireNonNull(notices, "notices");
    List<Notice> copy = new ArrayList<>(notices.size());
    for (Notice notice : notices) {
      Objects.requireNonNull(notice, "notice");
      ColumnFit.ascii(notice.id(), MAX_ID_LENGTH, "notice id");
      ColumnFit.ascii(notice.key(), MAX_ID_LENGTH, "key of notice " + notice.id());
      ColumnFit.ascii(notice.type(), MAX_TYPE_LENGTH, "type of notice " + notice.id());
      copy.add(notice);
    }
    return copy;
  }

  /** Appends notices checked by {@link #checkedNotices}, after every message written before; a pending or delivered id is skipped. */
  void append(Connection c, List<Notice> notices) throws SQLException {
    if (notices.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement(insertNotice.sql())) {
      for (Notice notice : notices) {
        // The key goes where a case id goes, ordering delivery; deliverable at once, as an event is.
        insertNotice.bind(insert, notice.id(), notice.tenant().value(), notice.key(), notice.type(), NOTICE,
            payloads.write(notice), 0, Long.MIN_VALUE);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private OutboxMessage toMessage(String id, String kind, String payload) {
    if (NOTICE.equals(kind)) {
      return OutboxMessage.of(payloads.read(payload, Notice.class, tables.outbox(), id));
    }
    if (!EVENT.equals(kind)) {
      throw new MalformedPayloadException(tables.outbox(), id, new IllegalStateException("unknown message kind '" + kind + "'"));
    }
    return OutboxMessage.of(payloads.read(payload, RecordedEvent.class, tables.outbox(), id));
  }
}
