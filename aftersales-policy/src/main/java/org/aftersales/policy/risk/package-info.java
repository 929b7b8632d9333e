/**
 * Buyer risk and instant refunds: a projection of case events counting each buyer's no-reason
 * returns, returns, refunds without return, disputes lost and failed inspections after instant
 * refunds; flags raised by the policy's {@link org.aftersales.policy.risk.RiskTerms}, each naming its
 * rule, figures and expiry; the buyer's {@link org.aftersales.policy.eligibility.BuyerStanding} for
 * the evidence rules; and the instant-refund rule handed to the core as its {@code InstantRefunds} port.
 */
package org.aftersales.policy.risk;
