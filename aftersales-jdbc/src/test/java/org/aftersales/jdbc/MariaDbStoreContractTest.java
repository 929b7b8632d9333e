package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The core's store contract on MariaDb. */
class MariaDbStoreContractTest extends StoreContract {

  MariaDbStoreContractTest() {
    super(TestDatabase.MARIADB);
  }
}
