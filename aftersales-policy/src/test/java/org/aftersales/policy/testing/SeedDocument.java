package org.aftersales.policy.testing;

import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.json.PolicyJson;

/**
 * Builds a policy document from the sections a seed-rule test is about; the other sections are
 * empty (no rules, no limits) and every channel is accepted.
 */
public final class SeedDocument {

  private String eligibility = "{\"windows\": [], \"exclusions\": []}";
  private String evidence = "{\"rules\": []}";
  private String sla = "{\"dayConvention\": \"END_OF_DAY\", \"automaticRefundAttempts\": 3,"
      + " \"maxInformationRequests\": 2, \"maxPartialRefundOffers\": 2, \"steps\": []}";
  private String channels = "{\"id\": \"seed.channels\", \"source\": \"seed-rules.md\","
      + " \"accepted\": [\"WEB\", \"APP\", \"CUSTOMER_SERVICE\", \"PHONE\", \"CHAT\"]}";

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

  /** Returns the document's text. */
  public String json() {
    return "{\"formatVersion\": 1, \"name\": \"Seed shop\", \"eligibility\": " + eligibility + ", \"evidence\": "
        + evidence + ", \"sla\": " + sla + ", \"channels\": " + channels + "}";
  }

  /** Reads the document as a policy. */
  public AfterSalesPolicy read() {
    return PolicyJson.read(json());
  }
}
