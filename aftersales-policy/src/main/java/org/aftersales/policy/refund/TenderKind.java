package org.aftersales.policy.refund;

/** How part of the order was paid. */
public enum TenderKind {
  /** A bank or credit card. */
  CARD,
  /** A third-party wallet (Alipay, WeChat Pay, PayPal). */
  WALLET,
  /** The buyer's store balance. */
  STORE_BALANCE,
  /** Loyalty points, worth money at the order's rate. */
  POINTS,
  /** A gift card or voucher paid with money. */
  GIFT_CARD
}
