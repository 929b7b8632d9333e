package org.aftersales.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.aftersales.money.Money;
import org.aftersales.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Histories are kept for years; what was valid when it happened must replay after the rules tighten. */
class ReplayOfOlderHistoriesTest {

  @Test
  void aCaseOpenedUnderOlderRules_replays_thoughTheSameRequestWouldNowBeRefused() {
    List<OrderLine> lines = List.of(Fixtures.line("l1", 9_900));
    // Opening a refund case asking for nothing is refused today...
    assertThatThrownBy(() -> new CaseCommand.Open(OrderId.of("o-1"), Fixtures.BUYER, CaseType.REFUND_ONLY,
        Reason.NOT_RECEIVED, Channel.WEB, lines, Money.zero(Money.of(1, "CNY").currency()), "", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    // ...but an event that recorded one still folds into a case.
    CaseEvent.CaseOpened opened = new CaseEvent.CaseOpened(CaseId.of("old-1"), Fixtures.SHOP, OrderId.of("o-1"),
        Fixtures.BUYER, CaseType.REFUND_ONLY, Reason.NOT_RECEIVED, Channel.WEB, lines, Money.of(0, "CNY"), "",
        List.of());
    RecordedEvent recorded = new RecordedEvent(CaseId.of("old-1"), Fixtures.SHOP, 1, 0,
        Instant.parse("2023-01-01T00:00:00Z"), Actor.BUYER, Fixtures.BUYER, opened);

    AfterSalesCase replayed = CaseEvolver.replay(List.of(recorded));

    assertThat(replayed.state()).isEqualTo(CaseState.REQUESTED);
    assertThat(replayed.requestedRefund().isZero()).isTrue();
  }
}
