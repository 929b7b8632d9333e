package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The core's store contract on Postgres. */
class PostgresStoreContractTest extends StoreContract {

  PostgresStoreContractTest() {
    super(TestDatabase.POSTGRESQL);
  }
}
