package org.aftersales.jdbc.testing;

import java.sql.SQLException;
import org.aftersales.jdbc.Tables;

/**
 * One test class's tables on one database: installed fresh on first use, emptied for each test, dropped
 * at the end. For contracts that ask for a new, empty adapter per test.
 */
public final class SharedTables implements AutoCloseable {

  private final TinyPool pool;
  private final Tables tables;

  /** Installs the tables of {@code name} afresh on the database. */
  public SharedTables(TestDatabase database, String name) {
    this.pool = database.newPool(4);
    this.tables = TestDatabase.tables(name);
    try {
      TestDatabase.installFresh(pool, tables);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the pool, its tables emptied. */
  public TinyPool emptied() {
    try {
      TestDatabase.empty(pool, tables);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return pool;
  }

  public Tables tables() {
    return tables;
  }

  @Override
  public void close() throws SQLException {
    TestDatabase.drop(pool, tables);
    pool.close();
  }
}
