/**
 * Shipping-fee liability: who pays each shipping leg of a case, and an exchange's price difference.
 *
 * <p>{@link org.aftersales.policy.liability.LiabilityDecider#decide} reads the case type, the
 * reason (through {@link org.aftersales.policy.liability.Fault}) and the shop's {@link
 * org.aftersales.policy.liability.LiabilityTerms} and returns a {@link
 * org.aftersales.policy.liability.Liability}: one {@link
 * org.aftersales.policy.liability.LegLiability} per leg the case type uses, each naming the payer,
 * the rule id and a sentence a person can read. The refund calculator reads that result to decide
 * whether the original shipping comes back and whether return shipping is deducted.
 *
 * <p>Whether the goods were dispatched is a fact of the question ({@link
 * org.aftersales.policy.liability.LiabilityQuestion#beforeDispatch()}, refund only): before
 * dispatch no delivery took place, so the merchant bears it whatever the reason; the result carries
 * the fact on to the refund calculator ({@link org.aftersales.policy.liability.Liability#dispatched()}).
 *
 * <p>Every type here is immutable and thread-safe.
 */
package org.aftersales.policy.liability;
