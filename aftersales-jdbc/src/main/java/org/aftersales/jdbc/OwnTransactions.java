package org.aftersales.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/** A transaction per call on a connection of a data source. */
final class OwnTransactions implements ConnectionProvider {

  private final DataSource dataSource;

  OwnTransactions(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public <T> T inTransaction(SqlWork<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return Transactions.run(connection, work);
    }
  }
}
