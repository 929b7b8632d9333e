package org.aftersales.jdbc.dialect;

import org.aftersales.jdbc.AfterSalesJdbcException;

/** The connection leads to a database the library has no dialect for. */
public final class UnsupportedDatabaseException extends AfterSalesJdbcException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for a product name. */
  public UnsupportedDatabaseException(String productName) {
    super("database '" + productName + "' is not supported; use PostgreSQL, MySQL 8, MariaDB 10.6+ or H2", null);
  }
}
