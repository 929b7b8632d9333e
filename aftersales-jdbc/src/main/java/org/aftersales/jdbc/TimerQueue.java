package org.aftersales.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.DeadlineId;
import org.aftersales.casefile.TenantId;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.jdbc.dialect.Dialect;
import org.aftersales.store.DueTimer;

/** The timer table as a queue: claims with a lease, releases, a count. */
final class TimerQueue {

  private static final List<String> COLUMNS = List.of("timer_id", "tenant", "case_id", "deadline_id", "kind",
      "action", "reminder_before", "due_at");

  private final Tables tables;
  private final LeaseClaims<DueTimer> claims;

  TimerQueue(Dialect dialect, Tables tables) {
    this.tables = tables;
    this.claims = new LeaseClaims<>(dialect, tables.timers(), "timer_id", COLUMNS, "q.eligible_at <= ?",
        "eligible_at", false, this::toTimer);
  }

  List<DueTimer> claimDue(Connection c, Instant now, int limit, String owner, Duration lease) throws SQLException {
    long nowNanos = EpochNanos.of(now);
    return claims.claim(c, statement -> {
      statement.setLong(1, nowNanos); // due, and any lease on it has ended
      return 2;
    }, limit, EpochNanos.of(now.plus(lease)), owner);
  }

  void release(Connection c, String timerId, String owner, Instant retryAt) throws SQLException {
    try (PreparedStatement release = c.prepareStatement("UPDATE " + tables.timers()
        + " SET eligible_at = ?, lease_owner = NULL WHERE timer_id = ? AND lease_owner = ?")) {
      release.setLong(1, EpochNanos.of(retryAt));
      release.setString(2, timerId);
      release.setString(3, owner); // only the holder gives a timer back
      release.executeUpdate();
    }
  }

  long count(Connection c) throws SQLException {
    try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM " + tables.timers());
        ResultSet row = count.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private DueTimer toTimer(ResultSet row) throws SQLException {
    String id = row.getString("timer_id");
    try {
      String reminder = row.getString("reminder_before");
      return new DueTimer(id, TenantId.of(row.getString("tenant")), CaseId.of(row.getString("case_id")),
          DeadlineId.of(row.getString("deadline_id")), DeadlineKind.valueOf(row.getString("kind")),
          DefaultAction.valueOf(row.getString("action")), Optional.ofNullable(reminder).map(Duration::parse),
          EpochNanos.toInstant(row.getLong("due_at")));
    } catch (RuntimeException e) {
      throw new MalformedPayloadException(tables.timers(), id, e);
    }
  }
}
