package org.aftersales.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CommandOutcome;
import org.aftersales.application.DeadlineSweeper;
import org.aftersales.application.TenantPolicies;
import org.aftersales.application.TenantPolicy;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.TenantId;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.jdbc.testing.TinyPool;
import org.aftersales.store.AfterSalesStore;
import org.aftersales.store.CasePage;
import org.aftersales.store.CaseQuery;
import org.aftersales.store.memory.InMemoryAfterSalesStore;
import org.aftersales.testing.CaseScripts;
import org.aftersales.testing.CaseScripts.Script;
import org.aftersales.testing.CaseScripts.Step;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.MutableClock;
import org.aftersales.testing.PropertyPolicies;
import org.aftersales.testing.RandomCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The JDBC store (on H2) behaves as the in-memory reference store: random scripts of commands, repeats,
 * reused keys, clock moves and sweeps, sent to a service on each, get equal outcomes, and after every
 * step both stores show equal cases, histories, outbox and timers. Everything the JSON mapping or the
 * SQL could lose (a field, an order, a nanosecond, a tenant filter) would show up as a difference.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcMatchesInMemoryPropertyTest {

  private static final Tables TABLES = TestDatabase.tables("differential");
  private TinyPool pool;

  @BeforeAll
  void install() throws SQLException {
    pool = TestDatabase.H2.newPool(2);
    TestDatabase.installFresh(pool, TABLES);
  }

  @AfterAll
  void drop() throws SQLException {
    TestDatabase.drop(pool, TABLES);
    pool.close();
  }

  @Test
  void theJdbcStoreAnswersEveryScriptAsTheInMemoryStoreDoes() {
    qt().withExamples(60).withShrinkCycles(100).forAll(CaseScripts.scripts(1, 40)).checkAssert(this::play);
  }

  /** One application node on a store. */
  private static final class Node {
    final AfterSalesStore store;
    final MutableClock clock = new MutableClock(Fixtures.WED_2025_03_05_10_00);
    final AfterSalesService service;
    final DeadlineSweeper sweeper;

    Node(AfterSalesStore store, TenantPolicy policy) {
      this.store = store;
      this.service = new AfterSalesService(store, TenantPolicies.same(policy), Fixtures.sequentialIds(), clock);
      this.sweeper = DeadlineSweeper.of(store, service, clock, "sweeper");
    }
  }

  private record CaseKey(TenantId tenant, CaseId id) {}

  private void play(Script script) {
    try {
      TestDatabase.empty(pool, TABLES);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    TenantPolicy policy = PropertyPolicies.policy(script.openVariant());
    Node memory = new Node(new InMemoryAfterSalesStore(), policy);
    Node jdbc = new Node(JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES, memory.clock), policy);
    List<CaseKey> cases = new ArrayList<>();
    List<CommandEnvelope> sent = new ArrayList<>();
    int[] keys = {0};

    send(memory, jdbc, RandomCommands.firstOpen(script.type(), script.openVariant(), IdempotencyKey.of("k0")), cases,
        sent);
    int stepNo = 0;
    for (Step step : script.steps()) {
      stepNo++;
      AfterSalesCase target = target(memory, cases, step);
      IdempotencyKey key = IdempotencyKey.of("k" + (++keys[0]));
      switch (step.stepKind()) {
        case GUIDED_COMMAND -> send(memory, jdbc, RandomCommands.envelope(step, target, true, key), cases, sent);
        case ANY_COMMAND -> send(memory, jdbc, RandomCommands.envelope(step, target, false, key), cases, sent);
        case ADVANCE_CLOCK -> advance(memory, jdbc, step.advance());
        case ADVANCE_AND_SWEEP -> {
          advance(memory, jdbc, step.advance());
          sweep(memory, jdbc);
        }
        case SWEEP -> sweep(memory, jdbc);
        case REPEAT_ENVELOPE -> send(memory, jdbc, sent.get(step.pick() % sent.size()), cases, sent);
        case REUSE_KEY -> send(memory, jdbc, RandomCommands.envelope(step, target, true,
            sent.get(step.pick() % sent.size()).idempotencyKey()), cases, sent);
        case OPEN_ANOTHER -> send(memory, jdbc, RandomCommands.openEnvelope(step, key), cases, sent);
      }
      compare(memory, jdbc, cases, "after step " + stepNo + " " + step);
    }
    for (TenantId tenant : List.of(Fixtures.SHOP, Fixtures.OTHER_SHOP)) {
      for (int limit : new int[] {1, 3, 1000}) {
        CaseQuery query = CaseQuery.all(tenant, limit);
        assertThat(jdbc.store.find(query)).isEqualTo(memory.store.find(query));
        for (CaseQuery filtered : List.of(query.inState(CaseState.REQUESTED), query.ofBuyer(Fixtures.BUYER),
            query.waitingOn(Actor.MERCHANT), query.waitingOn(Actor.BUYER).ofBuyer(Fixtures.OTHER_BUYER))) {
          CasePage expected = memory.store.find(filtered);
          assertThat(jdbc.store.find(filtered)).as("%s", filtered).isEqualTo(expected);
          if (expected.nextCursor().isPresent()) {
            CaseQuery next = filtered.continuingAfter(expected.nextCursor().get());
            assertThat(jdbc.store.find(next)).as("%s", next).isEqualTo(memory.store.find(next));
          }
        }
      }
    }
  }

  private static AfterSalesCase target(Node memory, List<CaseKey> cases, Step step) {
    CaseKey key = step.target() < 5 ? cases.get(cases.size() - 1) : cases.get(step.target() % cases.size());
    return memory.store.load(key.tenant(), key.id()).orElseThrow();
  }

  private static void send(Node memory, Node jdbc, CommandEnvelope envelope, List<CaseKey> cases,
      List<CommandEnvelope> sent) {
    CommandOutcome expected = memory.service.handle(envelope);
    CommandOutcome actual = jdbc.service.handle(envelope);
    assertThat(actual).as("outcome of %s", envelope).isEqualTo(expected);
    sent.add(envelope);
    if (expected instanceof CommandOutcome.Accepted accepted) {
      CaseKey key = new CaseKey(accepted.after().tenant(), accepted.after().id());
      if (!cases.contains(key)) {
        cases.add(key);
      }
    }
  }

  private static void advance(Node memory, Node jdbc, Duration by) {
    memory.clock.advance(by);
    jdbc.clock.advance(by);
  }

  private static void sweep(Node memory, Node jdbc) {
    assertThat(jdbc.sweeper.sweepAllDue()).as("sweep").isEqualTo(memory.sweeper.sweepAllDue());
  }

  private static void compare(Node memory, Node jdbc, List<CaseKey> cases, String when) {
    for (CaseKey key : cases) {
      assertThat(jdbc.store.load(key.tenant(), key.id())).as("case %s %s", key, when)
          .isEqualTo(memory.store.load(key.tenant(), key.id()));
      assertThat(jdbc.store.history(key.tenant(), key.id())).as("history of %s %s", key, when)
          .isEqualTo(memory.store.history(key.tenant(), key.id()));
    }
    assertThat(jdbc.store.pending(100_000)).as("outbox %s", when).isEqualTo(memory.store.pending(100_000));
    assertThat(jdbc.store.scheduledTimers()).as("timers %s", when).isEqualTo(memory.store.scheduledTimers());
  }
}
