package org.aftersales.policy.json;

import java.util.Objects;

/**
 * A policy document that cannot become a policy: malformed JSON, a wrong format version, an unknown
 * field, a value of the wrong type or range, an unknown enum name, or rules that contradict each
 * other. It names where ({@link #path()}, such as {@code $.eligibility.windows[2].window.length}) and
 * what was expected there; nothing of the policy is built.
 */
public final class InvalidPolicyJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String expected;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the offending value, {@code $} for the document
   * @param expected what was expected there, in words
   * @param found what was found there, in words or as JSON
   * @param cause the underlying failure, or null
   * @throws NullPointerException if path, expected or found is null
   */
  public InvalidPolicyJsonException(String path, String expected, String found, Throwable cause) {
    super(Objects.requireNonNull(path, "path") + ": expected " + Objects.requireNonNull(expected, "expected")
        + ", found " + Objects.requireNonNull(found, "found"), cause);
    this.path = path;
    this.expected = expected;
  }

  /** Returns the JSON path of the offending value, such as {@code $.sla.steps[0].limit.amount}. */
  public String path() {
    return path;
  }

  /** Returns what was expected at {@link #path()}, in words. */
  public String expected() {
    return expected;
  }
}
