package org.aftersales.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.DeadlineId;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.deadline.SlaUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's first command: what a small run of the Golden Week demo must show, and that a seed replays it. */
class GoldenWeekDemoTest {

  private static final long SEED = 4;
  private static final int REQUESTS = 150;

  private static SimulationResult result;
  private static String printed;

  @BeforeAll
  static void runOnce() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    result = GoldenWeekDemo.run(SEED, REQUESTS, ProgressBar.none(), new PrintStream(out, true, StandardCharsets.UTF_8));
    printed = out.toString(StandardCharsets.UTF_8);
  }

  private static String print(long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GoldenWeekDemo.run(seed, REQUESTS, ProgressBar.none(), new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyCaseEndsWithAnOutcome_orWaitsOnALimitThatRunsPastTheWindow() {
    Instant end = result.window().end();
    assertThat(result.cases()).hasSizeGreaterThan(REQUESTS / 2);
    for (CaseRecord c : result.cases()) {
      if (c.last().state().isTerminal()) {
        assertThat(c.last().outcome()).as("outcome of %s", c.last().id()).isPresent();
        assertThat(Figures.endedAt(c)).as("end of %s", c.last().id()).isPresent();
      } else {
        assertThat(c.last().outcome()).as("outcome of open %s", c.last().id()).isEmpty();
        assertThat(c.last().deadlines()).as("limits of open %s in %s", c.last().id(), c.last().state())
            .isNotEmpty()
            .allSatisfy(d -> assertThat(d.isPaused() || d.dueAt().isAfter(end))
                .as("%s of %s is running past the window", d.kind(), c.last().id()).isTrue());
      }
    }
  }

  @Test
  void theSweeperLeavesNoDueTimerBehind_andRefusesNothing() {
    assertThat(result.timersOverdue()).isZero();
    assertThat(result.timersLeft()).isPositive();
    assertThat(result.sweeps().applied()).isPositive();
    assertThat(result.sweeps().refused()).isZero();
    assertThat(result.refused()).as("no party acts after its limit, so the core refuses no command").isEmpty();
  }

  @Test
  void defaultActionsFire_disputesAreEscalated_andThePolicyRefusesSomeRequests() {
    Map<String, Integer> events = new Figures(result.cases(), new TeaHouse().serviceHours()).eventCounts();
    assertThat(events.getOrDefault("DeadlineExpired", 0)).isPositive();
    assertThat(events.getOrDefault("Escalated", 0)).isPositive();
    assertThat(events.getOrDefault("Ruled", 0)).isPositive();
    assertThat(result.refusals()).isNotEmpty();
    assertThat(result.showcase()).isNotNull();
    assertThat(result.showcase().timeline()).extracting(entry -> entry.type())
        .contains("Escalated", "DeadlineExpired");
  }

  @Test
  void moneyRefundedIsTheSumOfTheRefundConfirmedEvents() {
    Figures figures = new Figures(result.cases(), new TeaHouse().serviceHours());
    assertThat(figures.refunded().isZero()).isFalse();
    assertThat(figures.refunded()).isEqualTo(figures.refundEvents());
    assertThat(printed).contains("refunded: " + figures.refunded());
  }

  /**
   * Working-day limits count on the mainland calendar across the holiday: each one the sweeper
   * applied was due at the end of its N-th working day after the day it started (1-8 October rest, Sunday
   * 28 September and Saturday 11 October work), and at least one of them started before the holiday's
   * end and fell due after it.
   */
  @Test
  void workingDayDefaultsAcrossTheNationalDayHolidayFallDueWhereTheCalendarSays() {
    int acrossTheHoliday = 0;
    for (CaseRecord c : result.cases()) {
      Map<DeadlineId, RecordedEvent> started = new HashMap<>();
      for (RecordedEvent e : c.history()) {
        if (e.event() instanceof CaseEvent.DeadlineStarted s) {
          started.put(s.deadline().id(), e);
        } else if (e.event() instanceof CaseEvent.DeadlineExpired expired && started.containsKey(expired.deadline())) {
          RecordedEvent start = started.get(expired.deadline());
          Deadline deadline = ((CaseEvent.DeadlineStarted) start.event()).deadline();
          if (deadline.rule().limit().unit() == SlaUnit.WORKING_DAYS) {
            LocalDate day = LocalDate.ofInstant(start.occurredAt(), TeaHouse.SHANGHAI);
            Instant due = ChinaCalendars.mainland().plusWorkingDays(day, deadline.rule().limit().amount())
                .plusDays(1).atStartOfDay(TeaHouse.SHANGHAI).toInstant();
            assertThat(deadline.dueAt()).as("%s of %s", deadline.kind(), c.last().id()).isEqualTo(due);
            assertThat(e.occurredAt()).isBetween(due, due.plus(result.window().step()));
            if (day.isBefore(LocalDate.of(2025, 10, 8)) && due.isAfter(LocalDate.of(2025, 10, 9)
                .atStartOfDay(TeaHouse.SHANGHAI).toInstant())) {
              acrossTheHoliday++;
            }
          }
        }
      }
    }
    assertThat(acrossTheHoliday).isPositive();
  }

  /** Three working days from Tuesday 30 September are Thursday 9, Friday 10 and Saturday 11 October (调休). */
  @Test
  void threeWorkingDaysFromTheEveOfTheHolidayEndOnTheMakeUpSaturday() {
    assertThat(ChinaCalendars.mainland().plusWorkingDays(LocalDate.of(2025, 9, 30), 3))
        .isEqualTo(LocalDate.of(2025, 10, 11));
  }

  @Test
  void theSameSeedPrintsTheSame_anotherSeedPrintsOtherwise() {
    assertThat(print(SEED)).isEqualTo(printed);
    assertThat(print(SEED + 1)).isNotEqualTo(printed);
  }

  @Test
  void theReportShowsEverySection() {
    assertThat(printed).contains("Cases by outcome and type", "Default actions the sweeper took", "Disputes",
        "Mean handling time", "Money", "Who paid which shipping leg", "Timeline of AS-");
    List<String> lines = printed.lines().toList();
    assertThat(lines.get(0)).startsWith("aftersales demo: " + REQUESTS + " requests").endsWith("seed " + SEED);
  }
}
