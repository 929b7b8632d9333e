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
    boolean autoCommit = connection.getAutoCommit();
    int isolation = connection.getTransactionIsolation();
    connection.setAutoCommit(false);
    T result;
    try {
      // READ COMMITTED everywhere: MariaDB's default REPEATABLE READ adds gap locks that make claims
      // and commits deadlock for no gain, as every write here is guarded by a version or a unique key.
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      result = work.run(connection);
      connection.commit();
    } catch (SQLException | RuntimeException | Error e) {
      undo(e, connection::rollback);
      undo(e, () -> restore(connection, autoCommit, isolation));
      throw e;
    }
    restore(connection, autoCommit, isolation);
    return result;
  }

  private static void restore(Connection connection, boolean autoCommit, int isolation) throws SQLException {
    connection.setTransactionIsolation(isolation);
    connection.setAutoCommit(autoCommit);
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
