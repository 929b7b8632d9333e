package org.aftersales.examples.demo;

import org.aftersales.casefile.CaseId;
import org.aftersales.policy.liability.Liability;
import org.aftersales.policy.refund.Refund;

/**
 * What the host keeps beside a case it opened: the buyer's request, who pays each shipping leg, and
 * the refund the policy computed for the units asked about.
 *
 * @param id the case
 * @param request the buyer's request
 * @param liability who pays each shipping leg, decided by the shop's policy
 * @param quote the refund computed for the units, after coupons, 满减 and deductions
 */
record OpenedCase(CaseId id, Request request, Liability liability, Refund quote) {}
