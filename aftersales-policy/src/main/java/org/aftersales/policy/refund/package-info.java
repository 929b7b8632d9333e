/**
 * Refund calculation: what goes back to the buyer for lines of an order, per line, per unit and
 * per tender, with deductions and an explanation a person can read.
 *
 * <p>{@link org.aftersales.policy.refund.RefundCalculator#calculate} takes an {@link
 * org.aftersales.policy.refund.OrderSnapshot} (lines, item and order-level discounts, shipping,
 * gifts, tenders), a {@link org.aftersales.policy.refund.RefundRequest}, the case's {@link
 * org.aftersales.policy.liability.Liability}, every earlier {@link
 * org.aftersales.policy.refund.Refund} of the order and the shop's {@link
 * org.aftersales.policy.refund.RefundTerms}. Order-level discounts are spread over lines by largest
 * remainder; within a line the first {@code k} units carry {@code floor(paid * k / quantity)}, so a
 * unit is never more than one minor unit off its share and the last unit takes what remains:
 * returning a line in any number of steps refunds exactly what was paid for it.
 *
 * <p>Deductions that depend on what the buyer keeps (a broken threshold promotion, a free-shipping
 * threshold no longer met, a gift kept although its condition is gone) are computed from the state
 * after the request and compared with what earlier refunds already deducted: a later return that
 * changes the state releases what is no longer owed. Deductions that belong to one return (return
 * shipping, restocking fee, depreciation) are taken once, by that return. Every deduction is capped
 * by what the refund has left, so a refund is never negative.
 *
 * <p>A liability decided before dispatch (refund only on an order not yet shipped) refunds the
 * whole delivery fee once nothing is left to ship, premium included, and refuses return shipping
 * and depreciation on the request: see {@link org.aftersales.policy.refund.RefundCalculator}.
 *
 * <p>Bad input gets an {@link org.aftersales.policy.refund.InvalidRefundInputException} naming the
 * field. Every type here is immutable and thread-safe.
 */
package org.aftersales.policy.refund;
