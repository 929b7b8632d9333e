package org.aftersales.jdbc;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.TenantId;
import org.aftersales.jdbc.dialect.Dialect;
import org.aftersales.jdbc.json.AfterSalesJson;
import org.aftersales.jdbc.schema.SchemaMismatchException;
import org.aftersales.store.AfterSalesStore;
import org.aftersales.store.CaseCommit;
import org.aftersales.store.CasePage;
import org.aftersales.store.DeadlineQueue;
import org.aftersales.store.CaseQuery;
import org.aftersales.store.DueTimer;
import org.aftersales.store.IdempotencyRecord;
import org.aftersales.store.Notice;
import org.aftersales.store.NoticeOutbox;
import org.aftersales.store.OrderLineInOpenCaseException;
import org.aftersales.store.OutboxMessage;
import org.aftersales.store.StaleVersionException;

/**
 * Every persistence port on a relational database (PostgreSQL, MySQL 8 / MariaDB 10.6+, H2), the
 * dialect detected from the connection. Cases, events, the idempotency record and the command itself
 * are stored as JSON next to the columns queries use; a commit writes the case, its events, timers,
 * outbox messages, order-line claims and idempotency record in one transaction, guarded by the case
 * version. Timers are claimed with {@code FOR UPDATE SKIP LOCKED} and a lease, so any number of nodes
 * may sweep at once. Its outbox also takes notices ({@link NoticeOutbox}), delivered by the same relay.
 *
 * <p>Every method runs in one transaction of the {@link ConnectionProvider}: the store's own, or the
 * host's. Besides the core's exceptions, a method may throw {@link DatabaseUnavailableException} when
 * the database cannot be reached or the connection breaks, {@link MalformedPayloadException} when a
 * stored row cannot be read, and {@link AfterSalesJdbcException} when the database refuses a statement;
 * in each case nothing the call meant to write was written.
 *
 * <p>Instances are thread-safe.
 */
public final class JdbcAfterSalesStore implements AfterSalesStore, NoticeOutbox {

  private final Database database;
  private final Clock clock;
  private final CommitWriter writer;
  private final CaseReader reader;
  private final TimerQueue timers;
  private final OutboxTable outbox;
  private final IdempotencyTable idempotency;

