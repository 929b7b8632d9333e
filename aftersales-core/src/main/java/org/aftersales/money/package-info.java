/**
 * Exact money in integer minor units, and splits that always add up to the whole.
 *
 * <p>{@link org.aftersales.money.Money} is an amount of one {@link java.util.Currency} held as a
 * {@code long} of minor units (cents, fen, ...), never as a floating-point number. It is never
 * negative, never mixes currencies (binary operations throw {@link
 * org.aftersales.money.CurrencyMismatchException}) and never overflows silently (arithmetic throws
 * {@link ArithmeticException}).
 *
 * <p>{@link org.aftersales.money.Money#allocate(java.util.List)} splits an amount in proportion to
 * weights by the largest-remainder method, for example a refund across the order lines it covers,
 * and {@link org.aftersales.money.Money#allocateEvenly(int)} splits it into equal parts. The parts
 * always sum exactly to the amount, and each part is within one minor unit of its exact share.
 */
package org.aftersales.money;
