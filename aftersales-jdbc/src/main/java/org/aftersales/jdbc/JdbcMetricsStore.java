package org.aftersales.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.TenantId;
import org.aftersales.jdbc.json.AfterSalesJson;
import org.aftersales.policy.alert.JumpState;
import org.aftersales.policy.metrics.CaseTrack;
import org.aftersales.policy.metrics.ConcurrentMetricsUpdateException;
import org.aftersales.policy.metrics.Counters;
import org.aftersales.policy.metrics.DayRanges;
import org.aftersales.policy.metrics.MetricKey;
import org.aftersales.policy.metrics.MetricsStore;
import org.aftersales.policy.metrics.MetricsUpdate;
import org.aftersales.store.Notice;

/**
 * The metrics projection's state on a relational database, its alerts going into the outbox of the
 * {@link JdbcAfterSalesStore} on the same tables. Three tables: {@code metrics_track} (one row per case,
 * the track as JSON beside the id of the last event applied), {@code metrics_counter} ({@code (tenant,
 * product, on_day, name) -> total}) and {@code metrics_jump} ({@code (tenant, product) -> armed,
 * version}).
 *
 * <p>A {@link #commit} runs in one transaction: the track is inserted (a case not seen yet: the primary
 * key decides) or updated {@code WHERE last_event_id = ?}; each alert state is inserted at version 1 or
 * updated {@code WHERE version = ?}; the counters are upserted with {@code total = total + ?}, so
 * concurrent updates of one product add up; and the notices join the outbox, which the
 * {@link OutboxRelay} delivers. A check that fails, or a lost deadlock, throws
 * {@link ConcurrentMetricsUpdateException} and nothing is written. Besides, a method may throw
 * {@link DatabaseUnavailableException}, {@link MalformedPayloadException} or
 * {@link AfterSalesJdbcException}, as {@link JdbcAfterSalesStore} does, and then too nothing is written.
 *
 * <p>Instances are thread-safe.
 */
public final class JdbcMetricsStore implements MetricsStore {

  private static final int MAX_PRODUCT_LENGTH = 128;
  private static final int MAX_NAME_LENGTH = 100;
  private static final List<String> COUNTER_KEYS = List.of("tenant", "product", "on_day", "name");

  /** The order counters are written in, so that two commits lock shared rows in one order. */
  private static final Comparator<MetricKey> KEY_ORDER = Comparator.comparing((MetricKey k) -> k.tenant().value())
      .thenComparing(MetricKey::product).thenComparing(MetricKey::day);

  private final Database database;
  private final Tables tables;
  private final Payloads payloads;
  private final OutboxTable outbox;
  private final String addToCounter;

  private JdbcMetricsStore(Database database) {
    this.database = database;
    this.tables = database.tables();
    this.payloads = new Payloads(new AfterSalesJson());
    this.outbox = new OutboxTable(database.dialect(), tables, payloads);
    this.addToCounter = database.dialect().upsertAdding(tables.metricsCounters(), COUNTER_KEYS,
        List.of("VARCHAR(128)", "VARCHAR(128)", "DATE", "VARCHAR(100)"), "total");
  }

  /**
   * Opens the store on a data source, with the default table prefix, each call in its own transaction.
   *
   * @throws NullPointerException if dataSource is null
   * @throws DatabaseUnavailableException if the database cannot be reached
   * @throws org.aftersales.jdbc.schema.SchemaMismatchException if the schema is missing, older or newer
   */
  public static JdbcMetricsStore open(DataSource dataSource) {
    return open(ConnectionProvider.of(dataSource), Tables.DEFAULT);
  }

  /**
   * Opens the store: detects the dialect and checks the schema version.
   *
   * @param connections the transactions to work in; with {@link ConnectionProvider#joining} a commit
   *     joins the host's transaction (for example the one its consumer acknowledges the event in)
   * @param tables the table names, the same as the {@link JdbcAfterSalesStore}'s whose outbox takes the alerts
   * @throws NullPointerException if any argument is null
   * @throws DatabaseUnavailableException if the database cannot be reached
   * @throws org.aftersales.jdbc.schema.SchemaMismatchException if the schema is missing, older or newer
   * @throws org.aftersales.jdbc.dialect.UnsupportedDatabaseException if the database is not supported
   */
  public static JdbcMetricsStore open(ConnectionProvider connections, Tables tables) {
    return new JdbcMetricsStore(Database.open(connections, tables));
  }

