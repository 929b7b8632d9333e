package org.aftersales.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;
import java.util.function.Supplier;

/** Work inside the host's transaction, fenced by a savepoint. */
final class JoinedTransactions implements ConnectionProvider {

  private final Supplier<Connection> current;

  JoinedTransactions(Supplier<Connection> current) {
    this.current = Objects.requireNonNull(current, "current");
  }

  @Override
  public <T> T inTransaction(SqlWork<T> work) throws SQLException {
    Connection connection = Objects.requireNonNull(current.get(), "the host's current connection");
    if (connection.getAutoCommit()) {
      return Transactions.run(connection, work);
    }
    Savepoint savepoint = connection.setSavepoint();
    T result;
    try {
      result = work.run(connection);
    } catch (SQLException | RuntimeException | Error e) {
      Transactions.undo(e, () -> connection.rollback(savepoint));
      throw e;
    }
    connection.releaseSavepoint(savepoint);
    return result;
  }
}
