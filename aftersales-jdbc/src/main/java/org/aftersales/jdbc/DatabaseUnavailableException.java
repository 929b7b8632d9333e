package org.aftersales.jdbc;

/**
 * The database could not be reached, or the connection broke during the call (SQL state class 08,
 * or a driver's connection exception). Nothing the call meant to write was written; retry once the
 * database is back.
 */
public final class DatabaseUnavailableException extends AfterSalesJdbcException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was being done
   * @param cause the driver's exception
   */
  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
