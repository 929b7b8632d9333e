package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvolver;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.Shipment;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.junit.jupiter.api.Test;

class ReturnAndRefundSmokeTest {

  @Test
  void silentMerchantIsApprovedByTheSweeperAndTheReturnRunsToARefund() {
    Harness h = new Harness();
    AfterSalesCase c = h.open(CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND);
    assertThat(c.state()).isEqualTo(CaseState.REQUESTED);
    assertThat(h.store.scheduledTimers()).isEqualTo(2); // expiry + one reminder

    h.clock.advance(Duration.ofHours(24));
    SweepResult swept = h.sweeper.sweepAllDue();
    assertThat(swept.applied()).as("the default action").isEqualTo(1);
    assertThat(swept.stale()).as("the 6 h reminder, moot once the limit has passed").isEqualTo(1);
    c = h.current(c);
    assertThat(c.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);

    assertThat(h.send(c, Actor.MERCHANT, new CaseCommand.ProvideReturnAddress(Fixtures.WAREHOUSE)).isAccepted()).isTrue();
    c = h.current(c);
    assertThat(h.send(c, Actor.BUYER, new CaseCommand.ShipReturn(new Shipment("SF", "SF123"))).isAccepted()).isTrue();
    assertThat(h.send(c, Actor.MERCHANT, new CaseCommand.ConfirmReceipt()).isAccepted()).isTrue();
    assertThat(h.send(c, Actor.MERCHANT, new CaseCommand.PassInspection(List.of())).isAccepted()).isTrue();
    c = h.current(c);
    assertThat(c.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(h.send(c, Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "pay-1")).isAccepted()).isTrue();
    c = h.current(c);
    assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
    assertThat(c.outcome()).contains(CaseOutcome.REFUNDED);
    assertThat(c.deadlines()).isEmpty();
    assertThat(h.store.scheduledTimers()).isZero();
    assertThat(CaseEvolver.replay(h.store.history(Fixtures.SHOP, c.id()))).isEqualTo(c);
    h.service.timeline(Fixtures.SHOP, c.id()).forEach(System.out::println);
  }
}
