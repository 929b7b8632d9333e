package org.aftersales.examples.checkout;

import static org.aftersales.examples.checkout.Bodies.changeOfMind;
import static org.aftersales.examples.checkout.Bodies.command;
import static org.aftersales.examples.checkout.Bodies.qualityDefect;
import static org.aftersales.examples.checkout.Bodies.returnAddress;
import static org.aftersales.examples.checkout.Bodies.shipment;
import static org.aftersales.examples.checkout.RunningCheckout.BUYER;
import static org.aftersales.examples.checkout.RunningCheckout.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drives whole cases over real HTTP against a running service on H2: a return and refund, an exchange,
 * and a merchant who stays silent until the scheduled sweeper approves for it.
 */
class CheckoutServerEndToEndTest {

  private final RunningCheckout checkout = new RunningCheckout();

  @AfterEach
  void stop() {
    checkout.close();
  }

  @Test
  void returnAndRefund_fromRequestToTheConfirmedRefund() {
    RunningCheckout.Response opened = checkout.open("open-rr-1", qualityDefect("SO-2025-0001", "RETURN_AND_REFUND"));
    assertThat(opened.status()).isEqualTo(201);
    String id = opened.json().at("/case/id").asText();
    assertThat(opened.header("Location")).contains("/cases/" + id);
    assertThat(opened.header("ETag")).contains("\"1\"");
    assertThat(opened.json().at("/case/state").asText()).isEqualTo("REQUESTED");
    assertThat(opened.json().at("/case/awaiting").asText()).isEqualTo("MERCHANT");
    assertThat(opened.json().at("/case/requestedRefund").asText()).isEqualTo("CNY 168.00");

    assertThat(checkout.step(id, "MERCHANT", STAFF, command("APPROVE"))).isEqualTo("AWAITING_RETURN_ADDRESS");
    returnedAndRefunded(checkout, id);
  }

  /**
   * Drives an approved return-and-refund case from the return address to the confirmed refund of its
   * CNY 168.00, and checks the timeline and the relay's publishing of the refund.
   */
  static void returnedAndRefunded(RunningCheckout checkout, String id) {
    assertThat(checkout.step(id, "MERCHANT", STAFF, returnAddress())).isEqualTo("AWAITING_RETURN_SHIPMENT");
    checkout.clock.advance(Duration.ofHours(20));
    assertThat(checkout.step(id, "BUYER", BUYER, shipment("SHIP_RETURN", "SF1400000001"))).isEqualTo("RETURN_IN_TRANSIT");
    checkout.clock.advance(Duration.ofDays(2));
    assertThat(checkout.step(id, "SYSTEM", "carrier-sf", command("REPORT_RETURN_DELIVERED"))).isEqualTo("RETURN_DELIVERED");
    assertThat(checkout.step(id, "MERCHANT", STAFF, command("CONFIRM_RECEIPT"))).isEqualTo("INSPECTING");
    RunningCheckout.Response passed = checkout.act(id, "MERCHANT", STAFF, "inspect-" + id, command("PASS_INSPECTION"));
    assertThat(passed.json().at("/case/state").asText()).isEqualTo("REFUND_PENDING");
    assertThat(types(passed.json().get("events"))).contains("InspectionPassed", "RefundRequested");
    assertThat(checkout.step(id, "SYSTEM", "payment-gateway",
        "{\"type\": \"CONFIRM_REFUND\", \"attempt\": 1, \"paymentReference\": \"alipay-rf-20250306\"}"))
        .isEqualTo("COMPLETED");

    JsonNode done = checkout.caseFile(id);
    assertThat(done.get("outcome").asText()).isEqualTo("REFUNDED");
    assertThat(done.get("refunded").asText()).isEqualTo("CNY 168.00");
    assertThat(done.at("/returnShipment/trackingNumber").asText()).isEqualTo("SF1400000001");
    assertThat(types(checkout.timeline(id))).containsSubsequence("CaseOpened", "RequestApproved",
        "ReturnAddressProvided", "ReturnShipped", "ReturnDelivered", "ReceiptConfirmed", "InspectionPassed",
        "RefundRequested", "RefundConfirmed");
    checkout.awaitJson("/outbox/recent", recent -> published(recent, id).contains("RefundConfirmed"));
  }

  @Test
  void exchange_untilTheBuyerConfirmsTheReplacement() {
    String id = checkout.opened("open-ex-1", qualityDefect("SO-2025-0002", "EXCHANGE"));
    assertThat(checkout.caseFile(id).get("requestedRefund").asText()).isEqualTo("CNY 0.00");

    checkout.step(id, "MERCHANT", STAFF, command("APPROVE"));
    checkout.step(id, "MERCHANT", STAFF, returnAddress());
    checkout.step(id, "BUYER", BUYER, shipment("SHIP_RETURN", "SF1400000002"));
    checkout.step(id, "SYSTEM", "carrier-sf", command("REPORT_RETURN_DELIVERED"));
    checkout.step(id, "MERCHANT", STAFF, command("CONFIRM_RECEIPT"));
    assertThat(checkout.step(id, "MERCHANT", STAFF, command("PASS_INSPECTION"))).isEqualTo("REPLACEMENT_TO_SHIP");
    assertThat(checkout.step(id, "MERCHANT", STAFF, shipment("SHIP_REPLACEMENT", "SF1400000003")))
        .isEqualTo("REPLACEMENT_SHIPPED");
    assertThat(checkout.step(id, "SYSTEM", "carrier-sf", command("REPORT_OUTBOUND_DELIVERED"))).isEqualTo("OUTBOUND_DELIVERED");
    assertThat(checkout.step(id, "BUYER", BUYER, command("CONFIRM_DELIVERY"))).isEqualTo("COMPLETED");

    JsonNode done = checkout.caseFile(id);
    assertThat(done.get("outcome").asText()).isEqualTo("EXCHANGED");
    assertThat(done.at("/outboundShipment/trackingNumber").asText()).isEqualTo("SF1400000003");
    assertThat(done.get("refunded").asText()).isEqualTo("CNY 0.00");
    assertThat(types(checkout.timeline(id))).containsSubsequence("CaseOpened", "RequestApproved",
        "ReturnShipped", "InspectionPassed", "GoodsShippedToBuyer", "OutboundDelivered", "DeliveryConfirmed");
  }

