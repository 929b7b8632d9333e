package org.aftersales.benchmarks.sweeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CaseIdGenerator;
import org.aftersales.application.TenantPolicies;
import org.aftersales.application.TenantPolicy;
import org.aftersales.benchmarks.lifecycle.ReturnAndRefundFlow;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.store.AfterSalesStore;

/**
 * The world of the sweeper harness: return-and-refund cases waiting for the merchant's answer, whose
 * 24-hour limit defaults to APPROVE. The seed policy, except that this limit sends no "6 h left"
 * reminder, so that each open case has exactly one timer and "due" means a default action. Cases
 * opened at {@link #OPENED_DUE} are due at {@link #SWEEP_AT}; those opened at {@link #OPENED_LATER}
 * are not.
 */
final class SweepScenario {

  static final Instant OPENED_DUE = ReturnAndRefundFlow.NOW;
  static final Instant OPENED_LATER = OPENED_DUE.plus(Duration.ofDays(3));
  /** An hour after the due cases' limit passed. */
  static final Instant SWEEP_AT = OPENED_DUE.plus(Duration.ofHours(25));

  static final TenantPolicy POLICY = TenantPolicy.of(SlaPolicy.seedBuilder()
          .rule(CaseType.RETURN_AND_REFUND, DeadlineKind.MERCHANT_RESPONSE,
              SlaRule.of(SlaLimit.hours(24), DefaultAction.APPROVE))
          .build(),
      ReturnAndRefundFlow.POLICY.calendar(), ReturnAndRefundFlow.WAREHOUSE);

  private SweepScenario() {}

  static AfterSalesService service(AfterSalesStore store, Instant now, CaseIdGenerator ids) {
    return new AfterSalesService(store, TenantPolicies.same(POLICY), ids, Clock.fixed(now, ZoneOffset.UTC));
  }
}
