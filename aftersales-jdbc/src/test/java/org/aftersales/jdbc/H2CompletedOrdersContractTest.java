package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The policy's completed-orders contract on H2. */
class H2CompletedOrdersContractTest extends JdbcCompletedOrdersContract {

  H2CompletedOrdersContractTest() {
    super(TestDatabase.H2);
  }
}
