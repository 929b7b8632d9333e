package org.aftersales.jdbc;

import java.time.Instant;

/**
 * Instants as epoch nanoseconds in a BIGINT column: exact to the nanosecond and ordered by the
 * database as they are in Java, for years 1678 to 2261. Instants outside saturate to the ends, which
 * keeps their order against every instant inside.
 */
final class EpochNanos {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private EpochNanos() {}

  static long of(Instant instant) {
    try {
      return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    } catch (ArithmeticException outOfRange) {
      return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  static Instant toInstant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
  }
}
