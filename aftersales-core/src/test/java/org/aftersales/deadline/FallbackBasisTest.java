package org.aftersales.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The basis of an estimate records its pauses and resumptions in order, one at a time. */
class FallbackBasisTest {

  private static final Instant START = Instant.parse("2026-12-31T02:00:00Z");
  private static final FallbackBasis STARTED = new FallbackBasis(START, Optional.empty());

  @Test
  void pausesAndResumptionsAlternateAndAscend() {
    FallbackBasis paused = STARTED.pausedAt(START.plusSeconds(60));
    assertThat(paused.isPaused()).isTrue();
    FallbackBasis resumed = paused.resumedAt(START.plusSeconds(120));
    assertThat(resumed.isPaused()).isFalse();
    assertThat(resumed.interruptions()).containsExactly(START.plusSeconds(60), START.plusSeconds(120));
    assertThatThrownBy(() -> paused.pausedAt(START.plusSeconds(90))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> STARTED.resumedAt(START)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> paused.resumedAt(START)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ascend");
    assertThatThrownBy(() -> STARTED.pausedAt(START.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNegativeRemainderIsRefused() {
    assertThatThrownBy(() -> new FallbackBasis(START, Optional.of(Duration.ofHours(-1)), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resumedWith");
  }
}
