package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The policy's delivery ledger contract on MariaDB. */
class MariaDbDeliveryLedgerContractTest extends JdbcDeliveryLedgerContract {

  MariaDbDeliveryLedgerContractTest() {
    super(TestDatabase.MARIADB);
  }
}
