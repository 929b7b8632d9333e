package org.aftersales.examples.checkout;

import static org.aftersales.examples.checkout.Bodies.command;
import static org.aftersales.examples.checkout.Bodies.open;
import static org.aftersales.examples.checkout.Bodies.qualityDefect;
import static org.aftersales.examples.checkout.RunningCheckout.BUYER;
import static org.aftersales.examples.checkout.RunningCheckout.SHOP;
import static org.aftersales.examples.checkout.RunningCheckout.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every class of error over real HTTP, each with its status, its JSON body, and nothing written. One
 * service for the class: the clock stands still, and each test uses orders of its own.
 */
class CheckoutServerErrorsTest {

  private static RunningCheckout checkout;

  @BeforeAll
  static void start() {
    checkout = new RunningCheckout();
  }

  @AfterAll
  static void stop() {
    checkout.close();
  }

  @ParameterizedTest(name = "{0} -> 400 naming {2}")
  @CsvSource(delimiter = '|', textBlock = """
      malformed JSON            | "orderId": "SO-1"                                | body
      trailing garbage          | TRAILING:}                                       | body
      JSON null                 | null                                             | body
      missing field             | {"orderId": "SO-1"}                              | buyerId
      wrong type in a list      | QUANTITY:"one"                                   | lines[0].quantity
      unknown enum              | CASE_TYPE:"RETURN"                               | caseType
      money without a space     | MONEY:"CNY168"                                   | lines[0].amountPaid
      malformed line id         | LINE:" "                                         | lines[0].lineId
      unknown field             | EXTRA:"coupon"                                   | discount
      goods contradict          | SIGNED:"2025-01-01T00:00:00Z"                    | goods.signedAt
      """)
  void openingWithABadBody_is400NamingTheField(String what, String body, String field) {
    RunningCheckout.Response refused = checkout.open("bad-" + field + what.length(), badOpen(body));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("error").asText()).isEqualTo("BAD_REQUEST");
    assertThat(refused.json().get("field").asText()).isEqualTo(field);
    assertThat(refused.json().get("expected").asText()).isNotBlank();
    assertThat(casesOfBuyer()).as("nothing written").doesNotContain("SO-BAD");
  }

  @Test
  void unknownEnum_namesTheAllowedValues() {
    RunningCheckout.Response refused = checkout.open("bad-enum", badOpen("CASE_TYPE:\"RETURN\""));

    assertThat(refused.json().get("expected").asText())
        .isEqualTo("one of [REFUND_ONLY, RETURN_AND_REFUND, EXCHANGE, REPAIR], not 'RETURN'");
  }

  @Test
  void commandOfUnknownTypeOrWithAMissingNestedField_is400NamingIt() {
    String id = checkout.opened("open-e400", qualityDefect("SO-E400", "RETURN_AND_REFUND"));

    RunningCheckout.Response unknown = checkout.act(id, "MERCHANT", STAFF, "e400-1", command("APPROVE_ALL"));
    RunningCheckout.Response nested = checkout.act(id, "MERCHANT", STAFF, "e400-2",
        "{\"type\": \"PROVIDE_RETURN_ADDRESS\", \"address\": {\"recipient\": \"Tea House\", \"phone\": \"+86 21 5555 0100\"}}");
    RunningCheckout.Response wrongType = checkout.act(id, "SYSTEM", "payment-gateway", "e400-3",
        "{\"type\": \"CONFIRM_REFUND\", \"attempt\": \"1\", \"paymentReference\": \"rf-1\"}");

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("field").asText()).isEqualTo("type");
    assertThat(unknown.json().get("expected").asText()).contains("APPROVE", "SHIP_RETURN").doesNotContain("OPEN");
    assertThat(nested.json().get("field").asText()).isEqualTo("address.address");
    assertThat(nested.json().get("expected").asText()).isEqualTo("a value; the field is required");
    assertThat(wrongType.json().get("field").asText()).isEqualTo("attempt");
    assertThat(checkout.caseFile(id).get("version").asInt()).as("nothing written").isEqualTo(1);
  }

  @ParameterizedTest(name = "without {0} -> 400 naming it")
  @CsvSource({"X-Tenant", "X-Actor", "X-Party", "Idempotency-Key"})
  void aWriteWithoutAnIdentityHeader_is400NamingTheHeader(String header) {
    Map<String, String> headers = new java.util.HashMap<>(Map.of("X-Tenant", SHOP, "X-Actor", "BUYER",
        "X-Party", BUYER, "Idempotency-Key", "no-" + header));
    headers.remove(header);

    RunningCheckout.Response refused = checkout.post("/cases", qualityDefect("SO-NOHEADER", "EXCHANGE"), headers);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo(header);
    assertThat(casesOfBuyer()).as("nothing written").doesNotContain("SO-NOHEADER");
  }

  @ParameterizedTest(name = "key {0} -> 400")
  @CsvSource({"deadline:SO-KEY", "reminder:SO-KEY", "auto-refund:SO-KEY"})
  void aKeyWithAPrefixTheServiceReserves_is400NamingTheKey_andWritesNothing(String key) {
    RunningCheckout.Response refused = checkout.open(key, qualityDefect("SO-KEY", "EXCHANGE"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo("Idempotency-Key");
    assertThat(casesOfBuyer()).as("nothing written").doesNotContain("SO-KEY");
  }

  @Test
  void unknownActorOrMalformedIfMatch_is400() {
    String id = checkout.opened("open-ifmatch", qualityDefect("SO-IFMATCH", "EXCHANGE"));
    RunningCheckout.Response actor = checkout.post("/cases/" + id + "/commands", command("APPROVE"),
        Map.of("X-Tenant", SHOP, "X-Actor", "SELLER", "X-Party", STAFF, "Idempotency-Key", "actor-1"));
    RunningCheckout.Response ifMatch = checkout.post("/cases/" + id + "/commands", command("APPROVE"),
        Map.of("X-Tenant", SHOP, "X-Actor", "MERCHANT", "X-Party", STAFF, "Idempotency-Key", "if-1", "If-Match", "v1"));

    assertThat(actor.status()).isEqualTo(400);
    assertThat(actor.json().get("field").asText()).isEqualTo("X-Actor");
    assertThat(actor.json().get("expected").asText()).contains("BUYER, MERCHANT, PLATFORM, SYSTEM");
    assertThat(ifMatch.status()).isEqualTo(400);
    assertThat(ifMatch.json().get("field").asText()).isEqualTo("If-Match");
    assertThat(checkout.caseFile(id).get("version").asInt()).as("nothing written").isEqualTo(1);
  }

  @Test
  void anIdentityHeaderGivenTwice_is400NamingIt_andWritesNothing() {
    RunningCheckout.Response refused = checkout.send(checkout.request("/cases")
        .POST(HttpRequest.BodyPublishers.ofString(qualityDefect("SO-TWICE", "EXCHANGE")))
        .header("X-Tenant", SHOP).header("X-Tenant", "other-shop")
        .header("X-Actor", "BUYER").header("X-Party", BUYER).header("Idempotency-Key", "twice-1"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo("X-Tenant");
    assertThat(casesOfBuyer()).doesNotContain("SO-TWICE");
  }

  @Test
  void aBodyDeclaredInAnotherCharset_is400NamingContentType_andWritesNothing() {
    Map<String, String> headers = Map.of("X-Tenant", SHOP, "X-Actor", "BUYER", "X-Party", BUYER,
        "Idempotency-Key", "latin-1", "Content-Type", "application/json; charset=ISO-8859-1");

    RunningCheckout.Response refused = checkout.post("/cases", qualityDefect("SO-LATIN", "EXCHANGE"), headers);
    RunningCheckout.Response utf8 = checkout.post("/cases", qualityDefect("SO-UTF8", "EXCHANGE"),
        Map.of("X-Tenant", SHOP, "X-Actor", "BUYER", "X-Party", BUYER, "Idempotency-Key", "utf-8",
            "Content-Type", "application/json; charset=\"UTF-8\""));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo("Content-Type");
    assertThat(casesOfBuyer()).doesNotContain("SO-LATIN");
    assertThat(utf8.status()).as(utf8.body()).isEqualTo(201);
  }

  @Test
  void unknownCase_orAnotherTenantsCase_is404() {
    String id = checkout.opened("open-404", qualityDefect("SO-404", "EXCHANGE"));

    RunningCheckout.Response read = checkout.get("/cases/no-such-case");
    RunningCheckout.Response timeline = checkout.get("/cases/no-such-case/timeline");
    RunningCheckout.Response command = checkout.act("no-such-case", "MERCHANT", STAFF, "404-1", command("APPROVE"));
    RunningCheckout.Response otherTenant = checkout.get("/cases/" + id, Map.of("X-Tenant", "other-shop"));
    RunningCheckout.Response noRoute = checkout.get("/refunds");

    assertThat(read.status()).isEqualTo(404);
    assertThat(read.json().get("error").asText()).isEqualTo("CASE_NOT_FOUND");
    assertThat(timeline.status()).isEqualTo(404);
    assertThat(command.status()).isEqualTo(404);
    assertThat(command.json().get("error").asText()).isEqualTo("CASE_NOT_FOUND");
    assertThat(otherTenant.status()).isEqualTo(404);
    assertThat(noRoute.status()).isEqualTo(404);
    assertThat(noRoute.json().get("error").asText()).isEqualTo("NO_ROUTE");
  }

  @Test
  void theOutboxShowsTheCallersTenantOnly() {
    String id = checkout.opened("open-outbox", qualityDefect("SO-OUTBOX", "EXCHANGE"));
    checkout.awaitJson("/outbox/recent", recent -> recent.get("messages").findValuesAsText("caseId").contains(id));

    RunningCheckout.Response other = checkout.get("/outbox/recent", Map.of("X-Tenant", "other-shop"));
    RunningCheckout.Response anonymous = checkout.get("/outbox/recent", Map.of());

    assertThat(other.status()).isEqualTo(200);
    assertThat(other.json().get("messages")).isEmpty();
    assertThat(anonymous.status()).isEqualTo(400);
    assertThat(anonymous.json().get("field").asText()).isEqualTo("X-Tenant");
  }

  @Test
  void wrongMethod_is405WithTheAllowedOnes() {
    RunningCheckout.Response deleted = checkout.send(checkout.request("/cases/x").DELETE());
    RunningCheckout.Response getCommands = checkout.get("/cases/x/commands");

    assertThat(deleted.status()).isEqualTo(405);
    assertThat(deleted.header("Allow")).contains("GET");
    assertThat(deleted.json().get("error").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    assertThat(getCommands.status()).isEqualTo(405);
    assertThat(getCommands.header("Allow")).contains("POST");
  }

  @RepeatedTest(5)
  void bodyAboveTheLimit_is413_evenWhileTheClientIsStillSending() {
    String huge = "{\"description\": \"" + "x".repeat(Call.MAX_BODY_BYTES * 4) + "\"}";

    RunningCheckout.Response refused = checkout.open("huge-1", huge);

    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.json().get("error").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
  }

  @Test
  void commandOnAStaleVersion_is409StaleVersion_andWritesNothing() {
    String id = checkout.opened("open-stale", qualityDefect("SO-STALE", "RETURN_AND_REFUND"));
    String etag = checkout.get("/cases/" + id).header("ETag").orElseThrow();
    checkout.step(id, "BUYER", BUYER, "{\"type\": \"ADD_EVIDENCE\", \"evidence\": [" + Bodies.PHOTO.formatted("more") + "]}");

    RunningCheckout.Response stale = checkout.post("/cases/" + id + "/commands", command("APPROVE"),
        Map.of("X-Tenant", SHOP, "X-Actor", "MERCHANT", "X-Party", STAFF, "Idempotency-Key", "stale-1", "If-Match", etag));

    assertThat(etag).isEqualTo("\"1\"");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("error").asText()).isEqualTo("STALE_VERSION");
    assertThat(checkout.caseFile(id).get("version").asInt()).isEqualTo(2);
    assertThat(checkout.caseFile(id).get("state").asText()).isEqualTo("REQUESTED");
  }

  @Test
  void secondCaseOnALineInAnOpenCase_is409() {
    checkout.opened("open-line-1", qualityDefect("SO-LINE", "RETURN_AND_REFUND"));

    RunningCheckout.Response second = checkout.open("open-line-2", qualityDefect("SO-LINE", "EXCHANGE"));

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("error").asText()).isEqualTo("ORDER_LINE_IN_OPEN_CASE");
    assertThat(casesOfBuyer()).containsOnlyOnce("SO-LINE");
  }

  @Test
  void cnLaw25_changeOfMindAfterSevenDays_is422NamingTheWindowRule_andWritesNothing() {
    String late = open("SO-LATE", "RETURN_AND_REFUND", "CHANGED_MIND", "2025-02-01T06:00:00Z");

    RunningCheckout.Response refused = checkout.open("open-late", late);

    assertThat(refused.status()).isEqualTo(422);
    JsonNode body = refused.json();
    assertThat(body.get("error").asText()).isEqualTo("NOT_ELIGIBLE");
    assertThat(body.get("refusal").asText()).isEqualTo("WINDOW_CLOSED");
    assertThat(body.get("rule").asText()).isEqualTo("cn.market.no-reason-7d");
    assertThat(casesOfBuyer()).doesNotContain("SO-LATE");
    // Nothing was written, the key included: the corrected request goes through under the same key.
    assertThat(checkout.open("open-late", qualityDefect("SO-LATE", "RETURN_AND_REFUND")).status()).isEqualTo(201);
  }

  @Test
  void buyerApprovingItsOwnRequest_is403ActorNotAllowed_andWritesNothing() {
    String id = checkout.opened("open-403", qualityDefect("SO-403", "RETURN_AND_REFUND"));

    RunningCheckout.Response refused = checkout.act(id, "BUYER", BUYER, "403-1", command("APPROVE"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("error").asText()).isEqualTo("ACTOR_NOT_ALLOWED");
    assertThat(refused.json().get("rule").asText()).isEqualTo("lifecycle:RETURN_AND_REFUND:REQUESTED:APPROVE");
    assertThat(checkout.caseFile(id).get("version").asInt()).as("nothing written").isEqualTo(1);
  }

  @ParameterizedTest(name = "{1} -> {3} {4}")
  @CsvSource(delimiter = '|', textBlock = """
      MERCHANT | {"type": "CONFIRM_RECEIPT"}                                                              | staff-wang  | 409 | NOT_ALLOWED_IN_STATE
      MERCHANT | {"type": "SHIP_REPLACEMENT", "shipment": {"carrier": "SF", "trackingNumber": "SF9"}}     | staff-wang  | 422 | NOT_ALLOWED_FOR_CASE_TYPE
      MERCHANT | {"type": "OFFER_PARTIAL_REFUND", "amount": "CNY 500.00", "note": "half back"}             | staff-wang  | 422 | GUARD_FAILED
      SYSTEM   | {"type": "APPROVE"}                                                                      | some-script | 422 | DEADLINE_NOT_CITED
      BUYER    | {"type": "WITHDRAW", "reason": "not mine"}                                               | buyer-zhao  | 403 | WRONG_PARTY
      """)
  void aCommandTheLifecycleRefuses_isAnsweredWithItsReasonCodeAndRule_andWritesNothing(String actor, String body,
      String party, int status, String code) {
    String id = checkout.opened("open-refused-" + code, qualityDefect("SO-REFUSED-" + code, "RETURN_AND_REFUND"));

    RunningCheckout.Response refused = checkout.act(id, actor, party, "refused-" + code, body);

    assertThat(refused.status()).as(refused.body()).isEqualTo(status);
    assertThat(refused.json().get("error").asText()).isEqualTo(code);
    assertThat(refused.json().get("rule").asText()).isNotBlank();
    assertThat(checkout.caseFile(id).get("version").asInt()).as("nothing written").isEqualTo(1);
    // The key was not written either: a command the lifecycle takes goes through under it.
    assertThat(checkout.act(id, "MERCHANT", STAFF, "refused-" + code, command("APPROVE")).status()).isEqualTo(200);
  }

  @Test
  void sameKeyAndSameBody_replaysTheSameResponse_andWritesNothing() {
    String id = checkout.opened("open-replay", qualityDefect("SO-REPLAY", "RETURN_AND_REFUND"));
    RunningCheckout.Response first = checkout.act(id, "MERCHANT", STAFF, "replay-1", command("APPROVE"));
    int timeline = checkout.timeline(id).size();

    RunningCheckout.Response again = checkout.act(id, "MERCHANT", STAFF, "replay-1", command("APPROVE"));
    RunningCheckout.Response openedAgain = checkout.open("open-replay", qualityDefect("SO-REPLAY", "RETURN_AND_REFUND"));

    assertThat(again.status()).isEqualTo(first.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(openedAgain.status()).isEqualTo(201);
    assertThat(openedAgain.json().at("/case/id").asText()).isEqualTo(id);
    assertThat(openedAgain.json().at("/case/version").asInt()).isEqualTo(1);
    assertThat(checkout.timeline(id)).hasSize(timeline);
    assertThat(checkout.caseFile(id).get("version").asInt()).isEqualTo(2);
  }

  @Test
  void sameKeyWithAnotherBody_is409IdempotencyKeyReused() {
    String id = checkout.opened("open-reuse", qualityDefect("SO-REUSE", "RETURN_AND_REFUND"));
    checkout.act(id, "MERCHANT", STAFF, "reuse-1", command("APPROVE"));

    RunningCheckout.Response reused = checkout.act(id, "MERCHANT", STAFF, "reuse-1", Bodies.returnAddress());

    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.json().get("error").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(checkout.caseFile(id).get("state").asText()).isEqualTo("AWAITING_RETURN_ADDRESS");
  }

  @Test
  void casesArePagedAndFiltered() {
    checkout.opened("open-page-1", qualityDefect("SO-PAGE-1", "EXCHANGE"));
    checkout.opened("open-page-2", qualityDefect("SO-PAGE-2", "EXCHANGE"));

    JsonNode first = checkout.get("/cases?waitingOn=MERCHANT&state=REQUESTED&limit=1").json();
    JsonNode second = checkout.get("/cases?waitingOn=MERCHANT&state=REQUESTED&limit=1&after="
        + java.net.URLEncoder.encode(first.get("nextCursor").asText(), java.nio.charset.StandardCharsets.UTF_8)).json();
    RunningCheckout.Response badState = checkout.get("/cases?state=OPEN");

    assertThat(first.get("cases")).hasSize(1);
    assertThat(second.get("cases")).hasSize(1);
    assertThat(second.at("/cases/0/id").asText()).isNotEqualTo(first.at("/cases/0/id").asText());
    assertThat(badState.status()).isEqualTo(400);
    assertThat(badState.json().get("field").asText()).isEqualTo("state");
  }

  /** A valid open request with one part replaced, or a raw body when the spec names no part. */
  private static String badOpen(String spec) {
    String valid = qualityDefect("SO-BAD", "RETURN_AND_REFUND");
    int colon = spec.indexOf(':');
    String part = colon < 0 ? "" : spec.substring(0, colon);
    String value = colon < 0 ? "" : spec.substring(colon + 1);
    return switch (part) {
      case "TRAILING" -> valid + value;
      case "QUANTITY" -> valid.replace("\"quantity\": 1", "\"quantity\": " + value);
      case "CASE_TYPE" -> valid.replace("\"caseType\": \"RETURN_AND_REFUND\"", "\"caseType\": " + value);
      case "MONEY" -> valid.replace("\"amountPaid\": \"CNY 168.00\"", "\"amountPaid\": " + value);
      case "LINE" -> valid.replace("\"lineId\": \"SO-BAD-L1\"", "\"lineId\": " + value);
      case "EXTRA" -> valid.replace("\"channel\": \"APP\"", "\"channel\": \"APP\", \"discount\": " + value);
      case "SIGNED" -> valid.replace("\"signedAt\": \"2025-02-28T06:00:00Z\"", "\"signedAt\": " + value);
      default -> spec;
    };
  }

  /** The order ids of the buyer's cases, one per case. */
  private static List<String> casesOfBuyer() {
    List<String> orders = new ArrayList<>();
    checkout.get("/cases?buyer=" + BUYER + "&limit=1000").json().get("cases").forEach(c -> orders.add(c.get("orderId").asText()));
    return orders;
  }
}
