/**
 * What a shop's after-sales rules say: {@link org.aftersales.policy.AfterSalesPolicy} gathers the
 * terms of each concern (eligibility, evidence, time limits, channels), presets state the statutes
 * and platform rules, and {@code policy.json} reads and writes the versioned JSON format.
 */
package org.aftersales.policy;
