package org.aftersales.jdbc;

/**
 * A database call of the JDBC store failed for a reason the core's ports do not name: the database
 * refused a statement, or a stored row cannot be read. Nothing the failed call meant to write was
 * written. Subclasses name the recoverable kinds.
 */
public class AfterSalesJdbcException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the operation and table
   * @param cause the driver's exception, or null
   */
  public AfterSalesJdbcException(String message, Throwable cause) {
    super(message, cause);
  }
}
