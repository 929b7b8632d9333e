package org.aftersales.policy.sla;

import java.util.Objects;
import java.util.Optional;
import org.aftersales.casefile.CaseType;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.SlaRule;
import org.aftersales.policy.source.RuleRef;

/**
 * The time limit of one step, for every case type or for one, with its source.
 *
 * @param ref the rule's id and source
 * @param step the step the limit is for
 * @param caseType the case type it applies to; empty for every type without its own limit
 * @param rule the limit, reminders and default action; empty to say the step has no limit
 */
public record StepLimit(RuleRef ref, DeadlineKind step, Optional<CaseType> caseType, Optional<SlaRule> rule) {

  /**
   * Validates the limit.
   *
   * @throws NullPointerException if any argument is null
   */
  public StepLimit {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(caseType, "caseType");
    Objects.requireNonNull(rule, "rule");
  }

  /** Returns a limit for every case type. */
  public static StepLimit of(RuleRef ref, DeadlineKind step, SlaRule rule) {
    return new StepLimit(ref, step, Optional.empty(), Optional.of(rule));
  }

  /** Returns a limit for one case type. */
  public static StepLimit of(RuleRef ref, DeadlineKind step, CaseType caseType, SlaRule rule) {
    return new StepLimit(ref, step, Optional.of(caseType), Optional.of(rule));
  }

  /** Returns a statement that the step has no limit for one case type. */
  public static StepLimit noLimit(RuleRef ref, DeadlineKind step, CaseType caseType) {
    return new StepLimit(ref, step, Optional.of(caseType), Optional.empty());
  }
}
