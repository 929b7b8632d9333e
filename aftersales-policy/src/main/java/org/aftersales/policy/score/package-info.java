/**
 * The merchant after-sales score and badges: weighted components and badge rules set in the policy
 * ({@link org.aftersales.policy.score.ScoringTerms}, the JSON section {@code "scoring"}), read from
 * {@link org.aftersales.policy.metrics.MerchantMetrics}, each result explained with its rule.
 */
package org.aftersales.policy.score;
