package org.aftersales.jdbc;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The names of the library's tables: a prefix (by default {@code aftersales_}) and a fixed name each,
 * so that several installations, or test suites, can share one database schema.
 *
 * @param prefix 1 to 30 characters: a lowercase letter, then lowercase letters, digits or underscores
 */
public record Tables(String prefix) {

  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,29}");

  /** The prefix the library uses unless told otherwise. */
  public static final Tables DEFAULT = new Tables("aftersales_");

  /**
   * Validates the prefix; it goes into SQL text, so only plain identifier characters are allowed.
   *
   * @throws NullPointerException if prefix is null
   * @throws IllegalArgumentException if prefix is empty, longer than 30 characters, or has a character
   *     other than a lowercase letter, digit or underscore, or starts with other than a letter
   */
  public Tables {
    Objects.requireNonNull(prefix, "prefix");
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "prefix must be a lowercase letter then up to 29 lowercase letters, digits or underscores, but was '"
              + prefix + "'");
    }
  }

  /** Returns the table of cases. */
  public String cases() {
    return prefix + "case";
  }

  /** Returns the table of events, the append-only history. */
  public String events() {
    return prefix + "event";
  }

  /** Returns the table of due timers. */
  public String timers() {
    return prefix + "timer";
  }

  /** Returns the outbox table. */
  public String outbox() {
    return prefix + "outbox";
  }

  /** Returns the table of idempotency records. */
  public String idempotency() {
    return prefix + "idempotency";
  }

  /** Returns the table of order lines held by open cases. */
  public String lineClaims() {
    return prefix + "line_claim";
  }

  /** Returns the table of the metrics projection's case tracks. */
  public String metricsTracks() {
    return prefix + "metrics_track";
  }

  /** Returns the table of the metrics projection's counters per tenant, product, day and name. */
  public String metricsCounters() {
    return prefix + "metrics_counter";
  }

  /** Returns the table of the return-rate alert states per product. */
  public String metricsJumps() {
    return prefix + "metrics_jump";
  }

  /** Returns the table of order lines the host reported received. */
  public String deliveryReceipts() {
    return prefix + "delivery_receipt";
  }

  /** Returns the table of units received per product and day. */
  public String deliveryUnits() {
    return prefix + "delivery_units";
  }

  /** Returns the table of event ids the buyer-risk projection has applied. */
  public String riskSeen() {
    return prefix + "risk_seen";
  }

  /** Returns the table of the buyer-risk projection's notes per case. */
  public String riskNotes() {
    return prefix + "risk_note";
  }

  /** Returns the table of the moments of buyers' counted risk events. */
  public String riskIncidents() {
    return prefix + "risk_incident";
  }

  /** Returns the table of orders the host reported completed per buyer. */
  public String completedOrders() {
    return prefix + "completed_order";
  }

  /** Returns the table holding the installed schema version. */
  public String schemaVersion() {
    return prefix + "schema_version";
  }

  /** Returns {@code sql} with every {@code ${prefix}} replaced by this prefix. */
  public String expand(String sql) {
    return sql.replace("${prefix}", prefix);
  }
}
