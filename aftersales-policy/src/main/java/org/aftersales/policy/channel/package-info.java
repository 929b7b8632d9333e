/** The channels a shop takes requests from and its automatic refunds for trusted buyers. */
package org.aftersales.policy.channel;
