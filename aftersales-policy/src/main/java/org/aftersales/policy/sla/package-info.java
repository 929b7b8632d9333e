/** Time limits per step, each citing its source, mapped onto the core's {@code SlaPolicy}. */
package org.aftersales.policy.sla;
