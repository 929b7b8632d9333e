package org.aftersales.jdbc.dialect;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** MariaDB 10.6 and later and MySQL 8: claims by {@code SELECT ... FOR UPDATE SKIP LOCKED}, then {@code UPDATE}. */
public final class MariaDbDialect extends Dialect {

  private static final int DUPLICATE_KEY = 1062;
  private static final int LOCK_WAIT_TIMEOUT = 1205;
  private static final int DEADLOCK = 1213;

  @Override
  public String name() {
    return "mariadb";
  }

  @Override
  public String lockSchemaVersion() {
    // DDL commits implicitly here, ending any row lock; a named lock lives as long as the session.
    return "SELECT GET_LOCK('%s', 60)";
  }

  @Override
  public boolean schemaLockAnswersWhetherHeld() {
    return true;
  }

  @Override
  public String unlockSchemaVersion() {
    return "SELECT RELEASE_LOCK('%s')";
  }

  @Override
  public boolean isUniqueViolation(SQLException e) {
    return e.getErrorCode() == DUPLICATE_KEY;
  }

  @Override
  public boolean isTransientConflict(SQLException e) {
    return e.getErrorCode() == DEADLOCK || e.getErrorCode() == LOCK_WAIT_TIMEOUT || super.isTransientConflict(e);
  }

  @Override
  public String upsert(String table, String key, List<String> columns) {
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders(columns) + ")"
        + " ON DUPLICATE KEY UPDATE " + columns.stream().filter(c -> !c.equals(key))
            .map(c -> c + " = VALUES(" + c + ")").collect(Collectors.joining(", "));
  }

  @Override
  public String upsertAdding(String table, List<String> keys, List<String> keyTypes, String added) {
    return "INSERT INTO " + table + " (" + String.join(", ", keys) + ", " + added + ") VALUES (" + placeholders(keys)
        + ", ?) ON DUPLICATE KEY UPDATE " + added + " = " + added + " + VALUES(" + added + ")";
  }

  @Override
  public String insertIfAbsent(String table, List<String> keys, List<String> columns) {
    // Not INSERT IGNORE: that also turns a value too long, or any other error, into a warning.
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders(columns) + ")"
        + " ON DUPLICATE KEY UPDATE " + keys.get(0) + " = " + keys.get(0);
  }

  @Override
  public boolean insertIfAbsentRepeatsKeys() {
    return false;
  }
}
