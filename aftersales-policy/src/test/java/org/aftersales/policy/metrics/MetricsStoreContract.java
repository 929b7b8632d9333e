package org.aftersales.policy.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.TenantId;
import org.aftersales.money.Money;
import org.aftersales.policy.alert.JumpState;
import org.aftersales.policy.alert.ReturnRateJumpRule;
import org.aftersales.policy.metrics.CaseTrack.Mark;
import org.aftersales.store.Notice;
import org.aftersales.store.Outbox;
import org.aftersales.store.OutboxMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link MetricsStore} keeps, read from the port's Javadoc: tracks checked on the
 * last event applied, alert states on their version, counters that add up and sum over half-open day
 * ranges, notices written with the update, and nothing at all written when a check fails. Each
 * adapter's test extends it and says how to make an empty store and the outbox its notices go to.
 */
public abstract class MetricsStoreContract {

  private static final TenantId SHOP = TenantId.of("shop-1");
  private static final TenantId OTHER_SHOP = TenantId.of("shop-2");
  private static final LocalDate MON = LocalDate.of(2026, 3, 2);
  private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
  /** A rule that moves alert states often on small random histories. */
  private static final ReturnRateJumpRule TOUCHY = new ReturnRateJumpRule(2, 3, 1, 1, 1, 1, 0.5, 0.2);

  /**
   * An empty store and the outbox its notices go to.
   *
   * @param store the store under test
   * @param outbox where its notices can be read back
   */
  public record Fixture(MetricsStore store, Outbox outbox) {}

  /** Returns an empty store (no tracks, counters or alert states of any tenant) over an empty outbox. */
  protected abstract Fixture newStore();

  private MetricsStore store;
  private Outbox outbox;

  @BeforeEach
  final void startWithAnEmptyStore() {
    Fixture fixture = newStore();
    store = fixture.store();
    outbox = fixture.outbox();
  }

  private static CaseTrack track(String caseId, long version, int index) {
    return new CaseTrack(CaseId.of(caseId), SHOP, OrderId.of("o-" + caseId), CaseType.RETURN_AND_REFUND,
        List.of(OrderLine.of("l1", "MUG", 2, Money.of(10_000, "CNY"))), T0, MON, version, index,
        EnumSet.of(Mark.RESPONDED), Map.of(caseId + "-respond", Actor.MERCHANT));
  }

  private static MetricKey key(String product, LocalDate day) {
    return new MetricKey(SHOP, product, day);
  }

  private static Notice notice(String id) {
    return Notice.of(id, SHOP, "ReturnRateJumped", "return-rate:MUG", T0, Map.of("recentReturned", "7", "z", "3.2"));
  }

  private static MetricsUpdate update(CaseTrack track, Optional<String> expected, Map<MetricKey, Map<String, Long>> increments,
      List<JumpState> jumps, List<Notice> notices) {
    return new MetricsUpdate(track, expected, increments, jumps, notices);
  }

  private static MetricsUpdate opening(String caseId) {
    return update(track(caseId, 1, 0), Optional.empty(), Map.of(key("MUG", MON), Map.of(CounterNames.OPENED, 1L)),
        List.of(), List.of());
  }

  /** Everything a commit on case c-1 and product MUG could touch. */
  private List<Object> snapshot() {
    return List.of(store.track(SHOP, CaseId.of("c-1")), store.track(SHOP, CaseId.of("c-2")),
        store.jumpState(SHOP, "MUG"), store.counters(SHOP, "MUG", MON.minusDays(30), MON.plusDays(30)),
        store.counters(SHOP, MetricKey.ALL_PRODUCTS, MON.minusDays(30), MON.plusDays(30)),
        outbox.pending(100).stream().map(OutboxMessage::id).toList());
  }

  // --- tracks ---------------------------------------------------------------------------------

  @Test
  void anEmptyStoreKnowsNoTrackNoAlertStateAndCountsNothing() {
    assertThat(store.track(SHOP, CaseId.of("c-1"))).isEmpty();
    assertThat(store.jumpState(SHOP, "MUG")).isEmpty();
    assertThat(store.counters(SHOP, "MUG", MON, MON.plusDays(7))).isEqualTo(Counters.NONE);
  }

