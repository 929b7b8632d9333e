package org.aftersales.policy.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.TenantId;

/** The delivery ledger contract in memory. */
class InMemoryDeliveryLedgerContractTest extends DeliveryLedgerContract {

  @Override
  protected FedLedger newLedger() {
    InMemoryDeliveryLedger ledger = new InMemoryDeliveryLedger();
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
}
