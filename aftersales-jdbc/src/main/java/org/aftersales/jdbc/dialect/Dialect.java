package org.aftersales.jdbc.dialect;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What differs between databases, with the common answer as the default and one subclass per
 * database overriding only what differs (after db-scheduler's {@code JdbcCustomization}). Found by
 * {@link Dialects#detect}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public abstract class Dialect {

  /**
   * Returns the dialect's name, which is also the folder of its schema scripts:
   * {@code postgresql}, {@code mariadb} or {@code h2}.
   */
  public abstract String name();

  /**
   * Returns whether claims take one statement ({@code UPDATE ... RETURNING}); otherwise a claim locks
   * rows with {@code SELECT ... FOR UPDATE SKIP LOCKED} and updates them in the same transaction.
   */
  public boolean claimsInOneStatement() {
    return false;
  }

  /**
   * Returns the clause that locks the rows a {@code SELECT} returns and skips rows another transaction
   * has locked; it follows the {@code LIMIT} clause.
   */
  public String forUpdateSkipLocked() {
    return " FOR UPDATE SKIP LOCKED";
  }

  /**
   * Returns the statement that locks the schema version table until the transaction ends, so that one
   * installer at a time reads and raises the version; {@code %s} is the table.
   */
  public String lockSchemaVersion() {
    return "SELECT version FROM %s WHERE id = 1 FOR UPDATE";
  }

  /**
   * Returns whether the lock statement answers 1 when it got the lock and 0 when it timed out (as
   * MariaDB's {@code GET_LOCK} does) rather than failing.
   */
  public boolean schemaLockAnswersWhetherHeld() {
    return false;
  }

  /**
   * Returns the statement that ends the lock {@link #lockSchemaVersion()} took, or null where the lock
   * ends with the transaction; {@code %s} is the table.
   */
  public String unlockSchemaVersion() {
    return null;
  }

  /**
   * Returns a statement that inserts a row, or replaces every given column of the row with the same
   * key; its parameters are the columns in order. A delete-then-insert would do the same, but on MariaDB
   * at REPEATABLE READ deleting a key that is not there locks the index gap, and two transactions that
   * each did so then deadlock on their inserts; an upsert of a new key takes no gap lock. This default
   * is H2's {@code MERGE ... KEY}.
   *
   * @param table the table
   * @param key its primary key column, one of columns
   * @param columns the columns written
   */
  public String upsert(String table, String key, List<String> columns) {
    return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + key + ") VALUES ("
        + placeholders(columns) + ")";
  }

  /**
   * Returns a statement that inserts a row, or adds to one column of the row with the same key
   * ({@code column = column + ?}): a counter incremented without reading it first, so that concurrent
   * increments add up. Its parameters are the key columns in order, then the amount. This default is
   * the SQL standard's {@code MERGE ... USING}, which H2 runs.
   *
   * @param table the table
   * @param keys its primary key columns
   * @param keyTypes the SQL types of the key columns, in order, for the database to type the parameters
   * @param added the column added to
   */
  public String upsertAdding(String table, List<String> keys, List<String> keyTypes, String added) {
    List<String> columns = new ArrayList<>(keys);
    columns.add(added);
    List<String> casts = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      casts.add("CAST(? AS " + keyTypes.get(i) + ")");
    }
    casts.add("CAST(? AS BIGINT)");
    return "MERGE INTO " + table + " t USING (VALUES (" + String.join(", ", casts) + ")) s("
        + String.join(", ", columns) + ") ON " + keys.stream().map(k -> "t." + k + " = s." + k)
            .collect(Collectors.joining(" AND "))
        + " WHEN MATCHED THEN UPDATE SET " + added + " = t." + added + " + s." + added
        + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", columns) + ") VALUES ("
        + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
  }

  /**
   * Returns a statement that inserts a row unless one with the same key exists, and then does nothing,
   * without an error that would end the transaction. Its parameters are the columns in order, then, if
   * {@link #insertIfAbsentRepeatsKeys()}, the key columns again. This default, {@code INSERT ... SELECT
   * ... WHERE NOT EXISTS}, suits H2, whose table locks serialize the writers of a key; the others use
   * their own conflict clauses.
   *
   * @param table the table
   * @param keys its primary or unique key columns, each one of columns
   * @param columns the columns written
   */
  public String insertIfAbsent(String table, List<String> keys, List<String> columns) {
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + placeholders(columns)
        + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE "
        + keys.stream().map(k -> k + " = ?").collect(Collectors.joining(" AND ")) + ")";
  }

  /** Returns whether {@link #insertIfAbsent} takes the key columns a second time, after the columns. */
  public boolean insertIfAbsentRepeatsKeys() {
    return true;
  }

  /** Returns one {@code ?} per column, comma-separated. */
  protected static String placeholders(List<String> columns) {
    return String.join(", ", Collections.nCopies(columns.size(), "?"));
  }

  /** Returns whether an exception reports a unique or primary key violation (SQL state 23505 by default). */
  public boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /**
   * Returns whether an exception reports that the transaction lost a lock or serialization conflict
   * (deadlock, serialization failure, lock timeout) and may succeed if tried again.
   */
  public boolean isTransientConflict(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("40");
  }

  /** Returns whether an exception reports an unreachable database or a broken connection. */
  public boolean isConnectionFault(SQLException e) {
    return isConnectionException(e);
  }

  /**
   * Returns whether an exception, from any database, reports an unreachable database or a broken
   * connection: SQL state class 08 or one of the JDBC connection exception types.
   */
  public static boolean isConnectionException(SQLException e) {
    String state = e.getSQLState();
    return (state != null && state.startsWith("08")) || e instanceof SQLTransientConnectionException
        || e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException;
  }

  @Override
  public String toString() {
    return name();
  }
}
