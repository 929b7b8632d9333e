package org.aftersales.casefile;

/** Where the request came from. */
public enum Channel {
  WEB,
  APP,
  CUSTOMER_SERVICE,
  PHONE,
  CHAT
}
