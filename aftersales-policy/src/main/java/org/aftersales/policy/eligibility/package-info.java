/**
 * Who may ask for what, until when: windows per case type and reason counted from purchase,
 * delivery or signing, category exclusions, resaleable condition, warranty and failed repairs.
 * {@link org.aftersales.policy.eligibility.EligibilityTerms#decide} gives a sealed decision naming its rule.
 */
package org.aftersales.policy.eligibility;
