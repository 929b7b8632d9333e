/**
 * Merchant after-sales metrics: a projection of the cases' events into day counters per merchant and
 * product ({@link org.aftersales.policy.metrics.MetricsProjection}), the store port it keeps them in
 * and its in-memory adapter, the host's delivery ledger, and the figures read from them
 * ({@link org.aftersales.policy.metrics.MerchantMetrics}).
 */
package org.aftersales.policy.metrics;
