package org.aftersales.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a due instant that a {@linkplain org.aftersales.calendar.WorkingCalendar#isFallback fallback
 * calendar} estimated was counted, so that it can be counted again once the calendar has the real
 * data: from {@code countedFrom}, either the whole limit (a deadline that started there) or {@code
 * resumedWith} (a paused clock that resumed there).
 *
 * @param countedFrom the instant the count started
 * @param resumedWith what was left of the limit when a paused clock resumed; empty for a start
 */
public record FallbackBasis(Instant countedFrom, Optional<Duration> resumedWith) {

  /**
   * Validates the basis.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code resumedWith} is negative
   */
  public FallbackBasis {
    Objects.requireNonNull(countedFrom, "countedFrom");
    Objects.requireNonNull(resumedWith, "resumedWith");
    resumedWith.filter(Duration::isNegative).ifPresent(negative -> {
      throw new IllegalArgumentException("resumedWith must not be negative, but was " + negative);
    });
  }
}
