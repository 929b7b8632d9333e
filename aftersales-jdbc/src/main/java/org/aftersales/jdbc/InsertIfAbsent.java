package org.aftersales.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.aftersales.jdbc.dialect.Dialect;

/**
 * An insert that skips a row whose key exists, in the dialect's words, bound value by value: where the
 * dialect's statement names the key again, the key's values are bound twice.
 */
final class InsertIfAbsent {

  private final String sql;
  private final int[] keyPositions;
  private final boolean repeatsKeys;

  /**
   * @param keys the key columns, each one of columns
   * @param columns the columns written, in the order values are bound
   */
  InsertIfAbsent(Dialect dialect, String table, List<String> keys, List<String> columns) {
    this.sql = dialect.insertIfAbsent(table, keys, columns);
    this.keyPositions = keys.stream().mapToInt(columns::indexOf).toArray();
    this.repeatsKeys = dialect.insertIfAbsentRepeatsKeys();
  }

  String sql() {
    return sql;
  }

  /** Binds one row's values, in the order of the columns. */
  void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    if (repeatsKeys) {
      for (int k = 0; k < keyPositions.length; k++) {
        statement.setObject(values.length + k + 1, values[keyPositions[k]]);
      }
    }
  }
}
