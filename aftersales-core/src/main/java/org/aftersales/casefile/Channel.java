package org.aftersales.casefile;

/** Where the request came from. */
public enum Channel {
  /** The shop's web site. */
  WEB,
  /** The shop's or platform's mobile app. */
  APP,
  /** A customer-service agent, on the buyer's behalf. */
  CUSTOMER_SERVICE,
  /** A phone call, recorded by an agent. */
  PHONE,
  /** An online chat with the shop or platform. */
  CHAT
}
