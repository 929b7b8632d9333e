/**
 * The versioned JSON policy format: {@link org.aftersales.policy.json.PolicyJson} reads and writes
 * whole policies, one section class per concern, strictly, with errors that name the JSON path.
 */
package org.aftersales.policy.json;
