package org.aftersales.policy.metrics;

import java.time.LocalDate;
import java.util.Optional;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.TenantId;
import org.aftersales.policy.alert.JumpState;

/**
 * Where the metrics projection keeps its state: one track per case, counters per {@link MetricKey}
 * and name, and one return-rate alert state per product. The state is plain rows: a table of tracks,
 * a table {@code (tenant, product, day, name, count)} and a table of alert states.
 *
 * <p>Implementations must be thread-safe and write each {@link MetricsUpdate} atomically together
 * with its notices: check the update's expectations, then append its notices to the outbox and write
 * its track, alert states and counter increments, all or nothing. A database adapter does all of it in
 * one transaction that also inserts the notices into the outbox table (the {@link
 * org.aftersales.store.NoticeOutbox} contract), so an alert goes out exactly when the state that
 * disarmed its product is written, and a {@link ConcurrentMetricsUpdateException} writes nothing.
 */
public interface MetricsStore {

  /**
   * Returns the track of a case, empty if the projection has not seen it.
   *
   * @throws NullPointerException if an argument is null
   */
  Optional<CaseTrack> track(TenantId tenant, CaseId caseId);

  /**
   * Returns the return-rate alert state of a product, empty if none was written.
   *
   * @throws NullPointerException if an argument is null
   */
  Optional<JumpState> jumpState(TenantId tenant, String product);

  /**
   * Returns the counters of a tenant's product (or {@link MetricKey#ALL_PRODUCTS}) summed over the
   * days {@code [fromInclusive, toExclusive)}; {@link Counters#NONE} for an empty range.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if toExclusive is before fromInclusive
   */
  Counters counters(TenantId tenant, String product, LocalDate fromInclusive, LocalDate toExclusive);

  /**
   * Writes an update and its notices atomically.
   *
   * @throws ConcurrentMetricsUpdateException if the stored track or an alert state is not the one the
   *     update was computed from; nothing is written
   * @throws NullPointerException if update is null
   */
  void commit(MetricsUpdate update);
}