  @Test
  void aCaseSeenFirstStoresItsTrackForItsTenantOnly() {
    store.commit(opening("c-1"));
    assertThat(store.track(SHOP, CaseId.of("c-1"))).contains(track("c-1", 1, 0));
    assertThat(store.track(OTHER_SHOP, CaseId.of("c-1"))).isEmpty();
  }

  @Test
  void anUpdateFromTheStoredTrackReplacesIt() {
    store.commit(opening("c-1"));
    store.commit(update(track("c-1", 1, 1), Optional.of("c-1:1:0"), Map.of(), List.of(), List.of()));
    store.commit(update(track("c-1", 2, 0), Optional.of("c-1:1:1"), Map.of(), List.of(), List.of()));
    assertThat(store.track(SHOP, CaseId.of("c-1"))).contains(track("c-1", 2, 0));
  }

  @Test
  void anUpdateFromAnotherTrackThrowsAndWritesNothing() {
    store.commit(opening("c-1"));
    store.commit(update(track("c-1", 1, 1), Optional.of("c-1:1:0"), Map.of(), List.of(), List.of()));
    List<Object> before = snapshot();
    MetricsUpdate stale = update(track("c-1", 1, 1), Optional.of("c-1:1:0"),
        Map.of(key("MUG", MON), Map.of(CounterNames.ENDED, 1L)), List.of(new JumpState(SHOP, "MUG", false, 1)),
        List.of(notice("n-stale")));
    assertThatThrownBy(() -> store.commit(stale)).isInstanceOf(ConcurrentMetricsUpdateException.class)
        .hasMessageContaining("c-1");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aFirstUpdateOfACaseTheStoreKnowsThrowsAndWritesNothing() {
    store.commit(opening("c-1"));
    List<Object> before = snapshot();
    MetricsUpdate again = update(track("c-1", 1, 0), Optional.empty(),
        Map.of(key("MUG", MON), Map.of(CounterNames.OPENED, 1L)), List.of(), List.of(notice("n-again")));
    assertThatThrownBy(() -> store.commit(again)).isInstanceOf(ConcurrentMetricsUpdateException.class);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anUpdateOfACaseTheStoreDoesNotKnowThrowsAndWritesNothing() {
    List<Object> before = snapshot();
    MetricsUpdate orphan = update(track("c-1", 1, 1), Optional.of("c-1:1:0"),
        Map.of(key("MUG", MON), Map.of(CounterNames.OPENED, 1L)), List.of(), List.of());
    assertThatThrownBy(() -> store.commit(orphan)).isInstanceOf(ConcurrentMetricsUpdateException.class);
    assertThat(snapshot()).isEqualTo(before);
  }

  // --- counters -------------------------------------------------------------------------------

  @Test
  void incrementsAddUpAndARangeSumsItsDaysFromInclusiveToExclusive() {
    store.commit(update(track("c-1", 1, 0), Optional.empty(), Map.of(
        key("MUG", MON), Map.of(CounterNames.OPENED, 1L, CounterNames.RETURNED_UNITS, 2L),
        key("MUG", MON.plusDays(1)), Map.of(CounterNames.OPENED, 1L),
        key("MUG", MON.plusDays(2)), Map.of(CounterNames.OPENED, 5L),
        key(MetricKey.ALL_PRODUCTS, MON), Map.of(CounterNames.OPENED, 1L),
        key("LAMP", MON), Map.of(CounterNames.OPENED, 3L)), List.of(), List.of()));
    store.commit(update(track("c-2", 1, 0), Optional.empty(),
        Map.of(key("MUG", MON), Map.of(CounterNames.OPENED, 4L)), List.of(), List.of()));

    Counters twoDays = store.counters(SHOP, "MUG", MON, MON.plusDays(2));
    assertThat(twoDays.values()).containsExactlyInAnyOrderEntriesOf(
        Map.of(CounterNames.OPENED, 6L, CounterNames.RETURNED_UNITS, 2L));
    assertThat(store.counters(SHOP, "MUG", MON.plusDays(2), MON.plusDays(3)).get(CounterNames.OPENED)).isEqualTo(5);
    assertThat(store.counters(SHOP, MetricKey.ALL_PRODUCTS, MON, MON.plusDays(1)).get(CounterNames.OPENED)).isEqualTo(1);
    assertThat(store.counters(SHOP, "LAMP", MON, MON.plusDays(1)).get(CounterNames.OPENED)).isEqualTo(3);
    assertThat(store.counters(OTHER_SHOP, "MUG", MON, MON.plusDays(3))).isEqualTo(Counters.NONE);
  }

  @Test
  void anEmptyRangeCountsNothingAndAReversedOneIsRefused() {
    store.commit(opening("c-1"));
    assertThat(store.counters(SHOP, "MUG", MON, MON)).isEqualTo(Counters.NONE);
    assertThatThrownBy(() -> store.counters(SHOP, "MUG", MON, MON.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before fromInclusive");
  }

  // --- alert states ---------------------------------------------------------------------------

  @Test
  void anAlertStateIsFirstWrittenAtVersionOneThenOneVersionAtATime() {
    JumpState first = new JumpState(SHOP, "MUG", false, 1);
    store.commit(update(track("c-1", 1, 0), Optional.empty(), Map.of(), List.of(first), List.of()));
    assertThat(store.jumpState(SHOP, "MUG")).contains(first);
    store.commit(update(track("c-1", 1, 1), Optional.of("c-1:1:0"), Map.of(), List.of(first.changedTo(true)), List.of()));
    assertThat(store.jumpState(SHOP, "MUG")).contains(new JumpState(SHOP, "MUG", true, 2));
    assertThat(store.jumpState(OTHER_SHOP, "MUG")).isEmpty();
  }

  @Test
  void anAlertStateFromAnOlderVersionThrowsAndWritesNothing() {
    JumpState first = new JumpState(SHOP, "MUG", false, 1);
    store.commit(update(track("c-1", 1, 0), Optional.empty(), Map.of(), List.of(first), List.of()));
    store.commit(update(track("c-1", 1, 1), Optional.of("c-1:1:0"), Map.of(), List.of(first.changedTo(true)), List.of()));
    List<Object> before = snapshot();
    MetricsUpdate stale = update(track("c-2", 1, 0), Optional.empty(),
        Map.of(key("MUG", MON), Map.of(CounterNames.OPENED, 1L)), List.of(first.changedTo(true)), List.of(notice("n-2")));
    assertThatThrownBy(() -> store.commit(stale)).isInstanceOf(ConcurrentMetricsUpdateException.class)
        .hasMessageContaining("MUG");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anAlertStateFirstWrittenTwiceThrowsTheSecondTime() {
    JumpState first = new JumpState(SHOP, "MUG", false, 1);
    store.commit(update(track("c-1", 1, 0), Optional.empty(), Map.of(), List.of(first), List.of()));
    List<Object> before = snapshot();
    assertThatThrownBy(() -> store.commit(update(track("c-2", 1, 0), Optional.empty(), Map.of(), List.of(first),
        List.of()))).isInstanceOf(ConcurrentMetricsUpdateException.class);
    assertThat(snapshot()).isEqualTo(before);
  }

  // --- notices --------------------------------------------------------------------------------

  @Test
  void noticesJoinTheOutboxWithTheUpdateInOrder() {
    store.commit(update(track("c-1", 1, 0), Optional.empty(), Map.of(), List.of(), List.of(notice("n-1"), notice("n-2"))));
    List<OutboxMessage> pending = outbox.pending(10);
    assertThat(pending).extracting(OutboxMessage::id).containsExactly("n-1", "n-2");
    assertThat(pending.get(0)).isEqualTo(OutboxMessage.of(notice("n-1")));
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> store.commit(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.track(null, CaseId.of("c-1"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.jumpState(SHOP, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.counters(SHOP, "MUG", null, MON)).isInstanceOf(NullPointerException.class);
  }

  // --- concurrency ----------------------------------------------------------------------------

  @Test
  void twoConcurrentUpdatesOfOneProductFromOneStateOneWinsTheOtherThrowsAndLeavesNothing() throws Exception {
    JumpState first = new JumpState(SHOP, "MUG", true, 1);
    store.commit(update(track("c-0", 1, 0), Optional.empty(), Map.of(), List.of(first), List.of()));
    for (int round = 0; round < 5; round++) {
      JumpState from = store.jumpState(SHOP, "MUG").orElseThrow();
      String a = "a" + round;
      String b = "b" + round;
      CyclicBarrier start = new CyclicBarrier(2);
      CompletableFuture<Optional<Throwable>> left = CompletableFuture.supplyAsync(() -> racing(start, a, from));
      CompletableFuture<Optional<Throwable>> right = CompletableFuture.supplyAsync(() -> racing(start, b, from));
      List<Optional<Throwable>> outcomes = List.of(left.get(), right.get());

      assertThat(outcomes.stream().filter(Optional::isEmpty)).hasSize(1);
      assertThat(outcomes.stream().flatMap(Optional::stream))
          .singleElement().isInstanceOf(ConcurrentMetricsUpdateException.class);
      String winner = outcomes.get(0).isEmpty() ? a : b;
      String loser = winner.equals(a) ? b : a;
      assertThat(store.jumpState(SHOP, "MUG")).contains(from.changedTo(!from.armed()));
      assertThat(store.track(SHOP, CaseId.of(winner))).isPresent();
      assertThat(store.track(SHOP, CaseId.of(loser))).isEmpty();
      assertThat(store.counters(SHOP, "MUG", MON, MON.plusDays(1)).get(CounterNames.OPENED)).isEqualTo(round + 1);
      assertThat(outbox.pending(100)).extracting(OutboxMessage::id).contains("n-" + winner).doesNotContain("n-" + loser);
    }
  }

  private Optional<Throwable> racing(CyclicBarrier start, String caseId, JumpState from) {
    MetricsUpdate racer = update(track(caseId, 1, 0), Optional.empty(),
        Map.of(key("MUG", MON), Map.of(CounterNames.OPENED, 1L)), List.of(from.changedTo(!from.armed())),
        List.of(notice("n-" + caseId)));
    try {
      start.await();
      store.commit(racer);
      return Optional.empty();
    } catch (Exception e) {
      return Optional.of(e);
    }
  }

  // --- rebuild --------------------------------------------------------------------------------

  @Test
  void theProjectionOverThisStoreRebuildsARandomHistoryAsInMemory() {
    qt().withExamples(8).forAll(longs().all(), integers().between(1, 6)).checkAssert((seed, caseCount) -> {
      RandomHistories h = new RandomHistories(seed, caseCount);
      List<RecordedEvent> inOrder = h.inTimeOrder();
      InMemoryMetricsStore reference = new InMemoryMetricsStore(notices -> { });
      new MetricsProjection(reference, h.ledger, HandWorkedHistory.POLICIES, TOUCHY).applyAll(inOrder);
      MetricsStore tested = newStore().store();
      new MetricsProjection(tested, h.ledger, HandWorkedHistory.POLICIES, TOUCHY).applyAll(inOrder);
      assertThat(stateOf(tested, inOrder)).isEqualTo(stateOf(reference, inOrder));
    });
  }

  /** What a store holds of a history, read through the port: tracks, alert states, counters per day. */
  private static List<String> stateOf(MetricsStore s, List<RecordedEvent> events) {
    TenantId tenant = events.get(0).tenant();
    TreeSet<String> products = new TreeSet<>(List.of(MetricKey.ALL_PRODUCTS));
    List<String> state = new ArrayList<>();
    for (RecordedEvent e : events) {
      if (e.event() instanceof CaseEvent.CaseOpened opened) {
        opened.lines().forEach(line -> products.add(line.sku()));
        state.add("track|" + s.track(tenant, e.caseId()));
      }
    }
    LocalDate first = LocalDate.ofInstant(events.get(0).occurredAt(), HandWorkedHistory.SHANGHAI).minusDays(10);
    LocalDate last = LocalDate.ofInstant(events.get(events.size() - 1).occurredAt(), HandWorkedHistory.SHANGHAI);
    for (String product : products) {
      state.add("jump|" + product + "|" + s.jumpState(tenant, product));
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        Counters counters = s.counters(tenant, product, day, day.plusDays(1));
        if (!counters.values().isEmpty()) {
          state.add("count|" + product + "|" + day + "|" + counters.values());
        }
      }
    }
    return state;
  }
}
