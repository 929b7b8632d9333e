package org.aftersales.policy.eligibility;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.policy.source.RuleRef;

/** Whether a request may open a case: {@link Allowed} or {@link Refused}, each naming its rule. */
public sealed interface EligibilityDecision permits EligibilityDecision.Allowed, EligibilityDecision.Refused {

  /** Returns every case type the buyer could ask for now, in {@code CaseType} order, each with its rule. */
  List<Grant> allowed();

  /**
   * The requested case type is allowed.
   *
   * @param granted the grant for the requested type
   * @param allowed every type allowed now, the requested one included
   * @param autoRefund the rule that refunds this request without the merchant, if one applies
   */
  record Allowed(Grant granted, List<Grant> allowed, Optional<RuleRef> autoRefund) implements EligibilityDecision {

    /**
     * Validates the decision and copies the list.
     *
     * @throws NullPointerException if any argument or element is null
     * @throws IllegalArgumentException if allowed does not contain granted
     */
    public Allowed {
      Objects.requireNonNull(granted, "granted");
      allowed = List.copyOf(allowed);
      Objects.requireNonNull(autoRefund, "autoRefund");
      if (!allowed.contains(granted)) {
        throw new IllegalArgumentException("allowed " + allowed + " must contain the granted " + granted);
      }
    }

    /** Returns this decision with the request refunded automatically under {@code rule}. */
    public Allowed refundedAutomaticallyUnder(RuleRef rule) {
      return new Allowed(granted, allowed, Optional.of(rule));
    }
  }

  /**
   * The request is refused.
   *
   * @param code why
   * @param rule the rule that refused, empty only for {@link RefusalCode#NO_RULE}
   * @param message a sentence for the buyer and the developer, naming the rule and what is wrong
   * @param allowed the other case types the buyer could ask for instead
   */
  record Refused(RefusalCode code, Optional<RuleRef> rule, String message, List<Grant> allowed)
      implements EligibilityDecision {

    /**
     * Validates the decision and copies the list.
     *
     * @throws NullPointerException if any argument or element is null
     * @throws IllegalArgumentException if the rule is missing for a code other than NO_RULE, or the message is blank
     */
    public Refused {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(message, "message");
      allowed = List.copyOf(allowed);
      if (rule.isEmpty() != (code == RefusalCode.NO_RULE)) {
        throw new IllegalArgumentException("a refusal names its rule unless no rule applies, but was " + code + " " + rule);
      }
      if (message.isBlank()) {
        throw new IllegalArgumentException("message must not be blank");
      }
    }
  }
}
