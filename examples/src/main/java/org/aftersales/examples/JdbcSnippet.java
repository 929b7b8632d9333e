package org.aftersales.examples;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CaseIdGenerator;
import org.aftersales.application.DeadlineSweeper;
import org.aftersales.application.TenantPolicies;
import org.aftersales.jdbc.ConnectionProvider;
import org.aftersales.jdbc.JdbcAfterSalesStore;
import org.aftersales.jdbc.OutboxPublisher;
import org.aftersales.jdbc.OutboxRelay;
import org.aftersales.jdbc.Tables;
import org.aftersales.jdbc.schema.SchemaInstaller;

/**
 * README.md's database snippets, compiled: {@code ReadmeSnippetTest} keeps the README's copies equal
 * to the lines between each pair of markers, and runs them on H2.
 */
final class JdbcSnippet {

  private JdbcSnippet() {}

  /** Installs the schema, opens the store on it and starts a sweeper and an outbox relay. */
  static AfterSalesService onDatabase(DataSource dataSource, TenantPolicies policies, Clock clock,
      ScheduledExecutorService scheduler, OutboxPublisher broker, String nodeName) throws SQLException {
    // README:begin jdbc
    new SchemaInstaller(ConnectionProvider.of(dataSource), Tables.DEFAULT).install();   // or Flyway/Liquibase
    JdbcAfterSalesStore store = JdbcAfterSalesStore.open(ConnectionProvider.of(dataSource), Tables.DEFAULT, clock);

    AfterSalesService service = new AfterSalesService(store, policies, CaseIdGenerator.randomUuids(), clock);
    DeadlineSweeper.of(store, service, clock, nodeName).scheduleOn(scheduler, Duration.ofSeconds(30));
    OutboxRelay relay = OutboxRelay.of(store, broker, clock, nodeName);
    scheduler.scheduleWithFixedDelay(relay::relayAll, 1, 1, TimeUnit.SECONDS);
    // README:end
    return service;
  }

  /** Opens a store that works inside the host's own transactions. */
  static JdbcAfterSalesStore inHostTransactions(Supplier<Connection> connectionOfTheCurrentTransaction, Clock clock) {
    // README:begin joining
    ConnectionProvider hosts = ConnectionProvider.joining(connectionOfTheCurrentTransaction);  // e.g. Spring's DataSourceUtils
    JdbcAfterSalesStore store = JdbcAfterSalesStore.open(hosts, Tables.DEFAULT, clock);
    // README:end
    return store;
  }
}
