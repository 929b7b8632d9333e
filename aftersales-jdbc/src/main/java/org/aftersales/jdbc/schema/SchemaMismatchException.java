package org.aftersales.jdbc.schema;

import org.aftersales.jdbc.AfterSalesJdbcException;

/**
 * The database holds no schema, an older one or a newer one than this library version works with.
 * Raised at startup, before any case is read or written: install or migrate the schema
 * ({@link SchemaInstaller}), or run the library version that matches it.
 */
public final class SchemaMismatchException extends AfterSalesJdbcException {

  private static final long serialVersionUID = 1L;

  private final int found;
  private final int expected;

  /**
   * Creates the exception.
   *
   * @param table the schema version table
   * @param found the version found; -1 if there is none
   * @param expected the version this library works with
   * @param cause why no version could be read, or null
   */
  public SchemaMismatchException(String table, int found, int expected, Throwable cause) {
    super(describe(table, found, expected), cause);
    this.found = found;
    this.expected = expected;
  }

  private static String describe(String table, int found, int expected) {
    if (found < 0) {
      return "no aftersales schema found (table " + table + " cannot be read); install version " + expected
          + " with SchemaInstaller.install() or apply the scripts SchemaInstaller.script() prints";
    }
    if (found < expected) {
      return "aftersales schema version " + found + " in " + table + " is older than version " + expected
          + " this library needs; migrate it with SchemaInstaller.install() or the scripts SchemaInstaller.script() prints";
    }
    return "aftersales schema version " + found + " in " + table + " is newer than version " + expected
        + " this library knows; run the library version that installed it";
  }

  /** Returns the version found, or -1 if there was none. */
  public int found() {
    return found;
  }

  /** Returns the version this library works with. */
  public int expected() {
    return expected;
  }
}
