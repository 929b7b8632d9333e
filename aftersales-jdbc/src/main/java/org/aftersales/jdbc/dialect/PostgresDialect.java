package org.aftersales.jdbc.dialect;

import java.util.List;
import java.util.stream.Collectors;

/** PostgreSQL 12 and later: claims in one {@code UPDATE ... RETURNING}. */
public final class PostgresDialect extends Dialect {

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public boolean claimsInOneStatement() {
    return true;
  }

  @Override
  public String lockSchemaVersion() {
    // DDL is transactional here, so a table lock holds across the whole migration.
    return "LOCK TABLE %s IN ACCESS EXCLUSIVE MODE";
  }

  @Override
  public String upsert(String table, String key, List<String> columns) {
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders(columns) + ")"
        + " ON CONFLICT (" + key + ") DO UPDATE SET " + columns.stream().filter(c -> !c.equals(key))
            .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
  }

  @Override
  public String upsertAdding(String table, List<String> keys, List<String> keyTypes, String added) {
    return "INSERT INTO " + table + " AS t (" + String.join(", ", keys) + ", " + added + ") VALUES ("
        + placeholders(keys) + ", ?) ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + added + " = t."
        + added + " + EXCLUDED." + added;
  }

  @Override
  public String insertIfAbsent(String table, List<String> keys, List<String> columns) {
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders(columns) + ")"
        + " ON CONFLICT (" + String.join(", ", keys) + ") DO NOTHING";
  }

  @Override
  public boolean insertIfAbsentRepeatsKeys() {
    return false;
  }
}
