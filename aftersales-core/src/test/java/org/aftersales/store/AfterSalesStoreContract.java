package org.aftersales.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.testing.Decisions;
import org.aftersales.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every {@link AfterSalesStore} keeps: atomic commits, outbox order, keyset paging,
 * validation. Each adapter's test extends it and says how to make an empty store.
 */
public abstract class AfterSalesStoreContract {

  private static final Instant T0 = Fixtures.WED_2025_03_05_10_00;
  private static final Instant FAR_FUTURE = T0.plus(Duration.ofDays(3650));

  /** The store under test, empty at the start of each test. */
  protected AfterSalesStore store;

  /** Returns an empty store: no cases, timers, outbox messages or idempotency records, of any tenant. */
  protected abstract AfterSalesStore newStore();

  @BeforeEach
  final void startWithAnEmptyStore() {
    store = newStore();
  }

  // --- atomic commits -------------------------------------------------------------------------

  /** Everything a commit could have touched, for one case and some keys. */
  private record Snapshot(
      Optional<AfterSalesCase> stored,
      List<RecordedEvent> history,
      long timers,
      List<OutboxMessage> outbox,
      List<Optional<IdempotencyRecord>> records) {}

  private Snapshot snapshot(CaseId id, String... keys) {
    return new Snapshot(store.load(Fixtures.SHOP, id), store.history(Fixtures.SHOP, id), store.scheduledTimers(),
        store.pending(10_000),
        Stream.of(keys).map(k -> store.recorded(Fixtures.SHOP, IdempotencyKey.of(k))).toList());
  }

  /** Claims every timer there is (the store's leases change, nothing else) to compare with the case's own. */
  private Set<DueTimer> allTimers() {
    return new HashSet<>(store.claimDue(FAR_FUTURE, 10_000, "probe", Duration.ofMillis(1)));
  }

  private AfterSalesCase committed(CaseCommit commit) {
    store.commit(commit);
    return commit.after();
  }

  @Test
  void aStaleCommitThrowsAndWritesNothing() {
    AfterSalesCase v1 = committed(Decisions.open(CaseId.of("c-1"), CaseType.RETURN_AND_REFUND, key("open"), T0));
    AfterSalesCase v2 = committed(Decisions.decide(v1, Actor.BUYER,
        new CaseCommand.AddEvidence(List.of(Decisions.evidence("a"))), key("evidence"), T0.plusSeconds(60)));
    // Decided on version 1, as a concurrent command would have been: approving moves the timers.
    CaseCommit stale = Decisions.decide(v1, Actor.MERCHANT, new CaseCommand.Approve(), key("approve"), T0.plusSeconds(90));
    assertThat(stale.timerIdsToCancel()).isNotEmpty();
    assertThat(stale.timersToSchedule()).isNotEmpty();
    Snapshot before = snapshot(v1.id(), "open", "evidence", "approve");

    assertThatThrownBy(() -> store.commit(stale))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> {
          assertThat(e.caseId()).isEqualTo(v1.id());
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        })
        .hasMessageContaining("c-1");

