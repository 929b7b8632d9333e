package org.aftersales.policy.testing;

import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.json.PolicyJson;

/**
 * Builds a policy document from the sections a seed-rule test is about; the other sections are
 * empty (no rules, no limits), every channel is accepted, and shipping and refund follow the
 * statutory China baseline ({@code LiabilityTerms.defaults()}, {@code RefundTerms.defaults()}).
 */
public final class SeedDocument {

  private String eligibility = "{\"windows\": [], \"exclusions\": []}";
  private String evidence = "{\"rules\": []}";
  private String sla = "{\"dayConvention\": \"END_OF_DAY\", \"automaticRefundAttempts\": 3,"
      + " \"maxInformationRequests\": 2, \"maxPartialRefundOffers\": 2, \"steps\": []}";
  private String channels = "{\"id\": \"seed.channels\", \"source\": \"seed-rules.md\","
      + " \"accepted\": [\"WEB\", \"APP\", \"CUSTOMER_SERVICE\", \"PHONE\", \"CHAT\"]}";
  private String shipping = "{\"id\": \"seed.shipping\", \"source\": \"seed-rules.md\","
      + " \"changeOfMindReturn\": \"BUYER_PAYS\", \"changeOfMindOriginalDelivery\": \"BUYER\","
      + " \"changeOfMindReplacementOut\": \"BUYER\"}";
  private String refund = "{\"id\": \"seed.refund\", \"source\": \"seed-rules.md\", \"route\": \"ORIGINAL_PAYMENT\","
      + " \"deductReturnShipping\": true, \"chargeWaivedShipping\": true, \"clawBackBrokenThresholds\": true,"
      + " \"deductKeptGifts\": true, \"restockingFeeBasisPoints\": 0, \"depreciationCapBasisPoints\": 0,"
      + " \"keepPremiumDeliverySurplus\": true, \"pointsInKind\": true, \"couponsInKind\": false}";

  private SeedDocument() {}

  public static SeedDocument shop() {
    return new SeedDocument();
  }

  public SeedDocument eligibility(String section) {
    this.eligibility = section;
    return this;
  }

  public SeedDocument evidence(String section) {
    this.evidence = section;
    return this;
  }

  public SeedDocument sla(String section) {
    this.sla = section;
    return this;
  }

  public SeedDocument channels(String section) {
    this.channels = section;
    return this;
  }

  public SeedDocument shipping(String section) {
    this.shipping = section;
    return this;
  }

  public SeedDocument refund(String section) {
    this.refund = section;
    return this;
  }

  /** Returns the document's text. */
  public String json() {
    return "{\"formatVersion\": 1, \"name\": \"Seed shop\", \"eligibility\": " + eligibility + ", \"evidence\": "
        + evidence + ", \"sla\": " + sla + ", \"channels\": " + channels + ", \"shipping\": " + shipping
        + ", \"refund\": " + refund + "}";
  }

  /** Reads the document as a policy. */
  public AfterSalesPolicy read() {
    return PolicyJson.read(json());
  }
}
