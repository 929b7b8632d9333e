package org.aftersales.examples.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.aftersales.testing.MutableClock;

/**
 * A checkout service started for a test on a fresh in-memory H2 database (or a URL's), the China marketplace
 * preset read from its JSON file, a clock the test moves, and a sweeper and relay running every 50 ms;
 * with an HTTP client that talks to it on its ephemeral port.
 */
final class RunningCheckout implements AutoCloseable {

  /** Monday 3 March 2025, 09:00 in Shanghai: inside the calendar's data. */
  static final Instant START = Instant.parse("2025-03-03T01:00:00Z");
  static final String SHOP = "tea-house";
  static final String BUYER = "buyer-li";
  static final String STAFF = "staff-wang";

  /** The preset as a shop would ship it; surefire runs in the module's directory. */
  private static final Path POLICY = Path.of("../aftersales-policy/presets/china-marketplace.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  final MutableClock clock = new MutableClock(START);
  private final CheckoutServer server;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI base;

  /** The answer to one request. */
  record Response(int status, Map<String, String> headers, JsonNode json, String body) {
    Optional<String> header(String name) {
      return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }
  }

  /** Starts the service on a fresh in-memory H2 database. */
  RunningCheckout() {
    this("jdbc:h2:mem:checkout-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  /** Starts the service on the database of a JDBC URL, user and password included. */
  RunningCheckout(String jdbcUrl) {
    server = CheckoutServer.start(new CheckoutConfig(0, jdbcUrl, Optional.of(POLICY), clock, Duration.ofMillis(50),
        Duration.ofMillis(50), CheckoutConfig.WAREHOUSE, "test-node"));
    base = URI.create("http://localhost:" + server.port());
  }

  CheckoutServer server() {
    return server;
  }

  /** The buyer opens a case; returns the answer. */
  Response open(String key, String body) {
    return post("/cases", body, Map.of("X-Tenant", SHOP, "X-Actor", "BUYER", "X-Party", BUYER, "Idempotency-Key", key));
  }

  /** Opens a case that must be accepted; returns its id. */
  String opened(String key, String body) {
    Response opened = open(key, body);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().at("/case/id").asText();
  }

  /** Sends a command to a case as an actor and party. */
  Response act(String caseId, String actor, String party, String key, String body) {
    return post("/cases/" + caseId + "/commands", body,
        Map.of("X-Tenant", SHOP, "X-Actor", actor, "X-Party", party, "Idempotency-Key", key));
  }

  /** Sends a command that must be accepted; returns the case's state after it. */
  String step(String caseId, String actor, String party, String body) {
    Response done = act(caseId, actor, party, UUID.randomUUID().toString(), body);
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    return done.json().at("/case/state").asText();
  }

  /** Reads as the shop. */
  Response get(String path) {
    return get(path, Map.of("X-Tenant", SHOP));
  }

  /** Reads with these headers only. */
  Response get(String path, Map<String, String> headers) {
    HttpRequest.Builder request = request(path).GET();
    headers.forEach(request::header);
    return send(request);
  }

  JsonNode caseFile(String caseId) {
    Response found = get("/cases/" + caseId);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    return found.json();
  }

  JsonNode timeline(String caseId) {
    return get("/cases/" + caseId + "/timeline").json().get("entries");
  }

  /** Starts a request to a path of the service. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path));
  }

  Response post(String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request);
  }

  Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> answer = http.send(request.timeout(Duration.ofSeconds(20)).build(),
          HttpResponse.BodyHandlers.ofString());
      Map<String, String> headers = new LinkedHashMap<>();
      answer.headers().map().forEach((name, values) -> headers.put(name, values.get(0)));
      JsonNode json = answer.body().isEmpty() ? null : JSON.readTree(answer.body());
      return new Response(answer.statusCode(), headers, json, answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls {@code path} until its JSON satisfies the condition; fails after 10 seconds. */
  JsonNode awaitJson(String path, Predicate<JsonNode> condition) {
    long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    JsonNode last = null;
    while (System.nanoTime() < giveUp) {
      last = get(path).json();
      if (condition.test(last)) {
        return last;
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("GET " + path + " did not reach the condition in 10 s; last: " + last);
  }

  @Override
  public void close() {
    server.close();
  }
}
