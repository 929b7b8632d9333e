/**
 * The after-sales case (售后单): its values, commands, events, the declarative lifecycle table per
 * case type, and the pure {@link org.aftersales.casefile.CaseDecider decide} and
 * {@link org.aftersales.casefile.CaseEvolver apply} functions.
 *
 * <p>Nothing here performs I/O or reads a clock: time arrives in the
 * {@link org.aftersales.casefile.DecisionContext}.
 */
package org.aftersales.casefile;
