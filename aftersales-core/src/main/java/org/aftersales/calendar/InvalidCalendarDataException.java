package org.aftersales.calendar;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when calendar data contradicts itself or breaks the format: a date that is both a
 * holiday and a make-up working day, a make-up working day on a weekday that is worked anyway, a
 * date listed twice, dates out of order, a malformed JSON document.
 *
 * <p>When the data came from a JSON document, {@link #line()} and {@link #path()} say where; the
 * message starts with both, as in {@code line 14 ($.years[0].holidays[3]): ...}.
 */
public final class InvalidCalendarDataException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final String path;

  /**
   * Creates the exception for a fault found at {@code line} and {@code path} of a JSON document.
   *
   * @param line the 1-based line of the offending value
   * @param path the JSON path of the offending value, such as {@code $.years[0].holidays[3]}
   * @param problem what is wrong, in words
   * @throws NullPointerException if {@code path} or {@code problem} is null
   */
  public InvalidCalendarDataException(int line, String path, String problem) {
    super("line " + line + " (" + Objects.requireNonNull(path, "path") + "): "
        + Objects.requireNonNull(problem, "problem"));
    this.line = line;
    this.path = path;
  }

  /**
   * Creates the exception for a fault in data given to the builder, which has no lines.
   *
   * @param problem what is wrong, in words
   * @throws NullPointerException if {@code problem} is null
   */
  public InvalidCalendarDataException(String problem) {
    super(Objects.requireNonNull(problem, "problem"));
    this.line = 0;
    this.path = null;
  }

  /** Returns the 1-based line of the fault in the JSON document, or 0 for data given to the builder. */
  public int line() {
    return line;
  }

  /** Returns the JSON path of the fault, empty for data given to the builder. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }
}
