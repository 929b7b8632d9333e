package org.aftersales.examples.checkout;

/** Request bodies of the tests, as a shop's checkout would send them. */
final class Bodies {

  static final String PHOTO = """
      {"kind": "PHOTO", "uri": "https://files.tea-house.example/evidence/%s.jpg", "mediaType": "image/jpeg",
       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""";

  private Bodies() {}

  /**
   * A request on one line of an order signed for on {@code signedAt}, with a photo, bought a week
   * before the test's start.
   */
  static String open(String order, String caseType, String reason, String signedAt) {
    return """
        {"orderId": "%1$s", "buyerId": "buyer-li", "caseType": "%2$s", "reason": "%3$s", "channel": "APP",
         "lines": [{"lineId": "%1$s-L1", "sku": "longjing-250g", "quantity": 1, "amountPaid": "CNY 168.00"}],
         "description": "The tin arrived dented and the lid does not close",
         "evidence": [%5$s],
         "goods": {"category": "GENERAL", "condition": ["UNUSED", "PACKAGING_INTACT", "ACCESSORIES_COMPLETE"],
                   "purchasedAt": "2025-01-20T02:00:00Z", "deliveredAt": "%4$s", "signedAt": "%4$s"}}
        """.formatted(order, caseType, reason, signedAt, PHOTO.formatted(order));
  }

  /**
   * A change of mind about one line paid {@code amountPaid}, from a buyer of this standing, on goods
   * signed for the Friday before the start: inside the 7-day no-reason window.
   */
  static String changeOfMind(String order, String amountPaid, String standing) {
    return open(order, "RETURN_AND_REFUND", "CHANGED_MIND", "2025-02-28T06:00:00Z")
        .replace("\"amountPaid\": \"CNY 168.00\"", "\"amountPaid\": \"" + amountPaid + "\"")
        .replace("\"channel\": \"APP\"", "\"channel\": \"APP\", \"standing\": \"" + standing + "\"");
  }

  /** A quality-defect request on goods signed for the Friday before the start: inside every window. */
  static String qualityDefect(String order, String caseType) {
    return open(order, caseType, "QUALITY_DEFECT", "2025-02-28T06:00:00Z");
  }

  static String command(String type) {
    return "{\"type\": \"" + type + "\"}";
  }

  static String returnAddress() {
    return """
        {"type": "PROVIDE_RETURN_ADDRESS",
         "address": {"recipient": "Tea House returns", "phone": "+86 21 5555 0100",
                     "address": "88 Longhua Road, Xuhui, Shanghai"}}""";
  }

  static String shipment(String type, String trackingNumber) {
    return """
        {"type": "%s", "shipment": {"carrier": "SF", "trackingNumber": "%s"}}""".formatted(type, trackingNumber);
  }
}
