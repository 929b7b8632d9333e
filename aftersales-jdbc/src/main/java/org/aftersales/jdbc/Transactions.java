package org.aftersales.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction on a connection, restoring its auto-commit mode after. */
final class Transactions {

  private Transactions() {}

  /** A rollback of some kind. */
  @FunctionalInterface
  interface Undo {
    void run() throws SQLException;
  }

  static <T> T run(Connection connection, SqlWork<T> work) throws SQLException {
    // The isolation level is the data source's: every write here is guarded by a version, a unique key
    // or a row lock, so READ COMMITTED and REPEATABLE READ are both correct (the former takes fewer locks).
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    T result;
    try {
      result = work.run(connection);
      connection.commit();
    } catch (SQLException | RuntimeException | Error e) {
      undo(e, connection::rollback);
      undo(e, () -> connection.setAutoCommit(autoCommit));
      throw e;
    }
    connection.setAutoCommit(autoCommit);
    return result;
  }

  /** Rolls back after a failure; a failing rollback (a dropped connection) is added to the failure. */
  static void undo(Throwable failure, Undo rollback) {
    try {
      rollback.run();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
