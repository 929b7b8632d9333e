package org.aftersales.jdbc;

/**
 * A stored row cannot be read back: its JSON is not valid, names an unknown type, lacks a value, or
 * holds a value the core's records refuse. The row was written by something other than this library,
 * or by a version whose format this one does not read. The row is left as it is.
 */
public final class MalformedPayloadException extends AfterSalesJdbcException {

  private static final long serialVersionUID = 1L;

  private final String table;
  private final String row;

  /**
   * Creates the exception.
   *
   * @param table the table holding the row
   * @param row the row's key, such as the case id
   * @param cause what the reader found wrong
   */
  public MalformedPayloadException(String table, String row, Throwable cause) {
    super("row " + row + " of table " + table + " cannot be read: " + cause.getMessage(), cause);
    this.table = table;
    this.row = row;
  }

  /** Returns the table holding the row. */
  public String table() {
    return table;
  }

  /** Returns the row's key. */
  public String row() {
    return row;
  }
}
