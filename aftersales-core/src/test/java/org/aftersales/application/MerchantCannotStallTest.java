package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Guard;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.Rejection;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.money.Money;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.SeedCaseDriver;
import org.junit.jupiter.api.Test;

/**
 * Asking for information and offering part of the money pause the merchant's 24-hour clock. The
 * policy caps both, so the seed rule "the system approves when the merchant misses its response
 * limit" cannot be dodged by asking again and again.
 */
class MerchantCannotStallTest {

  private static final Instant T0 = Fixtures.WED_2025_03_05_10_00;
  private static final Money FORTY = Money.of(4_000, "CNY");

  private static CaseCommand.SupplyInfo answer() {
    return new CaseCommand.SupplyInfo("Photos attached", List.of(SeedCaseDriver.photo("box")));
  }

  @Test
  void seedRule_merchantAsksForInformationAtMostTwice_thenTheDefaultApprovalStillComes() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    for (int round = 0; round < 2; round++) {
      d.at(T0.plus(Duration.ofHours(2L * round + 1))).by(Actor.MERCHANT, new CaseCommand.RequestInfo("Which colour?"));
      d.at(T0.plus(Duration.ofHours(2L * round + 2))).by(Actor.BUYER, answer());
    }

    Rejection third = d.at(T0.plus(Duration.ofHours(5)))
        .refused(Actor.MERCHANT, new CaseCommand.RequestInfo("And the size?"));

    assertThat(third.code()).isEqualTo(RejectionCode.GUARD_FAILED);
    assertThat(third.rule()).isEqualTo("guard:" + Guard.INFORMATION_REQUESTS_LEFT.name());
    assertThat(third.message()).contains("2 times");
    // The merchant's clock ran 1 h before each of the two questions; 22 h remained at the last answer.
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt()).isEqualTo(T0.plus(Duration.ofHours(26)));
    d.sweepAt(T0.plus(Duration.ofHours(26)));
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
  }

  @Test
  void seedRule_merchantOffersAPartialRefundAtMostTwice() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    for (int round = 0; round < 2; round++) {
      d.at(T0.plus(Duration.ofHours(2L * round + 1))).by(Actor.MERCHANT, new CaseCommand.OfferPartialRefund(FORTY, ""));
      d.at(T0.plus(Duration.ofHours(2L * round + 2))).by(Actor.BUYER, new CaseCommand.DeclineOffer());
    }

    Rejection third = d.refused(Actor.MERCHANT, new CaseCommand.OfferPartialRefund(FORTY, "last offer"));

    assertThat(third.rule()).isEqualTo("guard:" + Guard.PARTIAL_REFUND_OFFERS_LEFT.name());
    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
    assertThat(d.current().partialRefundOffers()).isEqualTo(2);
  }

  @Test
  void aPolicyMayForbidInformationRequests_andTheRefusalWritesNothing() {
    SlaPolicy noQuestions = SlaPolicy.seedBuilder().maxInformationRequests(0).build();
    Harness h = new Harness(TenantPolicy.of(noQuestions, WeekendsOnlyCalendar.of(Fixtures.SHANGHAI), Fixtures.WAREHOUSE));
    SeedCaseDriver d = SeedCaseDriver.open(h, CaseType.REFUND_ONLY, Reason.CHANGED_MIND);
    SeedCaseDriver.WriteSnapshot before = d.snapshot();

    Rejection refusal = d.refused(Actor.MERCHANT, new CaseCommand.RequestInfo("Which colour?"));

    assertThat(refusal.rule()).isEqualTo("guard:" + Guard.INFORMATION_REQUESTS_LEFT.name());
    before.assertNothingWritten();
  }
}
