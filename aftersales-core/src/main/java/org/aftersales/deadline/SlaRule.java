package org.aftersales.deadline;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The limit of one step, the reminders sent before it ends and the default action taken when it is missed.
 *
 * @param limit how long the step may take
 * @param remindBefore how long before the due instant each reminder goes out ("24 h left"),
 *     positive, distinct, longest first; elapsed time whatever the limit's unit, as the parties read
 *     a reminder against the clock on the wall
 * @param defaultAction what happens when the limit passes
 */
public record SlaRule(SlaLimit limit, List<Duration> remindBefore, DefaultAction defaultAction) {

  /**
   * Validates the rule and copies the reminder list.
   *
   * @throws NullPointerException if any argument or reminder is null
   * @throws IllegalArgumentException if a reminder is zero or negative, or the reminders are not
   *     strictly decreasing
   */
  public SlaRule {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(defaultAction, "defaultAction");
    remindBefore = List.copyOf(Objects.requireNonNull(remindBefore, "remindBefore"));
    Duration previous = null;
    for (Duration reminder : remindBefore) {
      if (reminder.isZero() || reminder.isNegative()) {
        throw new IllegalArgumentException("remindBefore must be positive, but was " + reminder);
      }
      if (previous != null && reminder.compareTo(previous) >= 0) {
        throw new IllegalArgumentException(
            "remindBefore must be distinct and longest first, but " + reminder + " follows " + previous);
      }
      previous = reminder;
    }
  }

  /** Returns a rule without reminders. */
  public static SlaRule of(SlaLimit limit, DefaultAction defaultAction) {
    return new SlaRule(limit, List.of(), defaultAction);
  }

  /** Returns a rule with reminders, longest first. */
  public static SlaRule of(SlaLimit limit, DefaultAction defaultAction, Duration... remindBefore) {
    return new SlaRule(limit, List.of(remindBefore), defaultAction);
  }
}
