package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The policy's completed-orders contract on PostgreSQL. */
class PostgresCompletedOrdersContractTest extends JdbcCompletedOrdersContract {

  PostgresCompletedOrdersContractTest() {
    super(TestDatabase.POSTGRESQL);
  }
}
