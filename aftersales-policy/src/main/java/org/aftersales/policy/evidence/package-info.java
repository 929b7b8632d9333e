/** Evidence requirements per act, reason, case type, category and buyer standing (证据链). */
package org.aftersales.policy.evidence;
