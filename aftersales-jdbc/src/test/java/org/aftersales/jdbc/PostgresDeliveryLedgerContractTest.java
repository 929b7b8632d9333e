package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The policy's delivery ledger contract on PostgreSQL. */
class PostgresDeliveryLedgerContractTest extends JdbcDeliveryLedgerContract {

  PostgresDeliveryLedgerContractTest() {
    super(TestDatabase.POSTGRESQL);
  }
}
