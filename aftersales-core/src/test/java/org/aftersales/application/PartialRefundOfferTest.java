package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.money.Money;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.SeedCaseDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The merchant answers a request with part of the money back instead; the buyer decides. */
class PartialRefundOfferTest {

  private static final Instant T0 = Fixtures.WED_2025_03_05_10_00;
  private static final Money FORTY = Money.of(4_000, "CNY");

  @ParameterizedTest
  @EnumSource(CaseType.class)
  void buyerAcceptsTheOffer_theOfferedAmountIsRefunded_andTheCaseEndsPartiallyRefunded(CaseType type) {
    SeedCaseDriver d = SeedCaseDriver.open(type);
    d.at(T0.plus(Duration.ofHours(2))).by(Actor.MERCHANT, new CaseCommand.OfferPartialRefund(FORTY, "Keep it, 40 back"));
    assertThat(d.state()).isEqualTo(CaseState.OFFER_PENDING);
    assertThat(d.current().offeredRefund()).contains(FORTY);

    d.by(Actor.BUYER, new CaseCommand.AcceptOffer());

    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
    assertThat(d.events(CaseEvent.RefundRequested.class)).containsExactly(new CaseEvent.RefundRequested(FORTY, 1));
    assertThat(d.current().deadlines()).extracting(Deadline::kind).containsExactly(DeadlineKind.REFUND_SETTLEMENT);
    d.by(Actor.SYSTEM, new CaseCommand.ConfirmRefund(1, "pay-40"));
    assertThat(d.current().outcome()).contains(CaseOutcome.PARTIALLY_REFUNDED);
    assertThat(d.current().refunded()).isEqualTo(FORTY);
  }

  @Test
  void buyerDeclines_theMerchantsClockResumesWithWhatWasLeft() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    d.at(T0.plus(Duration.ofHours(10))).by(Actor.MERCHANT, new CaseCommand.OfferPartialRefund(FORTY, ""));
    d.at(T0.plus(Duration.ofHours(20))).by(Actor.BUYER, new CaseCommand.DeclineOffer());

    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
    assertThat(d.current().offeredRefund()).isEmpty();
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt())
        .as("14 h were left when the offer paused the clock").isEqualTo(T0.plus(Duration.ofHours(34)));
  }

  @Test
  void seedRule_buyerSilentFor48Hours_offerIsDeemedDeclined_andTheMerchantMustAnswer() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    d.at(T0.plus(Duration.ofHours(1))).by(Actor.MERCHANT, new CaseCommand.OfferPartialRefund(FORTY, ""));
    Instant due = d.deadline(DeadlineKind.BUYER_ANSWERS_OFFER).dueAt();
    assertThat(due).isEqualTo(T0.plus(Duration.ofHours(49)));

    d.sweepAt(due.minusSeconds(1));
    assertThat(d.state()).isEqualTo(CaseState.OFFER_PENDING);
    d.sweepAt(due);

    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
    assertThat(d.events(CaseEvent.OfferDeclined.class)).containsExactly(new CaseEvent.OfferDeclined(true));
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt()).isEqualTo(due.plus(Duration.ofHours(23)));
  }

  @Test
  void anOfferAboveWhatWasPaid_isRefusedNamingTheAmount() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    var refusal = d.refused(Actor.MERCHANT, new CaseCommand.OfferPartialRefund(Money.of(1_000_000, "CNY"), ""));
    assertThat(refusal.code()).isEqualTo(RejectionCode.GUARD_FAILED);
    assertThat(refusal.rule()).isEqualTo("guard:WITHIN_AMOUNT_PAID");
    assertThat(refusal.message()).contains("exceeds the amount paid");
  }

  @Test
  void onlyTheMerchantOffers_andOnlyTheBuyerAccepts() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    assertThat(d.refused(Actor.BUYER, new CaseCommand.OfferPartialRefund(FORTY, "")).code())
        .isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
    d.by(Actor.MERCHANT, new CaseCommand.OfferPartialRefund(FORTY, ""));
    assertThat(d.refused(Actor.MERCHANT, new CaseCommand.AcceptOffer()).code()).isEqualTo(RejectionCode.ACTOR_NOT_ALLOWED);
  }
}