  private JdbcAfterSalesStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
    Dialect dialect = database.dialect();
    Tables tables = database.tables();
    Payloads payloads = new Payloads(new AfterSalesJson());
    this.writer = new CommitWriter(dialect, tables, payloads);
    this.reader = new CaseReader(tables, payloads);
    this.timers = new TimerQueue(dialect, tables);
    this.outbox = new OutboxTable(dialect, tables, payloads);
    this.idempotency = new IdempotencyTable(tables, payloads);
  }

  /**
   * Opens the store on a data source, with the default table prefix and the system clock, each call in
   * its own transaction.
   *
   * @param dataSource the database
   * @return the store
   * @throws NullPointerException if dataSource is null
   * @throws DatabaseUnavailableException if the database cannot be reached
   * @throws SchemaMismatchException if the schema is missing, older or newer than this library's
   * @throws org.aftersales.jdbc.dialect.UnsupportedDatabaseException if the database is not supported
   */
  public static JdbcAfterSalesStore open(DataSource dataSource) {
    return open(ConnectionProvider.of(dataSource), Tables.DEFAULT, Clock.systemUTC());
  }

  /**
   * Opens the store: detects the dialect and checks the schema version, so that a wrong schema fails
   * at startup rather than at the first command.
   *
   * @param connections the transactions to work in: {@link ConnectionProvider#of} for the store's own,
   *     {@link ConnectionProvider#joining} for the host's
   * @param tables the table names
   * @param clock the time delivery marks are stamped with
   * @return the store
   * @throws NullPointerException if any argument is null
   * @throws DatabaseUnavailableException if the database cannot be reached
   * @throws SchemaMismatchException if the schema is missing, older or newer than this library's
   * @throws org.aftersales.jdbc.dialect.UnsupportedDatabaseException if the database is not supported
   */
  public static JdbcAfterSalesStore open(ConnectionProvider connections, Tables tables, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return new JdbcAfterSalesStore(Database.open(connections, tables), clock);
  }

  /** Returns the dialect detected. */
  public Dialect dialect() {
    return database.dialect();
  }

  /** Returns the table names. */
  public Tables tables() {
    return database.tables();
  }

  @Override
  public Optional<AfterSalesCase> load(TenantId tenant, CaseId caseId) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(caseId, "caseId");
    return call("loading case " + caseId, c -> reader.load(c, tenant, caseId));
  }

  @Override
  public List<RecordedEvent> history(TenantId tenant, CaseId caseId) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(caseId, "caseId");
    return call("reading the history of case " + caseId, c -> reader.history(c, tenant, caseId));
  }

  @Override
  public void commit(CaseCommit commit) {
    Objects.requireNonNull(commit, "commit");
    AfterSalesCase after = commit.after();
    try {
      database.connections().inTransaction(c -> {
        writer.write(c, commit);
        return null;
      });
    } catch (CommitWriter.KeyTaken taken) {
      throw refusal(commit, taken);
    } catch (SQLException e) {
      throw translate("committing version " + after.version() + " of case " + after.id(), e, commit);
    }
  }

  /**
   * Reads, after the rollback, who holds the key a commit was refused on. The holder committed before
   * the refusal, so it is visible now, unless it has let go since: then the commit is as good as
   * stale, and the service decides again.
   */
  private RuntimeException refusal(CaseCommit commit, CommitWriter.KeyTaken taken) {
    AfterSalesCase after = commit.after();
    if (taken.line == null) {
      long stored = call("reading the version of case " + after.id(), c -> writer.storedVersion(c, after.tenant(), after.id()))
          .orElse(-1L);
      return new StaleVersionException(after.id(), commit.expectedVersion(), stored);
    }
    return call("reading the holder of " + taken.line, c -> writer.holderOf(c, taken.line))
        .<RuntimeException>map(holder -> new OrderLineInOpenCaseException(taken.line, holder))
        .orElseGet(() -> new StaleVersionException(after.id(), commit.expectedVersion(), -1));
  }

  @Override
  public CasePage find(CaseQuery query) {
    Objects.requireNonNull(query, "query");
    Optional<Cursor> after = query.after().map(Cursor::parse);
    return call("finding cases of tenant " + query.tenant(), c -> reader.find(c, query, after));
  }

  @Override
  public List<DueTimer> claimDue(Instant now, int limit, String owner, Duration lease) {
    DeadlineQueue.checkClaim(now, limit, owner, lease);
    return call("claiming due timers for " + owner, c -> timers.claimDue(c, now, limit, owner, lease));
  }

  @Override
  public void release(String timerId, String owner, Instant retryAt) {
    Objects.requireNonNull(timerId, "timerId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(retryAt, "retryAt");
    call("releasing timer " + timerId, c -> {
      timers.release(c, timerId, owner, retryAt);
      return null;
    });
  }

  @Override
  public long scheduledTimers() {
    return call("counting timers", timers::count);
  }

  @Override
  public List<OutboxMessage> pending(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
    }
    return call("reading the outbox", c -> outbox.pending(c, limit));
  }

  @Override
  public void markDelivered(Collection<String> ids) {
    Objects.requireNonNull(ids, "ids");
    List<String> copy = List.copyOf(ids);
    Instant now = clock.instant();
    call("marking outbox messages delivered", c -> {
      outbox.markDelivered(c, copy, now);
      return null;
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>The notices are written in one transaction of the store's {@link ConnectionProvider}. A notice
   * whose id is in the outbox, pending or delivered and not yet purged, is skipped. A projection that
   * must raise notices with its own state change writes them in that change's transaction instead, as
   * {@link JdbcMetricsStore} does.
   *
   * @throws IllegalArgumentException if a notice's id or key is longer than 255 characters or not
   *     ASCII, or its type longer than 64; nothing is appended
   */
  @Override
  public void append(Collection<Notice> notices) {
    List<Notice> checked = OutboxTable.checkedNotices(notices);
    call("appending notices to the outbox", c -> {
      outbox.append(c, checked);
      return null;
    });
  }

  /**
   * Removes outbox messages delivered before {@code cutoff}; undelivered ones stay whatever their age.
   *
   * @param cutoff the delivery time before which messages are removed
   * @return how many were removed
   * @throws NullPointerException if cutoff is null
   */
  public int purgeDeliveredBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return call("purging delivered outbox messages", c -> outbox.purgeDeliveredBefore(c, cutoff));
  }

  @Override
  public Optional<IdempotencyRecord> recorded(TenantId tenant, IdempotencyKey key) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(key, "key");
    return call("reading idempotency key " + key, c -> idempotency.recorded(c, tenant, key));
  }

  @Override
  public int purgeRecordedBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return call("purging idempotency records", c -> idempotency.purgeRecordedBefore(c, cutoff));
  }

  /** Runs work in one transaction, translating the driver's exceptions; {@code what} names it in messages. */
  <T> T call(String what, SqlWork<T> work) {
    return database.call(what, work);
  }

  /** The outbox table, for the relay's claims. */
  OutboxTable outbox() {
    return outbox;
  }

  /**
   * Turns a driver's exception during a commit into the store's: a lost lock conflict (which the
   * service retries as a stale version), or else as {@link Database#failure}.
   */
  private RuntimeException translate(String what, SQLException e, CaseCommit commit) {
    if (database.lostConflict(e)) {
      StaleVersionException stale =
          new StaleVersionException(commit.after().id(), commit.expectedVersion(), -1);
      stale.initCause(e);
      return stale;
    }
    return Database.failure(database.dialect(), what, e);
  }
}
