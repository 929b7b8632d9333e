package org.aftersales.policy.source;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names a rule of a policy and cites where it comes from, so that every decision can say which rule
 * made it and why that rule exists.
 *
 * @param id the rule's identifier, unique within a policy: lower-case letters, digits, dots and
 *     hyphens, 1 to 80 characters, such as {@code cn.samr-2017.no-reason-7d}
 * @param source the statute, platform rule or shop commitment the rule comes from, not blank
 */
public record RuleRef(String id, String source) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,79}");

  /**
   * Validates the reference.
   *
   * @throws NullPointerException if id or source is null
   * @throws IllegalArgumentException if id is not of the form above or source is blank
   */
  public RuleRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id must be 1 to 80 lower-case letters, digits, dots or hyphens, starting with a letter or digit, but was '"
              + id + "'");
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("source of rule " + id + " must not be blank");
    }
  }

  /** Returns the reference; see the record's validation. */
  public static RuleRef of(String id, String source) {
    return new RuleRef(id, source);
  }

  @Override
  public String toString() {
    return id + " (" + source + ")";
  }
}
