package org.aftersales.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;
import org.aftersales.policy.risk.FedCompletedOrders;

/**
 * The orders buyers completed, as the host reports them, on a relational database: one row per
 * {@code (tenant, buyer_id, order_id)} in {@code completed_order}, so an order reported twice counts
 * once. Each call is one transaction of the {@link ConnectionProvider}; errors as
 * {@link JdbcAfterSalesStore}'s. Instances are thread-safe.
 */
public final class JdbcCompletedOrders implements FedCompletedOrders {

  private final Database database;
  private final InsertIfAbsent insert;

  private JdbcCompletedOrders(Database database) {
    this.database = database;
    List<String> columns = List.of("tenant", "buyer_id", "order_id");
    this.insert = new InsertIfAbsent(database.dialect(), database.tables().completedOrders(), columns, columns);
  }

  /**
   * Opens the adapter on a data source, with the default table prefix.
   *
   * @throws NullPointerException if dataSource is null
   * @throws DatabaseUnavailableException if the database cannot be reached
   * @throws org.aftersales.jdbc.schema.SchemaMismatchException if the schema is missing, older or newer
   */
  public static JdbcCompletedOrders open(DataSource dataSource) {
    return open(ConnectionProvider.of(dataSource), Tables.DEFAULT);
  }

  /**
   * Opens the adapter: detects the dialect and checks the schema version.
   *
   * @throws NullPointerException if any argument is null
   * @throws DatabaseUnavailableException if the database cannot be reached
   * @throws org.aftersales.jdbc.schema.SchemaMismatchException if the schema is missing, older or newer
   * @throws org.aftersales.jdbc.dialect.UnsupportedDatabaseException if the database is not supported
   */
  public static JdbcCompletedOrders open(ConnectionProvider connections, Tables tables) {
    return new JdbcCompletedOrders(Database.open(connections, tables));
  }

  /**
   * Records that the buyer completed an order; recording it again changes nothing.
   *
   * @throws NullPointerException if any argument is null
   */
  @Override
  public void completed(TenantId tenant, PartyId buyer, OrderId order) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(order, "order");
    database.call("recording order " + order + " completed", c -> {
      try (PreparedStatement add = c.prepareStatement(insert.sql())) {
        insert.bind(add, tenant.value(), buyer.value(), order.value());
        add.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public long count(TenantId tenant, PartyId buyer) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(buyer, "buyer");
    return database.call("counting the completed orders of a buyer", c -> {
      try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM " + database.tables().completedOrders()
          + " WHERE tenant = ? AND buyer_id = ?")) {
        count.setString(1, tenant.value());
        count.setString(2, buyer.value());
        try (ResultSet row = count.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }
}
