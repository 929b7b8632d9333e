package org.aftersales.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the demo moves forward by hand, so every run prints the same timeline. */
final class DemoClock extends Clock {

  private Instant now;
  private final ZoneId zone;

  DemoClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new DemoClock(now, other);
  }
}
