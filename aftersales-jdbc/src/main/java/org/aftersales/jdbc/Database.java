package org.aftersales.jdbc;

import java.sql.SQLException;
import java.util.Objects;
import org.aftersales.jdbc.dialect.Dialect;
import org.aftersales.jdbc.dialect.Dialects;
import org.aftersales.jdbc.schema.SchemaInstaller;

/**
 * A database an adapter works on, checked when opened: its transactions, its dialect and the table
 * names. Every adapter of the module opens one, so each refuses a wrong schema at startup alike.
 */
record Database(ConnectionProvider connections, Dialect dialect, Tables tables) {

  /**
   * Detects the dialect and checks the schema version.
   *
   * @throws NullPointerException if any argument is null
   * @throws DatabaseUnavailableException if the database cannot be reached
   * @throws org.aftersales.jdbc.schema.SchemaMismatchException if the schema is missing, older or newer
   * @throws org.aftersales.jdbc.dialect.UnsupportedDatabaseException if the database is not supported
   */
  static Database open(ConnectionProvider connections, Tables tables) {
    Objects.requireNonNull(connections, "connections");
    Objects.requireNonNull(tables, "tables");
    try {
      Dialect dialect = connections.inTransaction(c -> Dialects.detect(c.getMetaData()));
      new SchemaInstaller(connections, tables).verify();
      return new Database(connections, dialect, tables);
    } catch (SQLException e) {
      throw failure(null, "opening the store on tables " + tables.prefix() + "*", e);
    }
  }

  /** Runs work in one transaction, translating the driver's exceptions; {@code what} names it in messages. */
  <T> T call(String what, SqlWork<T> work) {
    try {
      return connections.inTransaction(work);
    } catch (SQLException e) {
      throw failure(dialect, what, e);
    }
  }

  /**
   * Returns whether a transaction lost a deadlock or serialization conflict to a concurrent one, the
   * connection being fine: running the work again decides, so callers report it as their own conflict.
   */
  boolean lostConflict(SQLException e) {
    return !Dialect.isConnectionException(e) && !dialect.isConnectionFault(e) && dialect.isTransientConflict(e);
  }

  /**
   * Turns a driver's exception into the module's: a lost connection is a {@link DatabaseUnavailableException},
   * any other refusal an {@link AfterSalesJdbcException}.
   *
   * @param dialect the database's dialect, or null before it is known
   */
  static RuntimeException failure(Dialect dialect, String what, SQLException e) {
    if (Dialect.isConnectionException(e) || (dialect != null && dialect.isConnectionFault(e))) {
      return new DatabaseUnavailableException(what + " failed: the database is unreachable or the connection broke: "
          + e.getMessage(), e);
    }
    return new AfterSalesJdbcException(what + " failed: " + e.getMessage(), e);
  }
}
