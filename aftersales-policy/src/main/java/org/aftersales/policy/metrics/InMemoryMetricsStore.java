package org.aftersales.policy.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.TenantId;
import org.aftersales.policy.alert.JumpState;
import org.aftersales.store.NoticeOutbox;

/**
 * The metrics state in memory, its alerts going to a {@link NoticeOutbox} such as the core's
 * {@code InMemoryAfterSalesStore}. One lock guards the state; a commit checks its expectations,
 * appends its notices and applies its changes inside it, and nothing in between can fail, so the
 * alert goes out exactly when the state that fired it is written. Nothing survives the process.
 *
 * <p>Instances are thread-safe.
 */
public final class InMemoryMetricsStore implements MetricsStore {

  private final Object lock = new Object();
  private final NoticeOutbox outbox;
  private final Map<CaseId, CaseTrack> tracks = new HashMap<>();
  private final Map<ProductKey, JumpState> jumpStates = new HashMap<>();
  private final Map<ProductKey, TreeMap<LocalDate, Map<String, Long>>> counters = new HashMap<>();

  private record ProductKey(TenantId tenant, String product) {}

  /**
   * Creates an empty store.
   *
   * @param outbox where alerts go; for a rebuild whose alerts already went out, {@code notices -> {}}
   * @throws NullPointerException if outbox is null
   */
  public InMemoryMetricsStore(NoticeOutbox outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  @Override
  public Optional<CaseTrack> track(TenantId tenant, CaseId caseId) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(caseId, "caseId");
    synchronized (lock) {
      return Optional.ofNullable(tracks.get(caseId)).filter(t -> t.tenant().equals(tenant));
    }
  }

  @Override
  public Optional<JumpState> jumpState(TenantId tenant, String product) {
    ProductKey key = new ProductKey(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(product, "product"));
    synchronized (lock) {
      return Optional.ofNullable(jumpStates.get(key));
    }
  }

  @Override
  public Counters counters(TenantId tenant, String product, LocalDate fromInclusive, LocalDate toExclusive) {
    ProductKey key = new ProductKey(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(product, "product"));
    if (DayRanges.isEmpty(fromInclusive, toExclusive)) {
      return Counters.NONE;
    }
    TreeMap<String, Long> sum = new TreeMap<>();
    synchronized (lock) {
      TreeMap<LocalDate, Map<String, Long>> days = counters.get(key);
      if (days != null) {
        days.subMap(fromInclusive, toExclusive).values()
            .forEach(day -> day.forEach((name, value) -> sum.merge(name, value, Math::addExact)));
      }
    }
    return new Counters(sum);
  }

  @Override
  public void commit(MetricsUpdate update) {
    Objects.requireNonNull(update, "update");
    CaseTrack track = update.track();
    synchronized (lock) {
      Optional<String> stored = Optional.ofNullable(tracks.get(track.caseId())).map(CaseTrack::lastEventId);
      if (!stored.equals(update.expectedLastEventId())) {
        throw new ConcurrentMetricsUpdateException("case " + track.caseId() + " was last applied at "
            + stored.orElse("nothing") + ", not " + update.expectedLastEventId().orElse("nothing"));
      }
      for (JumpState state : update.jumpStates()) {
        long storedVersion = Optional.ofNullable(jumpStates.get(new ProductKey(state.tenant(), state.product())))
            .map(JumpState::version).orElse(0L);
        if (state.version() != storedVersion + 1) {
          throw new ConcurrentMetricsUpdateException("return-rate alert state of " + state.product() + " is at version "
              + storedVersion + ", not " + (state.version() - 1));
        }
      }
      outbox.append(update.notices());
      tracks.put(track.caseId(), track);
      update.jumpStates().forEach(state -> jumpStates.put(new ProductKey(state.tenant(), state.product()), state));
      update.increments().forEach((key, counts) -> {
        Map<String, Long> day = counters.computeIfAbsent(new ProductKey(key.tenant(), key.product()), k -> new TreeMap<>())
            .computeIfAbsent(key.day(), d -> new TreeMap<>());
        counts.forEach((name, amount) -> day.merge(name, amount, Math::addExact));
      });
    }
  }

  /**
   * Returns the whole state as rows, in a fixed order: what a rebuild must reproduce and what a table
   * would hold. Lines read {@code track|...}, {@code jump|...} and {@code count|tenant|product|day|name|value}.
   */
  public List<String> rows() {
    synchronized (lock) {
      List<String> rows = new ArrayList<>();
      tracks.values().forEach(t -> rows.add("track|" + t));
      jumpStates.values().forEach(j -> rows.add("jump|" + j));
      counters.forEach((key, days) -> days.forEach((day, counts) -> counts.forEach((name, value) ->
          rows.add("count|" + key.tenant() + "|" + key.product() + "|" + day + "|" + name + "|" + value))));
      rows.sort(null);
      return List.copyOf(rows);
    }
  }
}
