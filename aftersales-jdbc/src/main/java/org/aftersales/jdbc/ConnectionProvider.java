package org.aftersales.jdbc;

import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Runs the store's work in a transaction: its own, on a connection from a {@link DataSource}
 * ({@link #of(DataSource)}), or the host's, on the connection the host's transaction manager has bound
 * to the current thread ({@link #joining(Supplier)}). Either way one store call is all or nothing.
 *
 * <p>Implementations must be thread-safe.
 */
public interface ConnectionProvider {

  /**
   * Runs work in a transaction and returns its result. If the work throws, nothing it wrote remains:
   * the transaction (or, in the host's transaction, everything since the work began) is rolled back
   * and the exception propagates.
   *
   * @param work the statements to run
   * @return what the work returned
   * @throws SQLException if a connection cannot be had, or the database refuses the work or its commit
   */
  <T> T inTransaction(SqlWork<T> work) throws SQLException;

  /**
   * Returns a provider that runs each call in its own transaction on a fresh connection from the data
   * source, at the data source's isolation level (READ COMMITTED takes the fewest locks; REPEATABLE
   * READ, MariaDB's default, is correct too), and closes (returns to the pool) the connection after.
   *
   * @param dataSource where connections come from; pooling, if any, is the data source's
   * @return the provider
   * @throws NullPointerException if dataSource is null
   */
  static ConnectionProvider of(DataSource dataSource) {
    return new OwnTransactions(dataSource);
  }

  /**
   * Returns a provider that works inside the host's transaction: each call uses the connection
   * {@code current} returns (for Spring, {@code () -> DataSourceUtils.getConnection(dataSource)}), marks
   * a savepoint, and on failure rolls back to it, leaving the host's transaction usable; on success it
   * neither commits nor closes, as the host's transaction manager does that. A connection in
   * auto-commit mode (no host transaction) gets a transaction of its own for the call.
   *
   * @param current returns the connection bound to the host's current transaction, never null
   * @return the provider
   * @throws NullPointerException if current is null
   */
  static ConnectionProvider joining(Supplier<java.sql.Connection> current) {
    return new JoinedTransactions(current);
  }
}
