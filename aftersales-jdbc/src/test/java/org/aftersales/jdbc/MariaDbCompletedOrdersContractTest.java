package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The policy's completed-orders contract on MariaDB. */
class MariaDbCompletedOrdersContractTest extends JdbcCompletedOrdersContract {

  MariaDbCompletedOrdersContractTest() {
    super(TestDatabase.MARIADB);
  }
}
