package org.aftersales.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.TenantId;
import org.aftersales.jdbc.testing.SharedTables;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.policy.metrics.DeliveryLedgerContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The policy's delivery ledger contract on one database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcDeliveryLedgerContract extends DeliveryLedgerContract {

  private final SharedTables shared;

  JdbcDeliveryLedgerContract(TestDatabase database) {
    this.shared = new SharedTables(database, "ledger");
  }

  @Override
  protected FedLedger newLedger() {
    JdbcDeliveryLedger ledger = JdbcDeliveryLedger.open(ConnectionProvider.of(shared.emptied()), shared.tables());
    return new FedLedger() {
      @Override
      public void received(TenantId tenant, OrderId orderId, String lineId, String sku, int units, Instant receivedAt,
          ZoneId zone) {
        ledger.received(tenant, orderId, lineId, sku, units, receivedAt, zone);
      }

      @Override
      public void deliveredOn(TenantId tenant, String sku, LocalDate day, long count) {
        ledger.deliveredOn(tenant, sku, day, count);
      }

      @Override
      public Optional<Instant> receivedAt(TenantId tenant, OrderId orderId, String lineId) {
        return ledger.receivedAt(tenant, orderId, lineId);
      }

      @Override
      public long deliveredUnits(TenantId tenant, String product, LocalDate fromInclusive, LocalDate toExclusive) {
        return ledger.deliveredUnits(tenant, product, fromInclusive, toExclusive);
      }
    };
  }

  @AfterAll
  void dropTables() throws SQLException {
    shared.close();
  }
}