  @Test
  void seedRule_merchantSilentFor24Hours_theScheduledSweeperApprovesOnce_andTheRelayPublishesIt() {
    String id = checkout.opened("open-silent-1", qualityDefect("SO-2025-0003", "RETURN_AND_REFUND"));
    JsonNode response = checkout.caseFile(id).get("deadlines").get(0);
    assertThat(response.get("kind").asText()).isEqualTo("MERCHANT_RESPONSE");
    assertThat(response.get("whenMissed").asText()).isEqualTo("APPROVE");

    checkout.clock.advance(Duration.ofHours(23));
    checkout.awaitJson("/outbox/recent", recent -> published(recent, id).contains("ReminderSent"));
    assertThat(checkout.caseFile(id).get("state").asText()).as("still within the 24 hours").isEqualTo("REQUESTED");

    checkout.clock.advance(Duration.ofHours(1).plusMinutes(1));
    checkout.awaitJson("/cases/" + id, c -> c.get("state").asText().equals("AWAITING_RETURN_ADDRESS"));
    checkout.awaitJson("/outbox/recent", recent -> published(recent, id).contains("RequestApproved"));

    List<JsonNode> approvals = StreamSupport.stream(checkout.timeline(id).spliterator(), false)
        .filter(entry -> entry.get("type").asText().equals("RequestApproved"))
        .toList();
    assertThat(approvals).hasSize(1);
    assertThat(approvals.get(0).get("actor").asText()).isEqualTo("SYSTEM");
    assertThat(approvals.get(0).get("text").asText()).contains("the merchant did not respond in time");
    assertThat(published(checkout.get("/outbox/recent").json(), id)).containsOnlyOnce("RequestApproved");
    assertThat(checkout.server().published().recent()).filteredOn(m -> m.caseId().value().equals(id)
        && m.type().equals("RequestApproved")).singleElement().satisfies(m -> assertThat(m.actor().name()).isEqualTo("SYSTEM"));
  }

  @Test
  void seedRule_smallNoReasonReturnFromATrustedBuyer_isApprovedByThePlatformAsItOpens() {
    RunningCheckout.Response opened = checkout.open("open-auto-1", changeOfMind("SO-2025-0004", "CNY 39.00", "TRUSTED"));

    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(opened.json().at("/case/state").asText()).isEqualTo("AWAITING_RETURN_ADDRESS");
    assertThat(opened.header("ETag")).contains("\"2\"");
    assertThat(types(opened.json().get("events"))).containsSubsequence("CaseOpened", "RequestApproved");
    String id = opened.json().at("/case/id").asText();
    JsonNode approval = StreamSupport.stream(checkout.timeline(id).spliterator(), false)
        .filter(entry -> entry.get("type").asText().equals("RequestApproved"))
        .findFirst().orElseThrow();
    assertThat(approval.get("actor").asText()).isEqualTo("PLATFORM");

    RunningCheckout.Response retried = checkout.open("open-auto-1", changeOfMind("SO-2025-0004", "CNY 39.00", "TRUSTED"));
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.body()).as("a retry replays the opening and the approval").isEqualTo(opened.body());
    assertThat(checkout.caseFile(id).get("version").asInt()).isEqualTo(2);
  }

  @Test
  void seedRule_aNoReasonReturnAboveTheLimit_orFromABuyerNotTrusted_waitsForTheMerchant() {
    RunningCheckout.Response large = checkout.open("open-auto-2", changeOfMind("SO-2025-0005", "CNY 50.01", "TRUSTED"));
    RunningCheckout.Response standard = checkout.open("open-auto-3", changeOfMind("SO-2025-0006", "CNY 39.00", "STANDARD"));

    assertThat(large.status()).as(large.body()).isEqualTo(201);
    assertThat(large.json().at("/case/state").asText()).isEqualTo("REQUESTED");
    assertThat(standard.status()).as(standard.body()).isEqualTo(201);
    assertThat(standard.json().at("/case/state").asText()).isEqualTo("REQUESTED");
  }

  static List<String> types(JsonNode entries) {
    List<String> types = new ArrayList<>();
    entries.forEach(entry -> types.add(entry.get("type").asText()));
    return types;
  }

  static List<String> published(JsonNode recent, String caseId) {
    List<String> types = new ArrayList<>();
    recent.get("messages").forEach(m -> {
      if (m.get("caseId").asText().equals(caseId)) {
        types.add(m.get("type").asText());
      }
    });
    return types;
  }
}
