package org.aftersales.casefile;

import java.util.Objects;

/**
 * A command refused as a value, never as an exception: the reason code, the rule that decided and
 * a message a developer can act on. Nothing is written for a refused command.
 *
 * @param code the stable reason
 * @param rule the rule that decided, such as {@code lifecycle:RETURN_AND_REFUND:INSPECTING:APPROVE}
 *     or {@code guard:EVIDENCE_REQUIRED}
 * @param message what happened, naming the state, actor or field
 */
public record Rejection(RejectionCode code, String rule, String message) {

  /**
   * Validates the rejection.
   *
   * @throws NullPointerException if any argument is null
   */
  public Rejection {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }
}
