package org.aftersales.jdbc;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.jdbc.testing.TinyPool;
import org.aftersales.store.AfterSalesStore;
import org.aftersales.store.AfterSalesStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The core's store contract on one database, with tables of its own prefix, emptied before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract extends AfterSalesStoreContract {

  private final TestDatabase database;
  private final Tables tables;
  private TinyPool pool;

  StoreContract(TestDatabase database) {
    this.database = database;
    this.tables = TestDatabase.tables("contract");
  }

  @BeforeAll
  void installTables() throws SQLException {
    pool = database.newPool(4);
    TestDatabase.installFresh(pool, tables);
  }

  @AfterAll
  void dropTables() throws SQLException {
    TestDatabase.drop(pool, tables);
    pool.close();
  }

  @Override
  protected AfterSalesStore newStore() {
    try {
      TestDatabase.empty(pool, tables);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return JdbcAfterSalesStore.open(ConnectionProvider.of(pool), tables, java.time.Clock.systemUTC());
  }

  DataSource dataSource() {
    return pool;
  }
}
