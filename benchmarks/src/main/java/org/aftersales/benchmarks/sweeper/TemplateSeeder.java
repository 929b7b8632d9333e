package org.aftersales.benchmarks.sweeper;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.application.AfterSalesService;
import org.aftersales.benchmarks.jdbc.BenchDatabase;
import org.aftersales.benchmarks.jdbc.FixedPool;
import org.aftersales.benchmarks.lifecycle.ReturnAndRefundFlow;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.jdbc.ConnectionProvider;
import org.aftersales.jdbc.JdbcAfterSalesStore;
import org.aftersales.jdbc.Tables;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Seeds many open cases fast, in the store's own rows: it opens one template case through the real
 * service and store, reads back every row the store wrote for it (case, events, timer, outbox messages,
 * idempotency record, order-line claim), and streams copies into the same tables with {@code COPY},
 * the template's id swapped for each copy's. Every id the store derives (deadline, timer, message and
 * order-line ids, the idempotency key) contains the case id, so the copies are the rows the service
 * would have written for each case, at a rate of about a hundred thousand cases per few seconds.
 */
final class TemplateSeeder {

  /** The length of every case id: a letter and nine digits, the template's included. */
  private static final int ID_LENGTH = 10;

  /** The rows of one template case, per table: column names and string values. */
  private record TableRows(String table, List<String> columns, List<String[]> rows) {}

  private final Tables tables;

  TemplateSeeder(Tables tables) {
    this.tables = tables;
  }

  /** Every table a case has rows in. */
  List<String> allTables() {
    return List.of(tables.cases(), tables.events(), tables.timers(), tables.outbox(), tables.idempotency(),
        tables.lineClaims());
  }

  /** The tables the sweeper reads for a case it does not touch: the case, its timer, its order-line claim. */
  List<String> liveTables() {
    return List.of(tables.cases(), tables.timers(), tables.lineClaims());
  }

  /**
   * Opens the template case {@code token} at {@code openedAt} and copies its rows in {@code into}
   * {@code count} times as {@code prefix} followed by nine digits, starting at 1.
   */
  void seed(FixedPool pool, JdbcAfterSalesStore store, String token, Instant openedAt, char prefix, int count,
      List<String> into) throws SQLException {
    if (token.length() != ID_LENGTH) {
      throw new IllegalArgumentException("template token must have " + ID_LENGTH + " characters: " + token);
    }
    AfterSalesService service = SweepScenario.service(store, openedAt, () -> CaseId.of(token));
    ReturnAndRefundFlow.accepted(service.handle(CommandEnvelope.open(ReturnAndRefundFlow.SHOP, Actor.BUYER,
        ReturnAndRefundFlow.BUYER, IdempotencyKey.of("open-" + token), ReturnAndRefundFlow.openRequest("SO-" + token))));
    List<TableRows> template = new ArrayList<>();
    try (Connection c = pool.getConnection()) {
      for (String table : into) {
        template.add(read(c, table, token));
      }
      try (Statement s = c.createStatement()) {
        for (String table : allTables()) {
          s.executeUpdate("DELETE FROM " + table + " WHERE case_id = '" + token + "'");
        }
      }
    }
    try (Connection c = DriverManager.getConnection(BenchDatabase.URL, BenchDatabase.USER, "")) {
      for (TableRows rows : template) {
        copy(c, rows, token, prefix, count);
      }
    }
  }

  private static TableRows read(Connection c, String table, String token) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT * FROM " + table + " WHERE case_id = ?")) {
      select.setString(1, token);
      try (ResultSet rs = select.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          // The outbox's sequence numbers its rows itself.
          if (!meta.getColumnName(i).equals("seq")) {
            columns.add(meta.getColumnName(i));
          }
        }
        List<String[]> rows = new ArrayList<>();
        while (rs.next()) {
          String[] row = new String[columns.size()];
          for (int i = 0; i < row.length; i++) {
            row[i] = rs.getString(columns.get(i));
          }
          rows.add(row);
        }
        return new TableRows(table, columns, rows);
      }
    }
  }

  private static void copy(Connection c, TableRows template, String token, char prefix, int count)
      throws SQLException {
    if (template.rows().isEmpty()) {
      return;
    }
    CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + template.table() + " ("
        + String.join(", ", template.columns()) + ") FROM STDIN (FORMAT csv)");
    StringBuilder chunk = new StringBuilder(1 << 20);
    for (int n = 1; n <= count; n++) {
      String id = prefix + String.format("%09d", n);
      for (String[] row : template.rows()) {
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            chunk.append(',');
          }
          if (row[i] != null) {
            chunk.append('"').append(row[i].replace(token, id).replace("\"", "\"\"")).append('"');
          }
        }
        chunk.append('\n');
      }
      if (chunk.length() > (1 << 20) - 8192 || n == count) {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
      }
    }
    in.endCopy();
  }

  /** Returns a store on the pool, the schema installed. */
  static JdbcAfterSalesStore store(FixedPool pool, Tables tables) {
    return JdbcAfterSalesStore.open(ConnectionProvider.of(pool), tables, java.time.Clock.systemUTC());
  }
}
