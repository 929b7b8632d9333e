package org.aftersales.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a due instant that a {@linkplain org.aftersales.calendar.WorkingCalendar#isFallback fallback
 * calendar} estimated was counted, so that it can be counted again once the calendar has the real
 * data: from {@code countedFrom}, either the whole limit (a deadline that started there) or {@code
 * resumedWith} (a paused clock that resumed there), then through every pause and resumption since.
 *
 * <p>A clock paused on an estimate keeps an estimated remainder: what it had left was measured
 * against the estimated due instant. {@code interruptions} records when the clock paused and
 * resumed, so that a recount replays them on the real data.
 *
 * @param countedFrom the instant the count started
 * @param resumedWith what was left of the limit when a paused clock resumed; empty for a start
 * @param interruptions the instants the clock paused and resumed since {@code countedFrom},
 *     alternately, ascending; an odd number while the clock is paused; empty if it never paused
 */
public record FallbackBasis(Instant countedFrom, Optional<Duration> resumedWith, List<Instant> interruptions) {

  /**
   * Validates the basis and copies the interruptions.
   *
   * @throws NullPointerException if an argument or an interruption is null
   * @throws IllegalArgumentException if {@code resumedWith} is negative, or an interruption is
   *     before {@code countedFrom} or before the one listed ahead of it
   */
  public FallbackBasis {
    Objects.requireNonNull(countedFrom, "countedFrom");
    Objects.requireNonNull(resumedWith, "resumedWith");
    resumedWith.filter(Duration::isNegative).ifPresent(negative -> {
      throw new IllegalArgumentException("resumedWith must not be negative, but was " + negative);
    });
    interruptions = List.copyOf(interruptions);
    Instant previous = countedFrom;
    for (Instant at : interruptions) {
      if (at.isBefore(previous)) {
        throw new IllegalArgumentException("interruptions must ascend from countedFrom " + countedFrom
            + ", but " + at + " follows " + previous);
      }
      previous = at;
    }
  }

  /**
   * Creates the basis of a count that never paused.
   *
   * @param countedFrom the instant the count started
   * @param resumedWith what was left of the limit when a paused clock resumed; empty for a start
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code resumedWith} is negative
   */
  public FallbackBasis(Instant countedFrom, Optional<Duration> resumedWith) {
    this(countedFrom, resumedWith, List.of());
  }

  /** Returns whether the clock is paused: the last interruption is a pause. */
  public boolean isPaused() {
    return interruptions.size() % 2 == 1;
  }

  /**
   * Returns this basis with the clock paused at {@code at}.
   *
   * @param at when the clock paused, not before the last interruption
   * @return the basis of the paused clock
   * @throws NullPointerException if {@code at} is null
   * @throws IllegalStateException if the clock is already paused
   * @throws IllegalArgumentException if {@code at} is before the last interruption or {@code countedFrom}
   */
  public FallbackBasis pausedAt(Instant at) {
    if (isPaused()) {
      throw new IllegalStateException("the clock counted from " + countedFrom + " is already paused");
    }
    return interrupted(Objects.requireNonNull(at, "at"));
  }

  /**
   * Returns this basis with the paused clock resumed at {@code at}.
   *
   * @param at when the clock resumed, not before it paused
   * @return the basis of the running clock
   * @throws NullPointerException if {@code at} is null
   * @throws IllegalStateException if the clock is not paused
   * @throws IllegalArgumentException if {@code at} is before the pause
   */
  public FallbackBasis resumedAt(Instant at) {
    if (!isPaused()) {
      throw new IllegalStateException("the clock counted from " + countedFrom + " is not paused");
    }
    return interrupted(Objects.requireNonNull(at, "at"));
  }

  private FallbackBasis interrupted(Instant at) {
    List<Instant> more = new java.util.ArrayList<>(interruptions);
    more.add(at);
    return new FallbackBasis(countedFrom, resumedWith, more);
  }
}
