package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How long idempotency keys are remembered, and which keys belong to the sweeper. */
class IdempotencyRetentionTest {

  @Test
  void recordsOlderThanTheCutoffArePurged_andAKeyUsedAgainAfterThatIsDecidedAfresh() {
    Harness h = new Harness();
    IdempotencyKey key = IdempotencyKey.of("checkout-request-1");
    CommandEnvelope open = CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER, key,
        Fixtures.openRequest(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED));
    CommandOutcome first = h.service.handle(open);
    Instant openedAt = h.clock.instant();

    h.clock.advance(Duration.ofDays(8));
    assertThat(h.store.purgeRecordedBefore(openedAt)).as("nothing is older than the first commit").isZero();
    assertThat(h.service.handle(open)).as("still remembered").isEqualTo(first);

    int purged = h.store.purgeRecordedBefore(h.clock.instant().minus(Duration.ofDays(7)));

    assertThat(purged).as("the opening and the reminders or defaults of that day").isPositive();
    assertThat(h.store.recorded(Fixtures.SHOP, key)).isEmpty();
    AfterSalesCase firstCase = ((CommandOutcome.Accepted) first).after();
    // The order's lines are free again once the first case has ended: approved by default, then refunded.
    h.sweeper.sweepAllDue();
    assertThat(h.send(firstCase, Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "pay-1")).isAccepted()).isTrue();
    CommandOutcome again = h.service.handle(open);
    assertThat(again.isAccepted()).as("a new case, since the first request is forgotten").isTrue();
    assertThat(((CommandOutcome.Accepted) again).after().id())
        .isNotEqualTo(((CommandOutcome.Accepted) first).after().id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"deadline:case-000001/1/MERCHANT_RESPONSE", "reminder:anything"})
  void hostKeysMayNotUseTheSweepersPrefixes(String key) {
    assertThatThrownBy(() -> CommandEnvelope.to(Fixtures.SHOP, org.aftersales.casefile.CaseId.of("case-000001"),
        Actor.MERCHANT, Fixtures.MERCHANT_STAFF, IdempotencyKey.of(key), new CaseCommand.Approve()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reserved for the deadline sweeper");
  }

  @Test
  void aRefusedCommandLeavesItsKeyFreeForACorrectedRetry() {
    Harness h = new Harness();
    var c = h.open(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED);
    IdempotencyKey key = IdempotencyKey.of("merchant-click-7");
    CommandOutcome refused = h.service.handle(CommandEnvelope.to(Fixtures.SHOP, c.id(), Actor.MERCHANT,
        Fixtures.MERCHANT_STAFF, key, new CaseCommand.Escalate("no", List.of())));
    assertThat(refused).isInstanceOfSatisfying(CommandOutcome.Rejected.class,
        r -> assertThat(r.rejection().code()).isEqualTo(RejectionCode.NOT_ALLOWED_IN_STATE));

    CommandOutcome corrected = h.service.handle(CommandEnvelope.to(Fixtures.SHOP, c.id(), Actor.MERCHANT,
        Fixtures.MERCHANT_STAFF, key, new CaseCommand.Approve()));

    assertThat(corrected.isAccepted()).isTrue();
  }
}
