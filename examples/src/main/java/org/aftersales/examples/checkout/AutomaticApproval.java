package org.aftersales.examples.checkout;

import java.util.Optional;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CommandOutcome;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.PartyId;
import org.aftersales.policy.source.RuleRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Approves, as the platform, a case the moment it opens when the policy's automatic-refund rule covers
 * it (small refunds for trusted buyers, {@code EligibilityDecision.Allowed#autoRefund}): the buyer does
 * not wait for the merchant. The money then moves as the case type's lifecycle says, at once for a
 * refund only, after the return for a return and refund.
 *
 * <p>The platform acts under the rule's id as its party, so the timeline names the rule, and under a
 * key of the case's own, so a retry of the opening replays the approval instead of approving again.
 */
final class AutomaticApproval {

  /** How the key of a case's automatic approval starts; the case id follows. */
  static final String KEY_PREFIX = "auto-refund:";

  private static final Logger LOG = LoggerFactory.getLogger(AutomaticApproval.class);

  private final AfterSalesService service;

  AutomaticApproval(AfterSalesService service) {
    this.service = service;
  }

  /**
   * Approves the case as it was opened.
   *
   * @param opened the case as its opening left it
   * @param rule the automatic-refund rule that covers it
   * @return the approval, or empty if the case had already moved on (someone acted on it first), so
   *     that it takes the ordinary way
   */
  Optional<CommandOutcome.Accepted> approve(AfterSalesCase opened, RuleRef rule) {
    CommandEnvelope approval = CommandEnvelope.to(opened.tenant(), opened.id(), Actor.PLATFORM, PartyId.of(rule.id()),
        IdempotencyKey.of(KEY_PREFIX + opened.id().value()), new CaseCommand.Approve())
        .expectingVersion(opened.version());
    CommandOutcome outcome = service.handle(approval);
    if (outcome instanceof CommandOutcome.Accepted approved) {
      return Optional.of(approved);
    }
    LOG.info("case {} not approved under {}: {}", opened.id(), rule.id(), ((CommandOutcome.Rejected) outcome).rejection());
    return Optional.empty();
  }
}
