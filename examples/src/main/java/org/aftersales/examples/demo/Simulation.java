package org.aftersales.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CommandOutcome;
import org.aftersales.application.DeadlineSweeper;
import org.aftersales.application.SweepResult;
import org.aftersales.application.TenantPolicies;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseId;
import org.aftersales.jdbc.JdbcAfterSalesStore;
import org.aftersales.jdbc.OutboxRelay;

/**
 * Runs the fortnight: buyers' requests arrive, the parties act as {@link Behaviour} says, and every
 * {@link SimulationWindow#step() step} of the clock the sweeper applies the default actions and
 * sends the reminders that fell due, and the outbox relay publishes what happened, exactly as a host's
 * scheduler would run them. The whole library is the production one, on H2 in memory.
 */
final class Simulation {

  private final long seed;
  private final int requests;
  private final SimulationWindow window;

  /**
   * @param seed the seed every random choice is drawn from
   * @param requests how many requests buyers make, at least 1
   */
  Simulation(long seed, int requests, SimulationWindow window) {
    if (requests < 1) {
      throw new IllegalArgumentException("requests must be at least 1, but was " + requests);
    }
    this.seed = seed;
    this.requests = requests;
    this.window = window;
  }

  SimulationResult run(ProgressBar progress) {
    TeaHouse shop = new TeaHouse();
    SimulationClock clock = new SimulationClock(window.start(), window.zone());
    try (DemoDatabase database = new DemoDatabase(clock)) {
      JdbcAfterSalesStore store = database.store();
      AtomicLong caseNumbers = new AtomicLong(250_000);
      AfterSalesService service = new AfterSalesService(store, TenantPolicies.same(shop.tenantPolicy()),
          () -> CaseId.of("AS-" + caseNumbers.incrementAndGet()), clock);
      DeadlineSweeper sweeper = DeadlineSweeper.of(store, service, clock, "demo-node");
      OutboxWatcher watcher = new OutboxWatcher();
      OutboxRelay relay = OutboxRelay.of(store, watcher, clock, "demo-node");
      Dice dice = new Dice(seed);
      CommandDesk desk = new CommandDesk(service, TeaHouse.TENANT);
      Intake intake = new Intake(shop.policy(), shop.calendar(), desk);
      Agenda agenda = new Agenda(new Behaviour(dice, shop.serviceHours()));
      List<Instant> arrivals = arrivals(dice);
      RequestFactory buyers = new RequestFactory(dice);
      Map<CaseId, OpenedCase> opened = new LinkedHashMap<>();
      SweepResult swept = new SweepResult(0, 0, 0, 0);

      boolean moved = false;
      for (long step = 1; step <= window.steps(); step++) {
        clock.advance(window.step());
        Instant now = clock.instant();
        while (!arrivals.isEmpty() && !arrivals.get(0).isAfter(now)) {
          intake.open(buyers.next(arrivals.remove(0))).ifPresent(c -> opened.put(c.id(), c));
          moved = true;
        }
        SweepResult sweep = sweeper.sweepAllDue();
        swept = swept.plus(sweep);
        if (moved || sweep.applied() > 0) {
          react(service, relay, watcher, agenda, now);
        }
        moved = false;
        for (Map.Entry<CaseId, PlannedStep> due : agenda.takeDue(now)) {
          AfterSalesCase c = service.find(TeaHouse.TENANT, due.getKey()).orElseThrow();
          CommandOutcome outcome = desk.send(c, due.getValue().actor(), due.getValue().command());
          if (outcome instanceof CommandOutcome.Accepted accepted) {
            agenda.consider(accepted.after(), now);
            moved = true;
          }
        }
        if (now.atZone(window.zone()).getMinute() == 0) {
          // As the jdbc README asks of a host: purge delivered messages, or every claim reads them again.
          store.purgeDeliveredBefore(now);
        }
        progress.show(step, window.steps());
      }
      react(service, relay, watcher, agenda, clock.instant());

      List<CaseRecord> cases = new ArrayList<>();
      for (OpenedCase c : opened.values()) {
        cases.add(new CaseRecord(c, service.find(TeaHouse.TENANT, c.id()).orElseThrow(),
            store.history(TeaHouse.TENANT, c.id())));
      }
      int overdue = store.claimDue(clock.instant(), 10_000, "audit", Duration.ofMinutes(1)).size();
      Optional<CaseRecord> showcase = InterestingCase.among(cases);
      return new SimulationResult(seed, window, requests, cases, intake.refusals(), desk.accepted(), desk.refused(),
          swept, watcher.published(), store.scheduledTimers(), overdue,
          showcase.map(c -> new SimulationResult.Showcase(c, service.timeline(TeaHouse.TENANT, c.last().id())))
              .orElse(null));
    }
  }

  /** Publishes what happened and lets the parties of every case that moved think again. */
  private static void react(AfterSalesService service, OutboxRelay relay, OutboxWatcher watcher, Agenda agenda,
      Instant now) {
    relay.relayAll();
    for (CaseId moved : watcher.drainMoved()) {
      agenda.consider(service.find(TeaHouse.TENANT, moved).orElseThrow(), now);
    }
  }

  /**
   * When buyers ask: a random minute between 08:00 and 23:00 of a random day, holiday days a third
   * busier than the others (orders placed for the holiday arrive, and so do their problems).
   */
  private List<Instant> arrivals(Dice dice) {
    List<LocalDate> days = window.first().datesUntil(window.lastArrivalDay().plusDays(1)).toList();
    List<Dice.Weighted<LocalDate>> weighted = days.stream()
        .map(day -> Dice.Weighted.of(day.getMonthValue() == 10 ? 4 : 3, day)).toList();
    List<Instant> arrivals = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      LocalDate day = dice.weighted(weighted);
      arrivals.add(day.atTime(8, 0).atZone(window.zone()).toInstant().plus(dice.between(Duration.ZERO,
          Duration.ofHours(15))));
    }
    arrivals.sort(null);
    return arrivals;
  }
}
