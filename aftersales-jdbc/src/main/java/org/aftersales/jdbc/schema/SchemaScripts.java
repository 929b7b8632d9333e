package org.aftersales.jdbc.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.jdbc.Tables;

/**
 * The versioned SQL scripts in the jar, under {@code org/aftersales/jdbc/schema/<dialect>/}: {@code V0__}
 * creates the version table, and each {@code V<n>__} script after it is one append-only migration
 * that ends by raising the version to n.
 */
final class SchemaScripts {

  /** The script names, in order; index n is version n. */
  static final List<String> NAMES = List.of("V0__schema_version.sql", "V1__cases_events_timers_outbox.sql",
      "V2__notices_metrics_risk.sql");

  private SchemaScripts() {}

  /** Returns the text of one script with the table prefix filled in. */
  static String text(String dialect, int version, Tables tables) {
    String path = "/org/aftersales/jdbc/schema/" + dialect + "/" + NAMES.get(version);
    try (InputStream in = SchemaScripts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("schema script " + path + " is missing from the jar");
      }
      return tables.expand(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema script " + path, e);
    }
  }

  /** Splits a script into statements: each ends with a semicolon at the end of a line; comment lines are dropped. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("schema script ends without a semicolon: " + current);
    }
    return statements;
  }
}
