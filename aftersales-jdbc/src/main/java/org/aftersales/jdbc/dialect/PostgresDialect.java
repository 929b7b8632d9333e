package org.aftersales.jdbc.dialect;

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
}
