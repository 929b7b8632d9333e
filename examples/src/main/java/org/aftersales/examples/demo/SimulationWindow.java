package org.aftersales.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The simulated fortnight around China's 2025 National Day holiday: from Friday 26 September to the
 * end of Friday 10 October, Asia/Shanghai. The holiday runs 1 to 8 October (National Day and the
 * Mid-Autumn Festival together); Sunday 28 September and Saturday 11 October are make-up working days
 * (调休). Buyers ask from the first day until the holiday ends; the rest of the time lets cases run on.
 */
record SimulationWindow(LocalDate first, LocalDate lastArrivalDay, LocalDate last, Duration step, ZoneId zone) {

  static final SimulationWindow GOLDEN_WEEK_2025 = new SimulationWindow(LocalDate.of(2025, 9, 26),
      LocalDate.of(2025, 10, 8), LocalDate.of(2025, 10, 10), Duration.ofMinutes(15), TeaHouse.SHANGHAI);

  /** The first instant simulated. */
  Instant start() {
    return first.atStartOfDay(zone).toInstant();
  }

  /** The instant the simulation stops: the end of its last day. */
  Instant end() {
    return last.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The last instant a buyer may ask: the end of the last arrival day. */
  Instant arrivalsEnd() {
    return lastArrivalDay.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** How many steps of the clock the simulation takes. */
  long steps() {
    return Duration.between(start(), end()).dividedBy(step);
  }
}
