package org.aftersales.application;

import static org.aftersales.testing.SeedCaseDriver.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DayConvention;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.SeedCaseDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The merchant's response clock pauses while the merchant waits on the buyer's information and
 * resumes with what was left when the buyer answers.
 */
class DeadlinePauseResumeExamplesTest {

  private static final Instant T0 = Fixtures.WED_2025_03_05_10_00;

  private static SeedCaseDriver askInfo(SeedCaseDriver d, Actor asker) {
    return d.by(asker, new CaseCommand.RequestInfo("Which size did you order?"));
  }

  private static SeedCaseDriver supplyInfo(SeedCaseDriver d) {
    return d.by(Actor.BUYER, new CaseCommand.SupplyInfo("Size M", List.of(SeedCaseDriver.photo("label"))));
  }

  /** A harness whose merchant answers within 1 working day ("one shop answers within 1 working day"). */
  private static Harness oneWorkingDayShop(DayConvention convention) {
    SlaPolicy sla = SlaPolicy.seedBuilder()
        .rule(DeadlineKind.MERCHANT_RESPONSE, SlaRule.of(SlaLimit.workingDays(1), DefaultAction.APPROVE, Duration.ofHours(6)))
        // Long enough for the buyer to answer over a weekend in every example below.
        .rule(DeadlineKind.BUYER_SUPPLIES_INFO, SlaRule.of(SlaLimit.calendarDays(7), DefaultAction.CLOSE_ABANDONED))
        .dayConvention(convention)
        .build();
    return new Harness(TenantPolicy.of(sla, WeekendsOnlyCalendar.of(Fixtures.SHANGHAI), Fixtures.WAREHOUSE));
  }

