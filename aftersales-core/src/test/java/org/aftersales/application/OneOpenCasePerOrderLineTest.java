package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.Rejection;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.casefile.TenantId;
import org.aftersales.store.CaseQuery;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.Race;
import org.junit.jupiter.api.Test;

/**
 * The seed platforms take one after-sales request per order line until it ends: otherwise two
 * refunds, each approved by default when the merchant is silent, would pay for the same goods twice.
 */
class OneOpenCasePerOrderLineTest {

  private static final OrderId ORDER = OrderId.of("SO-1001");

  private final Harness h = new Harness();

  private CommandOutcome open(TenantId tenant, CaseType type, String... lineIds) {
    List<OrderLine> lines = Arrays.stream(lineIds).map(id -> Fixtures.line(id, 5_000)).toList();
    return h.service.handle(CommandEnvelope.open(tenant, Actor.BUYER, Fixtures.BUYER, h.nextKey(),
        CaseCommand.Open.of(ORDER, Fixtures.BUYER, type, Reason.QUALITY_DEFECT, Channel.APP, lines, "", List.of())));
  }

  private static AfterSalesCase accepted(CommandOutcome outcome) {
    assertThat(outcome.isAccepted()).as("accepted: %s", outcome).isTrue();
    return ((CommandOutcome.Accepted) outcome).after();
  }

  private static Rejection refused(CommandOutcome outcome) {
    assertThat(outcome.isAccepted()).as("refused: %s", outcome).isFalse();
    return ((CommandOutcome.Rejected) outcome).rejection();
  }

  @Test
  void seedRule_aSecondCaseOnALineOfAnOpenCase_isRefusedNamingThatCase_andNothingIsWritten() {
    AfterSalesCase first = accepted(open(Fixtures.SHOP, CaseType.REFUND_ONLY, "L1", "L2"));
    long outboxBefore = h.store.pending(Integer.MAX_VALUE).size();

    Rejection refusal = refused(open(Fixtures.SHOP, CaseType.RETURN_AND_REFUND, "L2", "L3"));

    assertThat(refusal.code()).isEqualTo(RejectionCode.ORDER_LINE_IN_OPEN_CASE);
    assertThat(refusal.message()).contains("line L2 of order SO-1001", first.id().value());
    assertThat(h.service.cases(CaseQuery.all(Fixtures.SHOP, 10)).cases()).containsExactly(first);
    assertThat(h.store.pending(Integer.MAX_VALUE)).hasSize((int) outboxBefore);
  }

  @Test
  void otherLinesOfTheSameOrder_andTheSameLineAtAnotherShop_areFree() {
    accepted(open(Fixtures.SHOP, CaseType.REFUND_ONLY, "L1"));

    accepted(open(Fixtures.SHOP, CaseType.EXCHANGE, "L2"));
    accepted(open(Fixtures.OTHER_SHOP, CaseType.REFUND_ONLY, "L1"));
  }

  @Test
  void onceTheCaseHasEnded_theBuyerMayOpenANewOneOnTheLine() {
    AfterSalesCase first = accepted(open(Fixtures.SHOP, CaseType.REFUND_ONLY, "L1"));
    assertThat(h.send(first, Actor.BUYER, new CaseCommand.Withdraw("ordered the wrong size")).isAccepted()).isTrue();

    AfterSalesCase second = accepted(open(Fixtures.SHOP, CaseType.EXCHANGE, "L1"));

    assertThat(second.id()).isNotEqualTo(first.id());
  }

  @Test
  void eightBuyersRequestsOnOneLineAtOnce_openExactlyOneCase() {
    int threads = 8;
    List<CommandOutcome> outcomes;
    try (Race race = new Race(threads, Duration.ofSeconds(9))) {
      outcomes = race.run(i -> h.service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER,
          IdempotencyKey.of("tap-" + i), CaseCommand.Open.of(ORDER, Fixtures.BUYER, CaseType.REFUND_ONLY,
              Reason.QUALITY_DEFECT, Channel.APP, List.of(Fixtures.line("L1", 5_000)), "", List.of()))));
    }

    assertThat(outcomes).filteredOn(CommandOutcome::isAccepted).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !o.isAccepted())
        .allSatisfy(o -> assertThat(((CommandOutcome.Rejected) o).rejection().code())
            .isEqualTo(RejectionCode.ORDER_LINE_IN_OPEN_CASE));
    assertThat(h.service.cases(CaseQuery.all(Fixtures.SHOP, 10)).cases()).hasSize(1);
  }
}