  @Override
  public Optional<CaseTrack> track(TenantId tenant, CaseId caseId) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(caseId, "caseId");
    return database.call("reading the metrics track of case " + caseId, c -> {
      try (PreparedStatement read = c.prepareStatement(
          "SELECT payload FROM " + tables.metricsTracks() + " WHERE case_id = ? AND tenant = ?")) {
        read.setString(1, caseId.value());
        read.setString(2, tenant.value());
        try (ResultSet row = read.executeQuery()) {
          return row.next()
              ? Optional.of(payloads.read(row.getString(1), CaseTrack.class, tables.metricsTracks(), caseId.value()))
              : Optional.<CaseTrack>empty();
        }
      }
    });
  }

  @Override
  public Optional<JumpState> jumpState(TenantId tenant, String product) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(product, "product");
    return database.call("reading the return-rate alert state of " + product, c -> storedJump(c, tenant, product));
  }

  private Optional<JumpState> storedJump(Connection c, TenantId tenant, String product) throws SQLException {
    try (PreparedStatement read = c.prepareStatement(
        "SELECT armed, version FROM " + tables.metricsJumps() + " WHERE tenant = ? AND product = ?")) {
      read.setString(1, tenant.value());
      read.setString(2, product);
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? Optional.of(new JumpState(tenant, product, row.getBoolean(1), row.getLong(2)))
            : Optional.empty();
      }
    }
  }

  @Override
  public Counters counters(TenantId tenant, String product, LocalDate fromInclusive, LocalDate toExclusive) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(product, "product");
    if (DayRanges.isEmpty(fromInclusive, toExclusive)) {
      return Counters.NONE;
    }
    return database.call("summing the counters of " + product, c -> {
      try (PreparedStatement sum = c.prepareStatement("SELECT name, SUM(total) FROM " + tables.metricsCounters()
          + " WHERE tenant = ? AND product = ? AND on_day >= ? AND on_day < ? GROUP BY name")) {
        sum.setString(1, tenant.value());
        sum.setString(2, product);
        sum.setObject(3, fromInclusive);
        sum.setObject(4, toExclusive);
        TreeMap<String, Long> values = new TreeMap<>();
        try (ResultSet rows = sum.executeQuery()) {
          while (rows.next()) {
            values.put(rows.getString(1), rows.getLong(2));
          }
        }
        return new Counters(values);
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Everything is written in one transaction of the {@link ConnectionProvider}, notices included.
   *
   * @throws IllegalArgumentException if a product is longer than 128 characters or a counter name
   *     longer than 100, or either is not ASCII, or a notice does not fit the outbox (see
   *     {@link JdbcAfterSalesStore#append}); nothing is written
   */
  @Override
  public void commit(MetricsUpdate update) {
    Objects.requireNonNull(update, "update");
    List<Increment> increments = checkedIncrements(update.increments());
    update.jumpStates().forEach(state -> ColumnFit.ascii(state.product(), MAX_PRODUCT_LENGTH, "product"));
    List<Notice> notices = OutboxTable.checkedNotices(update.notices());
    CaseTrack track = update.track();
    String what = "committing the metrics of event " + track.lastEventId();
    try {
      database.connections().inTransaction(c -> {
        writeTrack(c, track, update.expectedLastEventId());
        for (JumpState state : update.jumpStates()) {
          writeJump(c, state);
        }
        addCounters(c, increments);
        outbox.append(c, notices);
        return null;
      });
    } catch (SQLException e) {
      throw translate(what, e);
    }
  }

  /** One counter increment, in the order they are written. */
  private record Increment(MetricKey key, String name, long amount) {}

  private static List<Increment> checkedIncrements(Map<MetricKey, Map<String, Long>> increments) {
    List<Increment> list = new ArrayList<>();
    increments.forEach((key, counts) -> {
      ColumnFit.ascii(key.product(), MAX_PRODUCT_LENGTH, "product");
      counts.forEach((name, amount) -> list.add(new Increment(key, ColumnFit.ascii(name, MAX_NAME_LENGTH, "counter name"),
          amount)));
    });
    list.sort(Comparator.comparing(Increment::key, KEY_ORDER).thenComparing(Increment::name));
    return list;
  }

  private void writeTrack(Connection c, CaseTrack track, Optional<String> expectedLastEventId) throws SQLException {
    if (expectedLastEventId.isEmpty()) {
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.metricsTracks()
          + " (case_id, tenant, last_event_id, payload) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, track.caseId().value());
        insert.setString(2, track.tenant().value());
        insert.setString(3, track.lastEventId());
        insert.setString(4, payloads.write(track));
        insert.executeUpdate();
      } catch (SQLException e) {
        if (database.dialect().isUniqueViolation(e)) {
          throw conflict("case " + track.caseId() + " was applied by another writer meanwhile, not at nothing", e);
        }
        throw e;
      }
      return;
    }
    String expected = expectedLastEventId.get();
    int updated;
    try (PreparedStatement update = c.prepareStatement("UPDATE " + tables.metricsTracks()
        + " SET last_event_id = ?, payload = ? WHERE case_id = ? AND tenant = ? AND last_event_id = ?")) {
      update.setString(1, track.lastEventId());
      update.setString(2, payloads.write(track));
      update.setString(3, track.caseId().value());
      update.setString(4, track.tenant().value());
      update.setString(5, expected); // the guard: only the track the update was computed from
      updated = update.executeUpdate();
    }
    if (updated != 1) {
      throw conflict("case " + track.caseId() + " was last applied at " + storedLastEvent(c, track).orElse("nothing")
          + ", not " + expected, null);
    }
  }

  private Optional<String> storedLastEvent(Connection c, CaseTrack track) throws SQLException {
    try (PreparedStatement read = c.prepareStatement(
        "SELECT last_event_id FROM " + tables.metricsTracks() + " WHERE case_id = ? AND tenant = ?")) {
      read.setString(1, track.caseId().value());
      read.setString(2, track.tenant().value());
      try (ResultSet row = read.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }

  private void writeJump(Connection c, JumpState state) throws SQLException {
    if (state.version() == 1) {
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tables.metricsJumps()
          + " (tenant, product, armed, version) VALUES (?, ?, ?, 1)")) {
        insert.setString(1, state.tenant().value());
        insert.setString(2, state.product());
        insert.setBoolean(3, state.armed());
        insert.executeUpdate();
      } catch (SQLException e) {
        if (database.dialect().isUniqueViolation(e)) {
          throw conflict("return-rate alert state of " + state.product() + " was written by another writer meanwhile, "
              + "not at version 0", e);
        }
        throw e;
      }
      return;
    }
    int updated;
    try (PreparedStatement update = c.prepareStatement("UPDATE " + tables.metricsJumps()
        + " SET armed = ?, version = ? WHERE tenant = ? AND product = ? AND version = ?")) {
      update.setBoolean(1, state.armed());
      update.setLong(2, state.version());
      update.setString(3, state.tenant().value());
      update.setString(4, state.product());
      update.setLong(5, state.version() - 1); // the guard: only the state the update was computed from
      updated = update.executeUpdate();
    }
    if (updated != 1) {
      long stored = storedJump(c, state.tenant(), state.product()).map(JumpState::version).orElse(0L);
      throw conflict("return-rate alert state of " + state.product() + " is at version " + stored + ", not "
          + (state.version() - 1), null);
    }
  }

  private void addCounters(Connection c, List<Increment> increments) throws SQLException {
    if (increments.isEmpty()) {
      return;
    }
    try (PreparedStatement add = c.prepareStatement(addToCounter)) {
      for (Increment increment : increments) {
        add.setString(1, increment.key().tenant().value());
        add.setString(2, increment.key().product());
        add.setObject(3, increment.key().day());
        add.setString(4, increment.name());
        add.setLong(5, increment.amount()); // added to the stored total, never read first
        add.addBatch();
      }
      add.executeBatch();
    }
  }

  private static ConcurrentMetricsUpdateException conflict(String message, SQLException cause) {
    ConcurrentMetricsUpdateException conflict = new ConcurrentMetricsUpdateException(message);
    if (cause != null) {
      conflict.initCause(cause);
    }
    return conflict;
  }

  /** A lost deadlock or serialization conflict is a concurrent update too: applying the event again decides. */
  private RuntimeException translate(String what, SQLException e) {
    if (database.lostConflict(e)) {
      return conflict(what + " lost a conflict with a concurrent update: " + e.getMessage(), e);
    }
    return Database.failure(database.dialect(), what, e);
  }
}
