package org.aftersales.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.TenantId;
import org.aftersales.policy.metrics.DayRanges;
import org.aftersales.policy.metrics.FedDeliveryLedger;
import org.aftersales.policy.metrics.MetricKey;

/**
 * Deliveries the host records, on a relational database: {@code delivery_receipt} holds when each
 * order line was received (primary key: tenant, order, line), {@code delivery_units} the units
 * received per product (and {@link MetricKey#ALL_PRODUCTS}) and day, added to with {@code units = units
 * + ?} so that hosts recording at once add up. The host feeds it with {@link #received} and
 * {@link #deliveredOn}, as it would the in-memory ledger; the metrics projection reads it.
 *
 * <p>Each call is one transaction of the {@link ConnectionProvider}; errors as {@link JdbcAfterSalesStore}'s.
 * Instances are thread-safe.
 */
public final class JdbcDeliveryLedger implements FedDeliveryLedger {

  private static final int MAX_SKU_LENGTH = 128;

  private final Database database;
  private final Tables tables;
  private final String addUnits;

  private JdbcDeliveryLedger(Database database) {
    this.database = database;
    this.tables = database.tables();
    this.addUnits = database.dialect().upsertAdding(tables.deliveryUnits(), List.of("tenant", "product", "on_day"),
        List.of("VARCHAR(128)", "VARCHAR(128)", "DATE"), "units");
  }

  /**
   * Opens the ledger on a data source, with the default table prefix.
   *
   * @throws NullPointerException if dataSource is null
   * @throws DatabaseUnavailableException if the database cannot be reached
   * @throws org.aftersales.jdbc.schema.SchemaMismatchException if the schema is missing, older or newer
   */
  public static JdbcDeliveryLedger open(DataSource dataSource) {
    return open(ConnectionProvider.of(dataSource), Tables.DEFAULT);
  }

  /**
   * Opens the ledger: detects the dialect and checks the schema version.
   *
   * @throws NullPointerException if any argument is null
   * @throws DatabaseUnavailableException if the database cannot be reached
   * @throws org.aftersales.jdbc.schema.SchemaMismatchException if the schema is missing, older or newer
   * @throws org.aftersales.jdbc.dialect.UnsupportedDatabaseException if the database is not supported
   */
  public static JdbcDeliveryLedger open(ConnectionProvider connections, Tables tables) {
    return new JdbcDeliveryLedger(Database.open(connections, tables));
  }

  /**
   * Records that a buyer received an order line's units: the receipt, and the units on the day it falls
   * on in {@code zone}, in one transaction.
   *
   * @param zone the tenant calendar's zone, which decides the day
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if units is below 1, the sku is longer than 128 characters or not
   *     ASCII, or the line's receipt was recorded before; nothing is written
   */
  @Override
  public void received(TenantId tenant, OrderId orderId, String lineId, String sku, int units, Instant receivedAt,
      ZoneId zone) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(lineId, "lineId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(zone, "zone");
    if (units < 1) {
      throw new IllegalArgumentException("units must be at least 1, but was " + units);
    }
    ColumnFit.ascii(sku, MAX_SKU_LENGTH, "sku");
    ColumnFit.ascii(lineId, MAX_SKU_LENGTH, "lineId");
    LocalDate day = LocalDate.ofInstant(receivedAt, zone);
    String what = "recording the receipt of line " + lineId + " of order " + orderId;
    try {
      database.connections().inTransaction(c -> {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.deliveryReceipts()
            + " (tenant, order_id, line_id, sku, units, received_at) VALUES (?, ?, ?, ?, ?, ?)")) {
          insert.setString(1, tenant.value());
          insert.setString(2, orderId.value());
          insert.setString(3, lineId);
          insert.setString(4, sku);
          insert.setInt(5, units);
          insert.setLong(6, EpochNanos.of(receivedAt));
          insert.executeUpdate();
        }
        addUnits(c, tenant, sku, day, units);
        return null;
      });
    } catch (SQLException e) {
      // Read outside the work: on PostgreSQL the refused insert has ended the transaction.
      if (database.dialect().isUniqueViolation(e)) {
        throw new IllegalArgumentException("receipt of line " + lineId + " of order " + orderId + " is recorded already",
            e);
      }
      throw Database.failure(database.dialect(), what, e);
    }
  }

  /**
   * Records units of a product received on a day without naming their order lines, such as the
   * deliveries no case will ask about.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if count is negative, or the sku is longer than 128 characters or
   *     not ASCII; nothing is written
   */
  @Override
  public void deliveredOn(TenantId tenant, String sku, LocalDate day, long count) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(day, "day");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, but was " + count);
    }
    ColumnFit.ascii(sku, MAX_SKU_LENGTH, "sku");
    database.call("recording deliveries of " + sku + " on " + day, c -> {
      addUnits(c, tenant, sku, day, count);
      return null;
    });
  }

  /** Adds units to the product's day and to all products' day. */
  private void addUnits(Connection c, TenantId tenant, String sku, LocalDate day, long count) throws SQLException {
    try (PreparedStatement add = c.prepareStatement(addUnits)) {
      for (String product : List.of(sku, MetricKey.ALL_PRODUCTS)) {
        add.setString(1, tenant.value());
        add.setString(2, product);
        add.setObject(3, day);
        add.setLong(4, count); // added to the stored units, never read first
        add.addBatch();
      }
      add.executeBatch();
    }
  }

  @Override
  public Optional<Instant> receivedAt(TenantId tenant, OrderId orderId, String lineId) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(lineId, "lineId");
    return database.call("reading the receipt of line " + lineId + " of order " + orderId, c -> {
      try (PreparedStatement read = c.prepareStatement("SELECT received_at FROM " + tables.deliveryReceipts()
          + " WHERE tenant = ? AND order_id = ? AND line_id = ?")) {
        read.setString(1, tenant.value());
        read.setString(2, orderId.value());
        read.setString(3, lineId);
        try (ResultSet row = read.executeQuery()) {
          return row.next() ? Optional.of(EpochNanos.toInstant(row.getLong(1))) : Optional.<Instant>empty();
        }
      }
    });
  }

  @Override
  public long deliveredUnits(TenantId tenant, String product, LocalDate fromInclusive, LocalDate toExclusive) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(product, "product");
    if (DayRanges.isEmpty(fromInclusive, toExclusive)) {
      return 0;
    }
    return database.call("summing the units of " + product + " delivered", c -> {
      try (PreparedStatement sum = c.prepareStatement("SELECT COALESCE(SUM(units), 0) FROM " + tables.deliveryUnits()
          + " WHERE tenant = ? AND product = ? AND on_day >= ? AND on_day < ?")) {
        sum.setString(1, tenant.value());
        sum.setString(2, product);
        sum.setObject(3, fromInclusive);
        sum.setObject(4, toExclusive);
        try (ResultSet row = sum.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }
}