  @Test
  void merchantAsksAfter10Hours_buyerAnswers2DaysLater_merchantHas14HoursLeft() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    Deadline original = d.deadline(DeadlineKind.MERCHANT_RESPONSE);
    assertThat(original.dueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));

    d.at(T0.plus(Duration.ofHours(10)));
    askInfo(d, Actor.MERCHANT);
    assertThat(d.state()).isEqualTo(CaseState.INFO_REQUESTED);
    Deadline paused = d.deadline(DeadlineKind.MERCHANT_RESPONSE);
    assertThat(paused.id()).isEqualTo(original.id());
    assertThat(paused.isPaused()).isTrue();
    assertThat(paused.pausedRemaining()).contains(Duration.ofHours(14));
    assertThat(d.events(CaseEvent.DeadlinePaused.class))
        .containsExactly(new CaseEvent.DeadlinePaused(original.id(), DeadlineKind.MERCHANT_RESPONSE, Duration.ofHours(14)));
    assertThat(d.timelineTexts()).contains("Clock paused with 14 h left for the merchant to respond");
    assertThat(d.deadline(DeadlineKind.BUYER_SUPPLIES_INFO).dueAt()).isEqualTo(T0.plus(Duration.ofHours(82)));
    // Only the buyer's clock has timers while the merchant's is paused: its expiry and 24 h reminder.
    assertThat(d.h.store.scheduledTimers()).isEqualTo(2);

    // Neither the merchant's reminder nor its original limit fires while the clock is paused.
    d.sweepAt(T0.plus(Duration.ofHours(24)));
    assertThat(d.state()).isEqualTo(CaseState.INFO_REQUESTED);
    assertThat(d.events(CaseEvent.ReminderSent.class)).isEmpty();
    assertThat(d.events(CaseEvent.RequestApproved.class)).isEmpty();

    Instant answered = T0.plus(Duration.ofHours(10)).plus(Duration.ofDays(2)); // Friday 20:00
    d.at(answered);
    supplyInfo(d);
    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
    Deadline resumed = d.deadline(DeadlineKind.MERCHANT_RESPONSE);
    assertThat(resumed.id()).as("the same run of the deadline resumes").isEqualTo(original.id());
    assertThat(resumed.isPaused()).isFalse();
    assertThat(resumed.dueAt()).isEqualTo(answered.plus(Duration.ofHours(14))).isEqualTo(shanghai("2025-03-08T10:00"));
    assertThat(resumed.pendingReminders()).containsExactly(Duration.ofHours(6));
    assertThat(d.current().deadline(DeadlineKind.BUYER_SUPPLIES_INFO)).isEmpty();
    assertThat(d.events(CaseEvent.DeadlineResumed.class)).containsExactly(
        new CaseEvent.DeadlineResumed(original.id(), DeadlineKind.MERCHANT_RESPONSE, shanghai("2025-03-08T10:00"),
            List.of(Duration.ofHours(6))));
    assertThat(d.timelineTexts())
        .contains("Clock resumed: waiting for the merchant to respond until 2025-03-08 10:00");
    assertThat(d.events(CaseEvent.DeadlineStarted.class)).as("no new merchant deadline is started")
        .extracting(e -> e.deadline().kind())
        .containsExactly(DeadlineKind.MERCHANT_RESPONSE, DeadlineKind.BUYER_SUPPLIES_INFO);

    d.sweepAt(resumed.dueAt().minusSeconds(1));
    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
    assertThat(d.events(CaseEvent.ReminderSent.class)).singleElement()
        .satisfies(r -> assertThat(r.dueAt()).isEqualTo(resumed.dueAt()));
    d.sweepAt(resumed.dueAt());
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
    assertThat(d.events(CaseEvent.RequestApproved.class)).containsExactly(new CaseEvent.RequestApproved(true));
    d.assertReplayable();
  }

  @Test
  void twoRoundsOfQuestions_pauseTwice_merchantKeepsWhatWasLeft() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.REFUND_ONLY);
    d.at(T0.plus(Duration.ofHours(10)));
    askInfo(d, Actor.MERCHANT);
    d.at(T0.plus(Duration.ofHours(30)));
    supplyInfo(d); // 14 h left, due T0+44h
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt()).isEqualTo(T0.plus(Duration.ofHours(44)));
    d.at(T0.plus(Duration.ofHours(34)));
    askInfo(d, Actor.PLATFORM); // a platform agent may ask too; 10 h left
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).pausedRemaining()).contains(Duration.ofHours(10));
    d.at(T0.plus(Duration.ofHours(100)));
    supplyInfo(d);

    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt()).isEqualTo(T0.plus(Duration.ofHours(110)));
    // The second BUYER_SUPPLIES_INFO run is a new deadline with its own id.
    assertThat(d.events(CaseEvent.DeadlineStarted.class))
        .filteredOn(e -> e.deadline().kind() == DeadlineKind.BUYER_SUPPLIES_INFO)
        .extracting(e -> e.deadline().id()).doesNotHaveDuplicates().hasSize(2);
  }

  @Test
  void reminderSentBeforeThePause_isNotSentAgainAfterTheResume() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    d.sweepAt(T0.plus(Duration.ofHours(18)));
    assertThat(d.events(CaseEvent.ReminderSent.class)).hasSize(1);
    d.at(T0.plus(Duration.ofHours(20)));
    askInfo(d, Actor.MERCHANT);
    d.at(T0.plus(Duration.ofHours(30)));
    supplyInfo(d);
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt()).isEqualTo(T0.plus(Duration.ofHours(34)));

    d.sweepAt(T0.plus(Duration.ofHours(34)));
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
    assertThat(d.events(CaseEvent.ReminderSent.class)).hasSize(1);
  }

  @Test
  void remindersPendingAtThePause_goOutAtTheirTimeBeforeTheResumedLimit() {
    // A shop that reminds the merchant 24 h and 6 h before a 48 h response limit.
    SlaPolicy sla = SlaPolicy.seedBuilder()
        .rule(DeadlineKind.MERCHANT_RESPONSE,
            SlaRule.of(SlaLimit.hours(48), DefaultAction.APPROVE, Duration.ofHours(24), Duration.ofHours(6)))
        .build();
    Harness h = new Harness(TenantPolicy.of(sla, WeekendsOnlyCalendar.of(Fixtures.SHANGHAI), Fixtures.WAREHOUSE));
    SeedCaseDriver d = SeedCaseDriver.open(h, CaseType.RETURN_AND_REFUND, Reason.SIZE_OR_FIT);
    d.at(T0.plus(Duration.ofHours(20)));
    askInfo(d, Actor.MERCHANT); // 28 h left, neither reminder sent
    d.sweepAt(T0.plus(Duration.ofHours(24))); // the original 24 h reminder time passes while paused
    assertThat(d.events(CaseEvent.ReminderSent.class)).isEmpty();
    d.at(T0.plus(Duration.ofHours(30)));
    supplyInfo(d);
    Instant due = T0.plus(Duration.ofHours(58));
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt()).isEqualTo(due);
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).pendingReminders())
        .containsExactly(Duration.ofHours(24), Duration.ofHours(6));

    assertThat(d.sweepAt(due.minus(Duration.ofHours(24)).minusSeconds(1)).claimed()).isZero();
    assertThat(d.sweepAt(due.minus(Duration.ofHours(24))).applied()).isEqualTo(1);
    assertThat(d.sweepAt(due.minus(Duration.ofHours(6))).applied()).isEqualTo(1);
    assertThat(d.events(CaseEvent.ReminderSent.class)).extracting(CaseEvent.ReminderSent::before, CaseEvent.ReminderSent::dueAt)
        .containsExactly(tuple(Duration.ofHours(24), due),
            tuple(Duration.ofHours(6), due));
    d.sweepAt(due);
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
  }

  @Test
  void buyerWithdrawsWhileMerchantClockIsPaused_allClocksEnd() {
    SeedCaseDriver d = SeedCaseDriver.open(CaseType.RETURN_AND_REFUND);
    askInfo(d, Actor.MERCHANT);
    d.by(Actor.BUYER, new CaseCommand.Withdraw("found the manual"));
    assertThat(d.current().deadlines()).isEmpty();
    assertThat(d.h.store.scheduledTimers()).isZero();
    assertThat(d.sweepAt(T0.plus(Duration.ofDays(30))).claimed()).isZero();
  }

  // ------------------------------------------------------------------ working days

  @Test
  void workingDayLimit_endOfDay_pausedThursdayAnsweredSaturday_resumesOnMondayWithWhatWasLeft() {
    Harness h = oneWorkingDayShop(DayConvention.END_OF_DAY);
    SeedCaseDriver d = SeedCaseDriver.open(h, CaseType.RETURN_AND_REFUND, Reason.SIZE_OR_FIT);
    // Opened Wednesday 10:00: one working day is Thursday, ending at 24:00.
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt()).isEqualTo(shanghai("2025-03-07T00:00"));

    d.at(shanghai("2025-03-06T10:00"));
    askInfo(d, Actor.MERCHANT);
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).pausedRemaining()).contains(Duration.ofHours(14));

    d.sweepAt(shanghai("2025-03-07T00:00"));
    assertThat(d.state()).isEqualTo(CaseState.INFO_REQUESTED);

    d.at(shanghai("2025-03-08T10:00")); // Saturday
    supplyInfo(d);
    // The weekend does not count: the 14 working hours left run from Monday 00:00.
    Instant due = shanghai("2025-03-10T14:00");
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt()).isEqualTo(due);

    d.sweepAt(due.minusSeconds(1));
    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
    d.sweepAt(due);
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
  }

  @Test
  void workingDayLimit_sameTimeOfDay_pausedWednesdayAnsweredSaturday_resumesOnMondayWithWhatWasLeft() {
    Harness h = oneWorkingDayShop(DayConvention.SAME_TIME_OF_DAY);
    SeedCaseDriver d = SeedCaseDriver.open(h, CaseType.RETURN_AND_REFUND, Reason.SIZE_OR_FIT);
    // Opened Wednesday 10:00: due Thursday at 10:00.
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt()).isEqualTo(shanghai("2025-03-06T10:00"));

    d.at(shanghai("2025-03-05T16:00"));
    askInfo(d, Actor.MERCHANT);
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).pausedRemaining()).contains(Duration.ofHours(18));

    d.at(shanghai("2025-03-08T09:00")); // Saturday
    supplyInfo(d);
    Instant due = shanghai("2025-03-10T18:00");
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt()).isEqualTo(due);

    d.sweepAt(due.minusSeconds(1));
    assertThat(d.state()).isEqualTo(CaseState.REQUESTED);
    d.sweepAt(due);
    assertThat(d.state()).isEqualTo(CaseState.AWAITING_RETURN_ADDRESS);
  }

  @ParameterizedTest(name = "{0}: opened {1}, asked {2} ({3} h left), answered {4} -> due {5}")
  @CsvSource({
      // Opened Friday 10:00, due end of Monday; asked on Saturday: all of Monday (24 working hours) is left.
      "END_OF_DAY,       2025-03-07T10:00, 2025-03-08T12:00, 24, 2025-03-11T10:00, 2025-03-12T10:00",
      // Same, asked Friday 16:00 (8 h of Friday + 24 h of Monday left), answered Monday 20:00:
      // 4 h of Monday, 24 h of Tuesday, 4 h of Wednesday.
      "END_OF_DAY,       2025-03-07T10:00, 2025-03-07T16:00, 32, 2025-03-10T20:00, 2025-03-12T04:00",
      // Opened Friday 10:00, due Monday 10:00; asked Friday 12:00: 12 h of Friday + 10 h of Monday left.
      "SAME_TIME_OF_DAY, 2025-03-07T10:00, 2025-03-07T12:00, 22, 2025-03-10T09:00, 2025-03-11T07:00",
      // Answered on a working day with the whole remainder inside it.
      "SAME_TIME_OF_DAY, 2025-03-05T10:00, 2025-03-05T22:00, 12, 2025-03-06T08:00, 2025-03-06T20:00"})
  void workingDayLimit_remainingTimeCountsWorkingDaysOnly(DayConvention convention, String opened, String asked,
      long hoursLeft, String answered, String due) {
    Harness h = oneWorkingDayShop(convention);
    h.clock.set(shanghai(opened));
    SeedCaseDriver d = SeedCaseDriver.open(h, CaseType.REFUND_ONLY, Reason.NOT_RECEIVED);
    d.at(shanghai(asked));
    askInfo(d, Actor.MERCHANT);
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).pausedRemaining()).contains(Duration.ofHours(hoursLeft));
    d.at(shanghai(answered));
    supplyInfo(d);
    assertThat(d.deadline(DeadlineKind.MERCHANT_RESPONSE).dueAt()).isEqualTo(shanghai(due));
  }
}
