package org.aftersales.examples;

import java.util.List;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.eligibility.EligibilityDecision;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.json.PolicyJson;
import org.aftersales.policy.liability.Liability;
import org.aftersales.policy.liability.LiabilityQuestion;
import org.aftersales.policy.refund.OrderSnapshot;
import org.aftersales.policy.refund.Refund;
import org.aftersales.policy.refund.RefundRequest;

/**
 * README.md's policy snippet, compiled: {@code ReadmeSnippetTest} keeps the README's copy equal to
 * the lines between the markers, and runs it.
 */
final class PolicySnippet {

  private PolicySnippet() {}

  /** Reads a shop's policy and asks it about one request; returns the refund it computes, or null if refused. */
  static Refund ask(String json, EligibilityRequest request, OrderSnapshot order, RefundRequest units) {
    // README:begin policy
    AfterSalesPolicy policy = PolicyJson.read(json);                        // or Presets.chinaMarketplace()
    WorkingCalendar calendar = ChinaCalendars.mainland();
    EligibilityDecision decision = policy.decide(request, calendar);        // Allowed(...) or Refused(code, rule, ...)
    if (decision instanceof EligibilityDecision.Refused refused) {
      return null;                                                          // tell the buyer refused.message()
    }
    Liability liability = policy.liability(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND));
    Refund refund = policy.refund(order, units, liability, List.of());      // per line, unit and tender, after coupons
    // README:end
    return refund;
  }
}
