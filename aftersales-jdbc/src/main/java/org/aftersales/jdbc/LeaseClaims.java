package org.aftersales.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.aftersales.jdbc.dialect.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leases rows of a queue table (timers, outbox messages) to an owner: rows whose {@code eligible_at}
 * has come are locked with {@code FOR UPDATE SKIP LOCKED}, so that claimers never wait for each other
 * nor take the same row, and their {@code eligible_at} moves to the lease's end. On PostgreSQL one
 * {@code UPDATE ... RETURNING} does it; elsewhere a locking {@code SELECT} and an {@code UPDATE} in the
 * same transaction.
 *
 * <p>A row that cannot be read (a malformed payload) is leased like the others but not returned, and
 * logged as an error naming it: it stays out of the way until its lease ends, and the rows behind it
 * are still served, where failing the whole claim would stop the queue for every case at that row.
 *
 * @param <T> what a claimed row becomes
 */
final class LeaseClaims<T> {

  private static final Logger log = LoggerFactory.getLogger(LeaseClaims.class);

  /** Reads one claimed row; the result set is positioned on it. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Binds the condition's parameters, starting at index 1. */
  @FunctionalInterface
  interface Binder {
    int bind(PreparedStatement statement) throws SQLException;
  }

  private final boolean oneStatement;
  private final String table;
  private final RowReader<T> reader;
  /** The claim statement, built once: it depends only on the table and the dialect. */
  private final String claimSql;
  /** The lease update after the locking select, or null when the claim takes one statement. */
  private final String leaseSql;

  /**
   * @param table the queue table, aliased {@code q} in the condition
   * @param key its primary key column
   * @param columns the columns the reader reads, unqualified
   * @param condition which rows may be claimed, over alias {@code q}
   * @param order the column the claim takes rows in, then by key unless {@code orderIsUnique}
   * @param orderIsUnique whether the order column is unique, so that the claim orders by it alone: a
   *     tie-break column the index does not hold makes MariaDB sort every candidate row, reading and
   *     locking them all, so one claim would hold every row and other claimers would find nothing
   */
  LeaseClaims(Dialect dialect, String table, String key, List<String> columns, String condition, String order,
      boolean orderIsUnique, RowReader<T> reader) {
    this.oneStatement = dialect.claimsInOneStatement();
    this.table = table;
    this.reader = reader;
    String orderBy = orderIsUnique ? "q." + order : "q." + order + ", q." + key;
    String candidates = " FROM " + table + " q WHERE " + condition + " ORDER BY " + orderBy + " LIMIT ?"
        + dialect.forUpdateSkipLocked();
    if (oneStatement) {
      this.claimSql = "WITH due AS (SELECT q." + key + ", q." + order + " AS claim_order" + candidates + ") "
          + "UPDATE " + table + " t SET eligible_at = ?, lease_owner = ? FROM due WHERE t." + key + " = due." + key
          + " RETURNING " + qualified("t", columns) + ", due.claim_order, t." + key + " AS claim_key";
      this.leaseSql = null;
    } else {
      this.claimSql = "SELECT " + qualified("q", columns) + ", q." + order + " AS claim_order, q." + key
          + " AS claim_key" + candidates;
      this.leaseSql = "UPDATE " + table + " SET eligible_at = ?, lease_owner = ? WHERE " + key + " = ?";
    }
  }

  private static String qualified(String alias, List<String> columns) {
    return columns.stream().map(column -> alias + "." + column).collect(Collectors.joining(", "));
  }

  /** A claimed row with the order it was claimed in; row is null if it could not be read. */
  private record Claimed<T>(T row, long claimOrder, String key) {}

  /** Reads the claimed row the result set is on; a malformed one is logged and kept as a null row, to be leased. */
  private Claimed<T> read(ResultSet rows, String owner) throws SQLException {
    String claimKey = rows.getString("claim_key");
    long claimOrder = rows.getLong("claim_order");
    try {
      return new Claimed<>(reader.read(rows), claimOrder, claimKey);
    } catch (MalformedPayloadException e) {
      log.error("{} row {} cannot be read; {} leases it aside and serves the rows behind it", table, claimKey,
          owner, e);
      return new Claimed<>(null, claimOrder, claimKey);
    }
  }

  List<T> claim(Connection c, Binder condition, int limit, long leasedUntil, String owner) throws SQLException {
    List<Claimed<T>> claimed = oneStatement
        ? inOneStatement(c, condition, limit, leasedUntil, owner)
        : lockThenUpdate(c, condition, limit, leasedUntil, owner);
    return claimed.stream()
        .sorted(Comparator.comparingLong((Claimed<T> x) -> x.claimOrder()).thenComparing(Claimed::key))
        .map(Claimed::row)
        .filter(Objects::nonNull)
        .toList();
  }

  private List<Claimed<T>> inOneStatement(Connection c, Binder condition, int limit, long leasedUntil, String owner)
      throws SQLException {
    try (PreparedStatement claim = c.prepareStatement(claimSql)) {
      int next = condition.bind(claim);
      claim.setInt(next++, limit);
      claim.setLong(next++, leasedUntil); // the lease's end: not eligible again until then
      claim.setString(next, owner);
      List<Claimed<T>> claimed = new ArrayList<>();
      try (ResultSet rows = claim.executeQuery()) {
        while (rows.next()) {
          claimed.add(read(rows, owner));
        }
      }
      return claimed;
    }
  }

  private List<Claimed<T>> lockThenUpdate(Connection c, Binder condition, int limit, long leasedUntil, String owner)
      throws SQLException {
    List<Claimed<T>> claimed = new ArrayList<>();
    try (PreparedStatement lock = c.prepareStatement(claimSql)) {
      int next = condition.bind(lock);
      lock.setInt(next, limit);
      try (ResultSet rows = lock.executeQuery()) {
        while (rows.next()) {
          claimed.add(read(rows, owner));
        }
      }
    }
    if (claimed.isEmpty()) {
      return claimed;
    }
    try (PreparedStatement lease = c.prepareStatement(leaseSql)) {
      for (Claimed<T> row : claimed) {
        lease.setLong(1, leasedUntil); // the lease's end: not eligible again until then
        lease.setString(2, owner);
        lease.setString(3, row.key());
        lease.addBatch();
      }
      lease.executeBatch();
    }
    return claimed;
  }
}
