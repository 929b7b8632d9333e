package org.aftersales.examples.checkout;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.casefile.ReturnAddress;

/**
 * How a {@link CheckoutServer} runs. From the command line, each option is {@code --name=value}, and
 * falls back to an environment variable, then to the default:
 *
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>option</th><th>environment</th><th>default</th></tr>
 *   <tr><td>{@code --port}</td><td>{@code CHECKOUT_PORT}</td><td>8080; 0 picks a free port</td></tr>
 *   <tr><td>{@code --jdbc-url}</td><td>{@code AFTERSALES_JDBC_URL}</td><td>{@value #DEFAULT_JDBC_URL}</td></tr>
 *   <tr><td>{@code --policy}</td><td>{@code AFTERSALES_POLICY}</td><td>the China marketplace preset</td></tr>
 *   <tr><td>{@code --sweep-every}</td><td>{@code AFTERSALES_SWEEP_EVERY}</td><td>PT30S</td></tr>
 *   <tr><td>{@code --relay-every}</td><td>{@code AFTERSALES_RELAY_EVERY}</td><td>PT1S</td></tr>
 * </table>
 *
 * @param port the HTTP port; 0 for any free one
 * @param jdbcUrl the database, user and password included
 * @param policyFile a policy JSON document ({@code PolicyJson}); empty for the China marketplace preset
 * @param clock the only source of "now": the system clock in production, a movable one in tests
 * @param sweepEvery how often the deadline sweeper looks for due deadlines
 * @param relayEvery how often the outbox relay publishes new events
 * @param defaultReturnAddress where returns go when the merchant gives no address in time
 * @param node this instance's name in sweeper and relay claims
 */
record CheckoutConfig(int port, String jdbcUrl, Optional<Path> policyFile, Clock clock, Duration sweepEvery,
    Duration relayEvery, ReturnAddress defaultReturnAddress, String node) {

  /** An in-memory H2 database that lives as long as the JVM. */
  static final String DEFAULT_JDBC_URL = "jdbc:h2:mem:checkout;DB_CLOSE_DELAY=-1";

  /** The warehouse of the example shop. */
  static final ReturnAddress WAREHOUSE =
      new ReturnAddress("Tea House returns", "+86 21 5555 0100", "88 Longhua Road, Xuhui, Shanghai");

  /**
   * Validates the configuration.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the port is outside 0..65535 or an interval is not positive
   */
  CheckoutConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535, but was " + port);
    }
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(policyFile, "policyFile");
    Objects.requireNonNull(clock, "clock");
    positive(sweepEvery, "sweepEvery");
    positive(relayEvery, "relayEvery");
    Objects.requireNonNull(defaultReturnAddress, "defaultReturnAddress");
    Objects.requireNonNull(node, "node");
  }

  /** Returns the defaults: port 8080, in-memory H2, the preset policy, the system clock. */
  static CheckoutConfig defaults() {
    return new CheckoutConfig(8080, DEFAULT_JDBC_URL, Optional.empty(), Clock.systemUTC(), Duration.ofSeconds(30),
        Duration.ofSeconds(1), WAREHOUSE, "checkout-1");
  }

  /**
   * Reads the options of the command line, then the environment, over the defaults.
   *
   * @throws IllegalArgumentException if an option is unknown, malformed or out of range, naming it
   */
  static CheckoutConfig fromArgs(String[] args, Map<String, String> env) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("options look like --port=8080, but one was '" + arg + "'");
      }
      options.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    CheckoutConfig defaults = defaults();
    String port = take(options, "port", env.get("CHECKOUT_PORT"));
    String url = take(options, "jdbc-url", env.get("AFTERSALES_JDBC_URL"));
    String policy = take(options, "policy", env.get("AFTERSALES_POLICY"));
    String sweep = take(options, "sweep-every", env.get("AFTERSALES_SWEEP_EVERY"));
    String relay = take(options, "relay-every", env.get("AFTERSALES_RELAY_EVERY"));
    if (!options.isEmpty()) {
      throw new IllegalArgumentException("unknown options " + options.keySet()
          + "; known: --port, --jdbc-url, --policy, --sweep-every, --relay-every");
    }
    try {
      return new CheckoutConfig(
          port == null ? defaults.port() : Integer.parseInt(port),
          url == null ? defaults.jdbcUrl() : url,
          Optional.ofNullable(policy).map(Path::of),
          defaults.clock(),
          sweep == null ? defaults.sweepEvery() : Duration.parse(sweep),
          relay == null ? defaults.relayEvery() : Duration.parse(relay),
          defaults.defaultReturnAddress(),
          defaults.node());
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("--port takes a number and --sweep-every, --relay-every an ISO-8601"
          + " duration such as PT30S: " + e.getMessage(), e);
    }
  }

  /** Returns this configuration on another clock. */
  CheckoutConfig withClock(Clock other) {
    return new CheckoutConfig(port, jdbcUrl, policyFile, other, sweepEvery, relayEvery, defaultReturnAddress, node);
  }

  private static String take(Map<String, String> options, String name, String fromEnvironment) {
    String value = options.remove(name);
    return value != null ? value : fromEnvironment;
  }

  private static void positive(Duration interval, String name) {
    Objects.requireNonNull(interval, name);
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, but was " + interval);
    }
  }
}
