/** Statutory and platform presets (China statutory, China marketplace, EU CRD, UK CRA), every rule cited. */
package org.aftersales.policy.preset;
