package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseEvolver;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.store.memory.InMemoryAfterSalesStore;
import org.aftersales.testing.Decisions;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.InterleavingStore;
import org.aftersales.testing.InterleavingStore.Point;
import org.aftersales.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The service's optimistic retry and idempotency under exact interleavings: one caller is held at a
 * chosen point inside {@link AfterSalesService#handle} (with latches) while another one runs to the
 * end, then the held caller continues.
 */
@Timeout(10)
class ServiceInterleavingTest {

  private static final String HELD = "held-caller";

  private final MutableClock clock = new MutableClock(Fixtures.WED_2025_03_05_10_00);
  private final InterleavingStore store = new InterleavingStore(new InMemoryAfterSalesStore());
  private final AfterSalesService service =
      new AfterSalesService(store, TenantPolicies.same(Fixtures.seedPolicy()), Fixtures.sequentialIds(), clock);
  private AfterSalesCase opened;

  @BeforeEach
  void openACase() {
    CommandOutcome outcome = service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER,
        IdempotencyKey.of("open-1"), Fixtures.openRequest(CaseType.REFUND_ONLY, Reason.QUALITY_DEFECT)));
    opened = ((CommandOutcome.Accepted) outcome).after();
  }

  @Test
  void aCommandThatLosesTheRaceIsDecidedAgainOnTheFreshCaseAndLosesNoUpdate() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    store.hook(InterleavingStore.holdOnce(HELD, Point.BEFORE_COMMIT, held, resume));

    FutureTask<CommandOutcome> slow = startNamed(HELD, () -> service.handle(to(Actor.BUYER, "slow",
        new CaseCommand.AddEvidence(List.of(Decisions.evidence("slow"))))));
    assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
    // The held caller decided version 2; this one commits version 2 first.
    CommandOutcome fast = service.handle(to(Actor.MERCHANT, "fast",
        new CaseCommand.AddEvidence(List.of(Decisions.evidence("fast")))));
    resume.countDown();
    CommandOutcome late = slow.get(5, TimeUnit.SECONDS);

    assertThat(fast.isAccepted()).isTrue();
    assertThat(late.isAccepted()).isTrue();
    assertThat(((CommandOutcome.Accepted) fast).after().version()).isEqualTo(2);
    assertThat(((CommandOutcome.Accepted) late).after().version()).isEqualTo(3);
    AfterSalesCase stored = service.find(Fixtures.SHOP, opened.id()).orElseThrow();
    assertThat(stored).isEqualTo(((CommandOutcome.Accepted) late).after());
    assertThat(stored.evidence().stream().map(e -> e.ref().uri().toString()))
        .containsExactly("https://evidence.example/p/1.jpg", "https://evidence.example/fast.jpg",
            "https://evidence.example/slow.jpg");
    assertThat(CaseEvolver.replay(store.history(Fixtures.SHOP, opened.id()))).isEqualTo(stored);
  }

  @Test
  void aStateChangeThatLosesTheRaceIsRefusedOnTheFreshCase() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    store.hook(InterleavingStore.holdOnce(HELD, Point.BEFORE_COMMIT, held, resume));

    FutureTask<CommandOutcome> approve = startNamed(HELD, () -> service.handle(to(Actor.MERCHANT, "approve",
        new CaseCommand.Approve())));
    assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
    CommandOutcome withdraw = service.handle(to(Actor.BUYER, "withdraw", new CaseCommand.Withdraw("")));
    resume.countDown();
    CommandOutcome approved = approve.get(5, TimeUnit.SECONDS);

    assertThat(withdraw.isAccepted()).isTrue();
    assertThat(approved.isAccepted()).isFalse();
    assertThat(((CommandOutcome.Rejected) approved).rejection().code()).isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE);
    AfterSalesCase stored = service.find(Fixtures.SHOP, opened.id()).orElseThrow();
    assertThat(stored.state()).isEqualTo(CaseState.CLOSED);
    assertThat(stored.version()).isEqualTo(2);
    assertThat(store.history(Fixtures.SHOP, opened.id()).stream()
        .filter(e -> e.event() instanceof CaseEvent.RequestApproved)).isEmpty();
  }

  /** Commands a retry with the same key races against. */
  enum Retried {
    ADD_EVIDENCE, APPROVE, WITHDRAW, REJECT
  }

  /**
   * A retry under the same idempotency key that checked the key just before the first call
   * committed, and loaded the case just after, must still get the first call's outcome.
   */
  @ParameterizedTest
  @EnumSource(Retried.class)
  void aRetryThatMissedTheKeyJustBeforeTheFirstCallCommittedGetsTheSameOutcome(Retried kind) throws Exception {
    CommandEnvelope envelope = switch (kind) {
      case ADD_EVIDENCE -> to(Actor.BUYER, "k", new CaseCommand.AddEvidence(List.of(Decisions.evidence("k"))));
      case APPROVE -> to(Actor.MERCHANT, "k", new CaseCommand.Approve());
      case WITHDRAW -> to(Actor.BUYER, "k", new CaseCommand.Withdraw("ordered twice"));
      case REJECT -> to(Actor.MERCHANT, "k", new CaseCommand.Reject("used goods", List.of()));
    };
    CountDownLatch missed = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    store.hook(InterleavingStore.holdOnce(HELD, Point.IDEMPOTENCY_MISS, missed, resume));

    FutureTask<CommandOutcome> retry = startNamed(HELD, () -> service.handle(envelope));
    assertThat(missed.await(5, TimeUnit.SECONDS)).isTrue();
    CommandOutcome first = service.handle(envelope);
    resume.countDown();
    CommandOutcome second = retry.get(5, TimeUnit.SECONDS);

    assertThat(first.isAccepted()).isTrue();
    List<RecordedEvent> history = store.history(Fixtures.SHOP, opened.id());
    assertThat(history.stream().mapToLong(RecordedEvent::version).max().orElseThrow())
        .as("one write under the key").isEqualTo(2);
    assertThat(second).as("the retry's outcome").isEqualTo(first);
  }

  private static FutureTask<CommandOutcome> startNamed(String name, Callable<CommandOutcome> call) {
    FutureTask<CommandOutcome> task = new FutureTask<>(call);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  private CommandEnvelope to(Actor actor, String key, CaseCommand command) {
    PartyId who = actor == Actor.BUYER ? Fixtures.BUYER : Fixtures.MERCHANT_STAFF;
    return CommandEnvelope.to(Fixtures.SHOP, opened.id(), actor, who, IdempotencyKey.of(key), command);
  }
}
