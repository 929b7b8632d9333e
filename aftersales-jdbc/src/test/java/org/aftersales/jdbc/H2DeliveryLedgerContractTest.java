package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The policy's delivery ledger contract on H2. */
class H2DeliveryLedgerContractTest extends JdbcDeliveryLedgerContract {

  H2DeliveryLedgerContractTest() {
    super(TestDatabase.H2);
  }
}
