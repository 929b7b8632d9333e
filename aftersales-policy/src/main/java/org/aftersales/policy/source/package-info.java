/** Rule identifiers and the sources they cite, shared by every part of a policy. */
package org.aftersales.policy.source;
