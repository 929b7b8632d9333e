package org.aftersales.jdbc;

import org.aftersales.jdbc.testing.TestDatabase;

/** The core's store contract on H2. */
class H2StoreContractTest extends StoreContract {

  H2StoreContractTest() {
    super(TestDatabase.H2);
  }
}
