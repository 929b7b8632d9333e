package org.aftersales.jdbc.dialect;

import java.sql.SQLException;
import java.util.Set;

/** H2 2.2 and later, for tests and small single-node hosts. */
public final class H2Dialect extends Dialect {

  /** H2's "timeout trying to lock table". */
  private static final String LOCK_TIMEOUT = "HYT00";

  /** H2's "the object is already closed", "connection is broken", "database called at shutdown". */
  private static final Set<String> CONNECTION_LOST = Set.of("90007", "90067", "90121");

  @Override
  public String name() {
    return "h2";
  }

  @Override
  public boolean isConnectionFault(SQLException e) {
    return CONNECTION_LOST.contains(e.getSQLState()) || super.isConnectionFault(e);
  }

  @Override
  public boolean isTransientConflict(SQLException e) {
    return LOCK_TIMEOUT.equals(e.getSQLState()) || super.isTransientConflict(e);
  }
}