    assertThat(snapshot(v1.id(), "open", "evidence", "approve")).isEqualTo(before);
    assertThat(store.recorded(Fixtures.SHOP, key("approve"))).isEmpty();
    assertThat(store.load(Fixtures.SHOP, v1.id())).contains(v2);
    assertThat(allTimers()).isEqualTo(new HashSet<>(CaseCommit.timersOf(v2).values()));
  }

  @Test
  void aCommitUnderAStoredIdempotencyKeyThrowsAndWritesNothing() {
    AfterSalesCase v1 = committed(Decisions.open(CaseId.of("c-1"), CaseType.REFUND_ONLY, key("open"), T0));
    AfterSalesCase v2 = committed(Decisions.decide(v1, Actor.BUYER,
        new CaseCommand.AddEvidence(List.of(Decisions.evidence("a"))), key("evidence"), T0));
    // Version 2 -> 3 is current, but its key was already used.
    CaseCommit reused = Decisions.decide(v2, Actor.MERCHANT, new CaseCommand.Approve(), key("evidence"), T0);
    Snapshot before = snapshot(v1.id(), "open", "evidence");
    IdempotencyRecord original = store.recorded(Fixtures.SHOP, key("evidence")).orElseThrow();

    assertThatThrownBy(() -> store.commit(reused)).isInstanceOf(DuplicateIdempotencyKeyException.class)
        .hasMessageContaining("evidence").hasMessageContaining(Fixtures.SHOP.toString());

    assertThat(snapshot(v1.id(), "open", "evidence")).isEqualTo(before);
    assertThat(store.recorded(Fixtures.SHOP, key("evidence"))).contains(original);
    assertThat(store.load(Fixtures.SHOP, v1.id()).orElseThrow().version()).isEqualTo(2);
    assertThat(allTimers()).isEqualTo(new HashSet<>(CaseCommit.timersOf(v2).values()));
  }

  @Test
  void aNewCaseOnAnOrderLineOfAnOpenCaseThrowsAndWritesNothing_untilThatCaseEnds() {
    OrderId order = OrderId.of("SO-7");
    AfterSalesCase first = committed(Decisions.open(Fixtures.SHOP, order, CaseId.of("c-1"), CaseType.REFUND_ONLY,
        key("first"), T0));
    CaseCommit second = Decisions.open(Fixtures.SHOP, order, CaseId.of("c-2"), CaseType.EXCHANGE, key("second"), T0);
    Snapshot before = snapshot(CaseId.of("c-2"), "second");

    assertThatThrownBy(() -> store.commit(second))
        .isInstanceOfSatisfying(OrderLineInOpenCaseException.class, e -> {
          assertThat(e.openCase()).isEqualTo(first.id());
          assertThat(e.line()).isEqualTo(new OrderLineKey(Fixtures.SHOP, order, "l1"));
        });
    assertThat(snapshot(CaseId.of("c-2"), "second")).isEqualTo(before);

    committed(Decisions.decide(first, Actor.BUYER, new CaseCommand.Withdraw(""), key("withdraw"), T0.plusSeconds(1)));
    assertThat(committed(second).id()).isEqualTo(CaseId.of("c-2"));
    assertThatThrownBy(() -> store.commit(Decisions.open(Fixtures.SHOP, order, CaseId.of("c-3"), CaseType.REPAIR,
        key("third"), T0))).isInstanceOf(OrderLineInOpenCaseException.class);
  }

  @Test
  void anIdempotencyKeyOfOneTenantDoesNotBlockAnother() {
    committed(Decisions.open(CaseId.of("c-1"), CaseType.REFUND_ONLY, key("same"), T0));
    AfterSalesCase other = committed(Decisions.open(Fixtures.OTHER_SHOP, CaseId.of("c-2"), CaseType.REFUND_ONLY,
        key("same"), T0));
    assertThat(store.recorded(Fixtures.OTHER_SHOP, key("same")).orElseThrow().caseId()).isEqualTo(other.id());
    assertThat(store.recorded(Fixtures.SHOP, key("same")).orElseThrow().caseId()).isEqualTo(CaseId.of("c-1"));
    assertThat(store.load(Fixtures.SHOP, other.id())).isEmpty();
    assertThat(store.history(Fixtures.SHOP, other.id())).isEmpty();
  }

  @Test
  void aCaseIdHeldByAnotherTenantIsStaleWithoutDisclosingThatTenantsVersion() {
    AfterSalesCase theirs = committed(Decisions.open(Fixtures.OTHER_SHOP, CaseId.of("c-1"), CaseType.EXCHANGE,
        key("theirs"), T0));
    CaseCommit mine = Decisions.open(Fixtures.SHOP, CaseId.of("c-1"), CaseType.REPAIR, key("mine"), T0.plusSeconds(5));

    assertThatThrownBy(() -> store.commit(mine))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> {
          assertThat(e.expectedVersion()).isZero();
          assertThat(e.actualVersion()).as("another tenant's case is not this tenant's business").isEqualTo(-1);
        });
    assertThat(store.load(Fixtures.OTHER_SHOP, theirs.id())).contains(theirs);
    assertThat(store.load(Fixtures.SHOP, theirs.id())).isEmpty();
    assertThat(store.recorded(Fixtures.SHOP, key("mine"))).isEmpty();
  }

  @Test
  void aNewCaseCommittedTwiceIsStaleAndWritesNothing() {
    CaseCommit open = Decisions.open(CaseId.of("c-1"), CaseType.EXCHANGE, key("open"), T0);
    store.commit(open);
    Snapshot before = snapshot(open.after().id(), "open", "open-again");

    assertThatThrownBy(() -> store.commit(open))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> {
          assertThat(e.expectedVersion()).isZero();
          assertThat(e.actualVersion()).isEqualTo(1);
        });
    // The same id opened again under a fresh key: still stale, and the fresh key is not stored.
    CaseCommit again = Decisions.open(CaseId.of("c-1"), CaseType.REPAIR, key("open-again"), T0.plusSeconds(5));
    assertThatThrownBy(() -> store.commit(again)).isInstanceOf(StaleVersionException.class);

    assertThat(snapshot(open.after().id(), "open", "open-again")).isEqualTo(before);
    assertThat(store.recorded(Fixtures.SHOP, key("open-again"))).isEmpty();
    assertThat(store.load(Fixtures.SHOP, CaseId.of("c-1")).orElseThrow().type()).isEqualTo(CaseType.EXCHANGE);
  }

  // --- outbox --------------------------------------------------------------------------------

  @Test
  void theOutboxKeepsEachCasesEventOrderAndMarkDeliveredRemoves() {
    AfterSalesCase a = committed(Decisions.open(CaseId.of("a"), CaseType.RETURN_AND_REFUND, key("a1"), T0));
    AfterSalesCase b = committed(Decisions.open(CaseId.of("b"), CaseType.REFUND_ONLY, key("b1"), T0));
    a = committed(Decisions.decide(a, Actor.BUYER, new CaseCommand.AddEvidence(List.of(Decisions.evidence("a2"))),
        key("a2"), T0.plusSeconds(1)));
    b = committed(Decisions.decide(b, Actor.MERCHANT, new CaseCommand.Approve(), key("b2"), T0.plusSeconds(2)));
    a = committed(Decisions.decide(a, Actor.MERCHANT, new CaseCommand.Approve(), key("a3"), T0.plusSeconds(3)));
    b = committed(Decisions.decide(b, Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "pay-1"), key("b3"), T0.plusSeconds(4)));

    List<OutboxMessage> pending = store.pending(1_000);
    List<String> historyA = store.history(Fixtures.SHOP, a.id()).stream().map(RecordedEvent::id).toList();
    List<String> historyB = store.history(Fixtures.SHOP, b.id()).stream().map(RecordedEvent::id).toList();
    assertThat(pending).hasSize(historyA.size() + historyB.size());
    assertThat(ids(pending.stream().filter(m -> m.key().equals("a")).toList()))
        .containsExactlyElementsOf(historyA);
    assertThat(ids(pending.stream().filter(m -> m.key().equals("b")).toList()))
        .containsExactlyElementsOf(historyB);
    // Oldest first across cases too: commit order, then event order.
    assertThat(pending).isSortedAccordingTo(Comparator.comparing((OutboxMessage m) -> ((OutboxMessage.CaseEventMessage) m).event().occurredAt()));
    assertThat(store.pending(3)).containsExactlyElementsOf(pending.subList(0, 3));
    assertThat(pending.get(0).type()).isEqualTo("CaseOpened");

    List<String> firstThree = ids(pending.subList(0, 3));
    List<String> toDeliver = new ArrayList<>(firstThree);
    toDeliver.add("no-such-message");
    store.markDelivered(toDeliver);
    assertThat(store.pending(1_000)).containsExactlyElementsOf(pending.subList(3, pending.size()));
    store.markDelivered(firstThree); // again: ignored
    store.markDelivered(List.of());
    assertThat(store.pending(1_000)).containsExactlyElementsOf(pending.subList(3, pending.size()));

    // Delivering a later message of a case first does not reorder the rest.
    String lastOfB = historyB.get(historyB.size() - 1);
    store.markDelivered(List.of(lastOfB));
    assertThat(ids(store.pending(1_000))).containsExactlyElementsOf(
        ids(pending.subList(3, pending.size())).stream().filter(id -> !id.equals(lastOfB)).toList());
  }

  // --- paging --------------------------------------------------------------------------------

  @Test
  void theCursorStaysStableWhileCasesAreAdded() {
    // Ten cases; pairs share an opening millisecond, and ids do not follow opening order.
    List<String> ids = List.of("c-09", "c-03", "c-07", "c-01", "c-05", "c-10", "c-02", "c-08", "c-04", "c-06");
    for (int i = 0; i < ids.size(); i++) {
      committed(Decisions.open(CaseId.of(ids.get(i)), CaseType.REFUND_ONLY, key("open-" + ids.get(i)),
          T0.plusSeconds(i / 2)));
    }
    List<AfterSalesCase> expected = allCasesInOrder();
    assertThat(expected).hasSize(10);

    List<AfterSalesCase> seen = new ArrayList<>();
    CaseQuery query = CaseQuery.all(Fixtures.SHOP, 3);
    int added = 0;
    for (int page = 0; page < 20; page++) {
      CasePage result = store.find(query);
      seen.addAll(result.cases());
      // Between pages: one case opened later, and one opened (by a skewed clock) before the cursor.
      committed(Decisions.open(CaseId.of("late-" + page), CaseType.REFUND_ONLY, key("late-" + page),
          T0.plusSeconds(100 + page)));
      committed(Decisions.open(CaseId.of("early-" + page), CaseType.REFUND_ONLY, key("early-" + page),
          T0.minusSeconds(100 + page)));
      added++;
      if (result.nextCursor().isEmpty()) {
        break;
      }
      assertThat(result.cases()).hasSize(3);
      assertThat(result.nextCursor()).contains(CasePage.cursorAfter(result.cases().get(2)));
      query = query.continuingAfter(result.nextCursor().get());
    }
    assertThat(seen).extracting(c -> c.id().value()).doesNotHaveDuplicates();
    assertThat(seen).isSortedAccordingTo(OPENING_ORDER);
    // Every case there was at the start, once and in order; of the added ones only those after the cursor.
    assertThat(seen.stream().filter(c -> !c.id().value().startsWith("late-") && !c.id().value().startsWith("early-")))
        .containsExactlyElementsOf(expected);
    assertThat(seen).noneMatch(c -> c.id().value().startsWith("early-"));
    assertThat(seen.stream().filter(c -> c.id().value().startsWith("late-")).count()).isPositive();
    assertThat(allCasesInOrder()).hasSize(10 + 2 * added);
  }

  @Test
  void pagingFiltersByStateAndEndsWithoutACursor() {
    AfterSalesCase approved = null;
    for (int i = 0; i < 7; i++) {
      AfterSalesCase c = committed(Decisions.open(CaseId.of("c-" + i), CaseType.REFUND_ONLY, key("o" + i),
          T0.plusSeconds(i)));
      if (i % 2 == 0) {
        approved = committed(Decisions.decide(c, Actor.MERCHANT, new CaseCommand.Approve(), key("a" + i), T0.plusSeconds(i)));
      }
    }
    CaseQuery pending = CaseQuery.all(Fixtures.SHOP, 2).inState(CaseState.REFUND_PENDING);
    CasePage first = store.find(pending);
    assertThat(first.cases()).extracting(c -> c.id().value()).containsExactly("c-0", "c-2");
    CasePage second = store.find(pending.continuingAfter(first.nextCursor().orElseThrow()));
    assertThat(second.cases()).extracting(c -> c.id().value()).containsExactly("c-4", "c-6");
    assertThat(second.nextCursor()).isEmpty();
    assertThat(store.find(pending.continuingAfter(CasePage.cursorAfter(approved))).cases()).isEmpty();
    assertThat(store.find(CaseQuery.all(Fixtures.OTHER_SHOP, 10)).cases()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "~c-1", "12x~c-1", "", "1e3~c-1", " 17~c-1"})
  void aMalformedCursorIsAnIllegalArgumentNamingIt(String cursor) {
    committed(Decisions.open(CaseId.of("c-1"), CaseType.REFUND_ONLY, key("open"), T0));
    assertThatThrownBy(() -> store.find(CaseQuery.all(Fixtures.SHOP, 10).continuingAfter(cursor)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + cursor + "'");
  }

  /**
   * A malformed cursor is refused however many cases match: the answer to bad input must not depend
   * on the data.
   */
  @Test
  void aMalformedCursorIsRefusedEvenWhenNoCaseMatches() {
    committed(Decisions.open(CaseId.of("c-1"), CaseType.REFUND_ONLY, key("open"), T0));
    assertThatThrownBy(() -> store.find(CaseQuery.all(Fixtures.OTHER_SHOP, 10).continuingAfter("garbage")))
        .as("a tenant without cases").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("garbage");
    assertThatThrownBy(() -> store.find(CaseQuery.all(Fixtures.SHOP, 10).inState(CaseState.CLOSED).continuingAfter("garbage")))
        .as("a state without cases").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("garbage");
  }

  @Test
  void aCursorWithATildeInTheIdStillWorks() {
    committed(Decisions.open(CaseId.of("a~1"), CaseType.REFUND_ONLY, key("o1"), T0));
    AfterSalesCase second = committed(Decisions.open(CaseId.of("a~2"), CaseType.REFUND_ONLY, key("o2"), T0));
    CasePage first = store.find(CaseQuery.all(Fixtures.SHOP, 1));
    assertThat(first.cases()).extracting(c -> c.id().value()).containsExactly("a~1");
    assertThat(store.find(CaseQuery.all(Fixtures.SHOP, 1).continuingAfter(first.nextCursor().orElseThrow())).cases())
        .containsExactly(second);
  }

  // --- argument validation -------------------------------------------------------------------

  @Test
  void argumentsAreValidated() {
    assertThatThrownBy(() -> store.claimDue(T0, 0, "node", Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit").hasMessageContaining("0");
    assertThatThrownBy(() -> store.claimDue(T0, -5, "node", Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
    assertThatThrownBy(() -> store.claimDue(T0, 1, "node", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
    assertThatThrownBy(() -> store.claimDue(T0, 1, "node", Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
    assertThatThrownBy(() -> store.claimDue(null, 1, "node", Duration.ofMinutes(1))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.claimDue(T0, 1, null, Duration.ofMinutes(1))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.claimDue(T0, 1, "node", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.release(null, "node", T0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.release("t", null, T0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.release("t", "node", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.pending(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> store.markDelivered(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.commit(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.find((CaseQuery) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.recorded(Fixtures.SHOP, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.load(null, CaseId.of("c"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.history(Fixtures.SHOP, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CaseQuery.all(Fixtures.SHOP, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseQuery.all(Fixtures.SHOP, 1001)).isInstanceOf(IllegalArgumentException.class);
    assertThatCode(() -> store.claimDue(T0, 1, "node", Duration.ofNanos(1))).doesNotThrowAnyException();
    assertThat(store.scheduledTimers()).isZero();
  }

  // ---------------------------------------------------------------------------------------------

  private static final Comparator<AfterSalesCase> OPENING_ORDER =
      Comparator.comparing((AfterSalesCase c) -> c.openedAt()).thenComparing(c -> c.id().value());

  private List<AfterSalesCase> allCasesInOrder() {
    List<AfterSalesCase> all = new ArrayList<>();
    CaseQuery query = CaseQuery.all(Fixtures.SHOP, 1000);
    while (true) {
      CasePage page = store.find(query);
      all.addAll(page.cases());
      if (page.nextCursor().isEmpty()) {
        return all;
      }
      query = query.continuingAfter(page.nextCursor().get());
    }
  }

  private static List<String> ids(List<OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::id).toList();
  }

  private static IdempotencyKey key(String value) {
    return IdempotencyKey.of(value);
  }
}
