package org.aftersales.examples.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock the simulation steps by hand. The service, the sweeper, the relay and the store all read
 * it, so simulated days pass in milliseconds and every run sees the same instants.
 */
final class SimulationClock extends Clock {

  private Instant now;
  private final ZoneId zone;

  SimulationClock(Instant start, ZoneId zone) {
    this.now = Objects.requireNonNull(start, "start");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** Moves the clock forward by {@code step}, which must be positive. */
  void advance(Duration step) {
    if (step.isNegative() || step.isZero()) {
      throw new IllegalArgumentException("step must be positive, but was " + step);
    }
    now = now.plus(step);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Returns a clock frozen at this one's present instant: a clock stepped by hand has no other shape. */
  @Override
  public Clock withZone(ZoneId other) {
    return new SimulationClock(now, other);
  }
}
