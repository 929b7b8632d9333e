/**
 * Alerts on a sudden jump in a product's return rate: the statistical rule, the per-product state
 * that makes one jump raise one alert, and the alert as an outbox notice. The metrics projection
 * evaluates them as returns arrive.
 */
package org.aftersales.policy.alert;
