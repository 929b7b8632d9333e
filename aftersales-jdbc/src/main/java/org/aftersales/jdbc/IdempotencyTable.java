package org.aftersales.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.TenantId;
import org.aftersales.store.IdempotencyRecord;

/** Reads and purges idempotency records; {@link CommitWriter} writes them. */
final class IdempotencyTable {

  private final Tables tables;
  private final Payloads payloads;

  IdempotencyTable(Tables tables, Payloads payloads) {
    this.tables = tables;
    this.payloads = payloads;
  }

  Optional<IdempotencyRecord> recorded(Connection c, TenantId tenant, IdempotencyKey key) throws SQLException {
    try (PreparedStatement read = c.prepareStatement("SELECT case_id, version, request FROM " + tables.idempotency()
        + " WHERE tenant = ? AND idem_key = ?")) {
      read.setString(1, tenant.value());
      read.setString(2, key.value());
      try (ResultSet row = read.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        String rowKey = tenant + "/" + key;
        CommandEnvelope request = payloads.read(row.getString(3), CommandEnvelope.class, tables.idempotency(), rowKey);
        try {
          return Optional.of(new IdempotencyRecord(request, CaseId.of(row.getString(1)), row.getLong(2)));
        } catch (RuntimeException e) {
          throw new MalformedPayloadException(tables.idempotency(), rowKey, e);
        }
      }
    }
  }

  int purgeRecordedBefore(Connection c, Instant cutoff) throws SQLException {
    try (PreparedStatement purge = c.prepareStatement(
        "DELETE FROM " + tables.idempotency() + " WHERE recorded_at < ?")) {
      purge.setLong(1, EpochNanos.of(cutoff));
      return purge.executeUpdate();
    }
  }
}
