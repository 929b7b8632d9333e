package org.aftersales.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Instants as epoch nanoseconds: exact in range, ordered as instants everywhere, saturating outside. */
class EpochNanosPropertyTest {

  @Test
  void everyNanosecondInRangeRoundTrips() {
    qt().forAll(longs().all()).checkAssert(n -> assertThat(EpochNanos.of(EpochNanos.toInstant(n))).isEqualTo(n));
  }

  @Test
  void theColumnOrdersAsTheInstantsDo_evenOutsideTheRange() {
    qt().forAll(longs().all(), longs().between(0, 999_999_999), longs().all(), longs().between(0, 999_999_999))
        .checkAssert((s1, n1, s2, n2) -> {
          Instant a = Instant.ofEpochSecond(s1 % Instant.MAX.getEpochSecond(), n1);
          Instant b = Instant.ofEpochSecond(s2 % Instant.MAX.getEpochSecond(), n2);
          if (a.isBefore(b)) {
            assertThat(EpochNanos.of(a)).isLessThanOrEqualTo(EpochNanos.of(b));
          } else if (a.equals(b)) {
            assertThat(EpochNanos.of(a)).isEqualTo(EpochNanos.of(b));
          }
        });
    assertThat(EpochNanos.of(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
    assertThat(EpochNanos.of(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
  }
}
