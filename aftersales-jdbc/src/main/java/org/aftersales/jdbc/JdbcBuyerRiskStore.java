package org.aftersales.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;
import org.aftersales.jdbc.json.AfterSalesJson;
import org.aftersales.policy.risk.BuyerRiskStore;
import org.aftersales.policy.risk.CaseNote;
import org.aftersales.policy.risk.RiskMeasure;

/**
 * The buyer-risk projection's state on a relational database: {@code risk_seen} (the event ids applied;
 * its primary key decides {@link #firstSight}, so two consumers of one event cannot both count it),
 * {@code risk_note} (a case's note as JSON beside its tenant and buyer) and {@code risk_incident} (one
 * row per counted event: tenant, buyer, measure, epoch nanoseconds).
 *
 * <p>Each call is one transaction of the {@link ConnectionProvider}. The projection makes several calls
 * per event, so with {@link ConnectionProvider#of} a crash between them can leave an event seen but not
 * fully counted; a host that wants each event all or nothing opens the store with
 * {@link ConnectionProvider#joining} and applies each event in a transaction of its own. Errors as
 * {@link JdbcAfterSalesStore}'s. Instances are thread-safe.
 */
public final class JdbcBuyerRiskStore implements BuyerRiskStore {

  private static final int MAX_EVENT_ID_LENGTH = 255;

  private final Database database;
  private final Tables tables;
  private final Payloads payloads;
  private final String upsertNote;

  private JdbcBuyerRiskStore(Database database) {
    this.database = database;
    this.tables = database.tables();
    this.payloads = new Payloads(new AfterSalesJson());
    this.upsertNote = database.dialect().upsert(tables.riskNotes(), "case_id",
        List.of("case_id", "tenant", "buyer_id", "payload"));
  }

  /**
   * Opens the store on a data source, with the default table prefix.
   *
   * @throws NullPointerException if dataSource is null
   * @throws DatabaseUnavailableException if the database cannot be reached
   * @throws org.aftersales.jdbc.schema.SchemaMismatchException if the schema is missing, older or newer
   */
  public static JdbcBuyerRiskStore open(DataSource dataSource) {
    return open(ConnectionProvider.of(dataSource), Tables.DEFAULT);
  }

  /**
   * Opens the store: detects the dialect and checks the schema version.
   *
   * @throws NullPointerException if any argument is null
   * @throws DatabaseUnavailableException if the database cannot be reached
   * @throws org.aftersales.jdbc.schema.SchemaMismatchException if the schema is missing, older or newer
   * @throws org.aftersales.jdbc.dialect.UnsupportedDatabaseException if the database is not supported
   */
  public static JdbcBuyerRiskStore open(ConnectionProvider connections, Tables tables) {
    return new JdbcBuyerRiskStore(Database.open(connections, tables));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if eventId is longer than 255 characters or not ASCII
   */
  @Override
  public boolean firstSight(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    ColumnFit.ascii(eventId, MAX_EVENT_ID_LENGTH, "eventId");
    try {
      database.connections().inTransaction(c -> {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.riskSeen() + " (event_id) VALUES (?)")) {
          insert.setString(1, eventId);
          return insert.executeUpdate();
        }
      });
      return true;
    } catch (SQLException e) {
      // Judged after the rollback: the key decides, and on PostgreSQL the refusal has ended the transaction.
      if (database.dialect().isUniqueViolation(e)) {
        return false;
      }
      throw Database.failure(database.dialect(), "recording event " + eventId + " as seen", e);
    }
  }

  @Override
  public Optional<CaseNote> note(CaseId caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return database.call("reading the risk note of case " + caseId, c -> {
      try (PreparedStatement read = c.prepareStatement("SELECT payload FROM " + tables.riskNotes() + " WHERE case_id = ?")) {
        read.setString(1, caseId.value());
        try (ResultSet row = read.executeQuery()) {
          return row.next()
              ? Optional.of(payloads.read(row.getString(1), CaseNote.class, tables.riskNotes(), caseId.value()))
              : Optional.<CaseNote>empty();
        }
      }
    });
  }

  @Override
  public void putNote(CaseId caseId, CaseNote note) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(note, "note");
    database.call("writing the risk note of case " + caseId, c -> {
      try (PreparedStatement upsert = c.prepareStatement(upsertNote)) {
        upsert.setString(1, caseId.value());
        upsert.setString(2, note.tenant().value());
        upsert.setString(3, note.buyer().value());
        upsert.setString(4, payloads.write(note));
        upsert.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public void addIncident(TenantId tenant, PartyId buyer, RiskMeasure measure, Instant at) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(at, "at");
    database.call("counting a " + measure + " of a buyer", c -> {
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.riskIncidents()
          + " (tenant, buyer_id, measure, occurred_at) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, tenant.value());
        insert.setString(2, buyer.value());
        insert.setString(3, measure.name());
        insert.setLong(4, EpochNanos.of(at));
        insert.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public List<Instant> incidents(TenantId tenant, PartyId buyer, RiskMeasure measure) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(measure, "measure");
    return database.call("reading the " + measure + " of a buyer", c -> {
      try (PreparedStatement read = c.prepareStatement("SELECT occurred_at FROM " + tables.riskIncidents()
          + " WHERE tenant = ? AND buyer_id = ? AND measure = ? ORDER BY seq")) {
        read.setString(1, tenant.value());
        read.setString(2, buyer.value());
        read.setString(3, measure.name());
        List<Instant> found = new ArrayList<>();
        try (ResultSet rows = read.executeQuery()) {
          while (rows.next()) {
            found.add(EpochNanos.toInstant(rows.getLong(1)));
          }
        }
        return List.copyOf(found);
      }
    });
  }
}
