package org.aftersales.jdbc.dialect;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

/** Finds the dialect of a database from its product name. */
public final class Dialects {

  private Dialects() {}

  /**
   * Returns the dialect for a database.
   *
   * @param metaData the metadata of a connection to it
   * @return the dialect of PostgreSQL, MariaDB or MySQL (one dialect), or H2
   * @throws NullPointerException if metaData is null
   * @throws UnsupportedDatabaseException if the database is none of those
   * @throws SQLException if the metadata cannot be read
   */
  public static Dialect detect(DatabaseMetaData metaData) throws SQLException {
    Objects.requireNonNull(metaData, "metaData");
    return forProductName(metaData.getDatabaseProductName());
  }

  /**
   * Returns the dialect for a product name as {@link DatabaseMetaData#getDatabaseProductName()} gives it.
   *
   * @param productName such as {@code PostgreSQL}, {@code MariaDB}, {@code MySQL} or {@code H2}; case is ignored
   * @return the dialect
   * @throws NullPointerException if productName is null
   * @throws UnsupportedDatabaseException if the product is none of those
   */
  public static Dialect forProductName(String productName) {
    Objects.requireNonNull(productName, "productName");
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgresql")) {
      return new PostgresDialect();
    }
    if (name.contains("mariadb") || name.contains("mysql")) {
      return new MariaDbDialect();
    }
    if (name.equals("h2")) {
      return new H2Dialect();
    }
    throw new UnsupportedDatabaseException(productName);
  }
}
