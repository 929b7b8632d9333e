package org.aftersales.jdbc.dialect;

import java.sql.SQLException;

/** H2 2.2 and later, for tests and small single-node hosts. */
public final class H2Dialect extends Dialect {

  /** H2's "timeout trying to lock table". */
  private static final String LOCK_TIMEOUT = "HYT00";

  @Override
  public String name() {
    return "h2";
  }

  @Override
  public boolean isTransientConflict(SQLException e) {
    return LOCK_TIMEOUT.equals(e.getSQLState()) || super.isTransientConflict(e);
  }
}
