package org.aftersales.examples.checkout;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CaseIdGenerator;
import org.aftersales.application.DeadlineSweeper;
import org.aftersales.application.TenantPolicies;
import org.aftersales.application.TenantPolicy;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.calendar.FallbackCalendar;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.jdbc.ConnectionProvider;
import org.aftersales.jdbc.JdbcAfterSalesStore;
import org.aftersales.jdbc.OutboxRelay;
import org.aftersales.jdbc.Tables;
import org.aftersales.jdbc.schema.SchemaInstaller;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.json.PolicyJson;
import org.aftersales.policy.preset.Presets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkout service: after-sales cases over HTTP and JSON, on the JDK's {@link HttpServer}, for a
 * shop's checkout and back office to call. It installs the schema, opens the JDBC store, and runs the
 * deadline sweeper and the outbox relay beside the server; {@link #close()} stops all three.
 *
 * <p>Run it from the repository's root (options in {@link CheckoutConfig}, routes in
 * {@code examples/CHECKOUT.md}):
 *
 * <pre>{@code
 * mvn -q -pl examples -am test-compile exec:java -Dexec.mainClass=org.aftersales.examples.checkout.CheckoutServer \
 *     -Dexec.args="--port=8080 --jdbc-url=jdbc:h2:./target/checkout-db"
 * }</pre>
 *
 * <p>One policy serves every tenant: its time limits, the mainland China working calendar (estimated
 * by weekends beyond the years it has data for) and the shop's warehouse as the default return
 * address. A host with several shops maps each tenant to its own {@link TenantPolicy}.
 */
public final class CheckoutServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CheckoutServer.class);

  private final HttpServer server;
  private final ExecutorService requests;
  private final ScheduledExecutorService background;
  private final ScheduledFuture<?> sweeping;
  private final ScheduledFuture<?> relaying;
  private final RecentMessages published;

  private CheckoutServer(HttpServer server, ExecutorService requests, ScheduledExecutorService background,
      ScheduledFuture<?> sweeping, ScheduledFuture<?> relaying, RecentMessages published) {
    this.server = server;
    this.requests = requests;
    this.background = background;
    this.sweeping = sweeping;
    this.relaying = relaying;
    this.published = published;
  }

  /**
   * Starts the service on the configuration's database, policy and port.
   *
   * @return the running server
   * @throws IllegalArgumentException if no JDBC driver accepts the URL
   * @throws org.aftersales.policy.json.InvalidPolicyJsonException if the policy file is not a valid policy
   * @throws UncheckedIOException if the policy file cannot be read or the port cannot be bound
   * @throws IllegalStateException if the schema cannot be installed
   */
  public static CheckoutServer start(CheckoutConfig config) {
    AfterSalesPolicy policy = policy(config);
    WorkingCalendar calendar = FallbackCalendar.weekendsOnlyBeyond(ChinaCalendars.mainland());
    TenantPolicy tenantPolicy = TenantPolicy.of(policy.slaPolicy(), calendar, config.defaultReturnAddress());
    JdbcAfterSalesStore store = store(config);
    AfterSalesService service = new AfterSalesService(store, TenantPolicies.same(tenantPolicy),
        CaseIdGenerator.randomUuids(), config.clock());

    RecentMessages published = new RecentMessages();
    ScheduledExecutorService background = Executors.newScheduledThreadPool(2, named("aftersales-background"));
    ScheduledFuture<?> sweeping = DeadlineSweeper.of(store, service, config.clock(), config.node())
        .scheduleOn(background, config.sweepEvery());
    OutboxRelay relay = OutboxRelay.of(store, published, config.clock(), config.node());
    ScheduledFuture<?> relaying = background.scheduleWithFixedDelay(() -> relayAll(relay), 0,
        config.relayEvery().toMillis(), TimeUnit.MILLISECONDS);

    ApiJson json = new ApiJson();
    Outcomes outcomes = new Outcomes(calendar.zone());
    CheckoutRoutes routes = new CheckoutRoutes(
        new CaseOpening(service, store, policy, calendar, config.clock(), json, outcomes),
        new CaseActions(service, json, outcomes), new CaseReads(service), published, json);
    ExecutorService requests = Executors.newFixedThreadPool(8, named("checkout-http"));
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(config.port()), 0);
    } catch (IOException e) {
      sweeping.cancel(false);
      relaying.cancel(false);
      background.shutdown();
      requests.shutdown();
      throw new UncheckedIOException("cannot listen on port " + config.port(), e);
    }
    server.createContext("/", routes);
    server.setExecutor(requests);
    server.start();
    LOG.info("checkout service on http://localhost:{} ({}, policy '{}')", server.getAddress().getPort(),
        store.dialect().getClass().getSimpleName(), policy.name());
    return new CheckoutServer(server, requests, background, sweeping, relaying, published);
  }

  /** Runs the service until the JVM is stopped (Ctrl-C), then shuts it down gracefully. */
  public static void main(String[] args) throws InterruptedException {
    CheckoutServer server = start(CheckoutConfig.fromArgs(args, System.getenv()));
    // Printed, not logged: under `mvn -q exec:java` the log goes to Maven's quiet logger.
    System.out.printf("checkout service listening on http://localhost:%d (Ctrl-C stops it)%n", server.port());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "checkout-shutdown"));
    stopped.await();
  }

  /** Returns the port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Returns the outbox messages published so far, at most the latest {@value RecentMessages#CAPACITY}. */
  RecentMessages published() {
    return published;
  }

  /**
   * Stops taking requests (those in progress get up to a second to finish), then stops the sweeper and
   * the relay after the run in progress, if any. Idempotent.
   */
  @Override
  public void close() {
    server.stop(1);
    sweeping.cancel(false);
    relaying.cancel(false);
    background.shutdown();
    requests.shutdown();
    try {
      if (!background.awaitTermination(10, TimeUnit.SECONDS) || !requests.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("background work or requests still running after 10 s; leaving them to the JVM's exit");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.info("checkout service stopped");
  }

  private static AfterSalesPolicy policy(CheckoutConfig config) {
    if (config.policyFile().isEmpty()) {
      return Presets.chinaMarketplace();
    }
    Path file = config.policyFile().get();
    try {
      return PolicyJson.read(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the policy " + file.toAbsolutePath(), e);
    }
  }

  private static JdbcAfterSalesStore store(CheckoutConfig config) {
    try {
      DataSource dataSource = new UrlDataSource(config.jdbcUrl());
      new SchemaInstaller(ConnectionProvider.of(dataSource), Tables.DEFAULT).install();
      return JdbcAfterSalesStore.open(ConnectionProvider.of(dataSource), Tables.DEFAULT, config.clock());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot install the schema on " + config.jdbcUrl() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Relays until nothing is left; a failure is logged and the next round retries, as the sweeper does.
   * Errors too: anything a scheduled task throws ends its schedule, silently.
   */
  private static void relayAll(OutboxRelay relay) {
    try {
      relay.relayAll();
    } catch (Throwable e) {
      LOG.error("outbox relay failed; the next round retries", e);
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
