package org.aftersales.policy.risk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.InstantRefunds;

/**
 * The policy's {@link InstantRefundRule} as the core's {@link InstantRefunds} port: a shipped return
 * is refunded at once when the rule covers its reason and amount, and the buyer, assessed at that
 * moment, has no active flag and enough completed orders. Hand it to the core with {@code
 * TenantPolicy.withInstantRefunds}.
 *
 * <p>Thread-safe if the assessor is.
 */
public final class RiskInstantRefunds implements InstantRefunds {

  private final InstantRefundRule rule;
  private final BuyerRisk risk;

  /**
   * Creates the port.
   *
   * @throws NullPointerException if any argument is null
   */
  public RiskInstantRefunds(InstantRefundRule rule, BuyerRisk risk) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.risk = Objects.requireNonNull(risk, "risk");
  }

  /**
   * Returns the port of the assessor's own terms.
   *
   * @throws IllegalArgumentException if the terms have no instant-refund rule
   */
  public static RiskInstantRefunds of(BuyerRisk risk) {
    return new RiskInstantRefunds(risk.terms().instantRefund().orElseThrow(() ->
        new IllegalArgumentException("the risk terms have no instantRefund rule")), risk);
  }

  @Override
  public Optional<String> ruleFor(AfterSalesCase shipped, Instant now) {
    Objects.requireNonNull(shipped, "shipped");
    Objects.requireNonNull(now, "now");
    if (!rule.covers(shipped.reason(), shipped.refundDue())) {
      return Optional.empty();
    }
    BuyerAssessment buyer = risk.assessAt(shipped.tenant(), shipped.buyerId(), now);
    return !buyer.isFlagged() && buyer.completedOrders() >= rule.minCompletedOrders()
        ? Optional.of(rule.ref().id())
        : Optional.empty();
  }
}
