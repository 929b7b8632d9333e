package org.aftersales.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done on a connection inside a transaction.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

  /**
   * Does the work. It must not commit, roll back or close the connection: its {@link ConnectionProvider} does.
   *
   * @param connection a connection in a transaction
   * @return the result
   * @throws SQLException if the database refuses a statement
   */
  T run(Connection connection) throws SQLException;
}
