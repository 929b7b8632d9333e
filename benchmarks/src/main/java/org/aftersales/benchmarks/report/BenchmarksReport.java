package org.aftersales.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the results of one {@code benchmarks/run.sh} run as Markdown tables, each figure beside its
 * anchor from the same run with the ratio and the target, between the markers {@value #BEGIN} and
 * {@value #END} of BENCHMARKS.md; the prose around them stays as written.
 *
 * <p>Arguments: the run's results folder, the Markdown file to update.
 */
public final class BenchmarksReport {

  static final String BEGIN = "<!-- results:begin (benchmarks/run.sh rewrites this section) -->";
  static final String END = "<!-- results:end -->";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path run;
  private final StringBuilder md = new StringBuilder();

  private BenchmarksReport(Path run) {
    this.run = run;
  }

  public static void main(String[] args) throws IOException {
    Path markdown = Path.of(args[1]);
    String section = new BenchmarksReport(Path.of(args[0])).render();
    System.out.print(section);
    String text = Files.exists(markdown) ? Files.readString(markdown) : BEGIN + "\n" + END + "\n";
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalStateException(markdown + " lacks the markers " + BEGIN + " ... " + END);
    }
    Files.writeString(markdown, text.substring(0, begin + BEGIN.length()) + "\n" + section + text.substring(end));
  }

  String render() throws IOException {
    md.append("\nRun `").append(run.getFileName()).append("` (raw results in `").append(run.toString().replace('\\', '/'))
        .append("/`):\n\n```\n").append(Files.readString(run.resolve("machine.txt")).strip()).append("\n```\n");
    lifecycle();
    calendar();
    jdbc();
    sweepers();
    memory();
    return md.toString();
  }

  private void lifecycle() throws IOException {
    Map<String, Double> score = scores(run.resolve("lifecycle.json"), "");
    double ours = score.get("decider");
    double anchor = Math.max(score.get("stateless4j"), score.get("squirrel"));
    md.append("\n### 1. Return-and-refund flow in memory (flows/s, one flow = open + 7 transitions)\n\n")
        .append("| ours | flows/s | stateless4j | squirrel | ratio to the faster anchor | target ≥ 5× |\n")
        .append("|---|---:|---:|---:|---:|---|\n");
    for (String ourSide : List.of("decider", "service")) {
      double s = score.get(ourSide);
      md.append(row(ourSide.equals("decider") ? "CaseDecider + CaseEvolver" : "AfterSalesService on InMemoryAfterSalesStore",
          fmt(s), fmt(score.get("stateless4j")), fmt(score.get("squirrel")), ratio(s / anchor), verdict(s / anchor, 5)));
    }
    md.append("\nThe decider would need to be ").append(String.format(Locale.ROOT, "%,.0f", 5 * anchor / ours))
        .append(" times faster to meet the target.\n");
  }

  private void calendar() throws IOException {
    Map<String, Double> score = scores(run.resolve("calendar.json"), "n");
    md.append("\n### 2. Working days on the CN calendar (ns/op, lower is better)\n\n")
        .append("| operation | n | ours | day loop | datecalc | loop / ours | datecalc / ours | target ≥ 20× (vs loop) |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (String op : List.of("plus", "between")) {
      for (String n : List.of("1", "10", "250")) {
        double ours = score.get(op + "Ours@" + n);
        double loop = score.get(op + "Loop@" + n);
        double datecalc = score.get(op + "Datecalc@" + n);
        md.append(row(op.equals("plus") ? "plusWorkingDays" : "workingDaysBetween", n, fmt(ours), fmt(loop),
            fmt(datecalc), ratio(loop / ours), ratio(datecalc / ours), verdict(loop / ours, 20)));
      }
    }
  }

  private void jdbc() throws IOException {
    Map<String, Double> pgbench = new LinkedHashMap<>();
    for (String line : Files.readAllLines(run.resolve("pgbench.tsv"))) {
      String[] f = line.split("\t");
      pgbench.put(f[0], Double.parseDouble(f[1]));
    }
    md.append("\n### 3. One lifecycle transition through the JDBC store vs pgbench -N (per second)\n\n")
        .append("| clients | ours (commands/s) | pgbench -N -M prepared (tps) | ours / pgbench | target ≥ 50% |\n")
        .append("|---:|---:|---:|---:|---|\n");
    for (String clients : pgbench.keySet()) {
      double ours = scores(run.resolve("jdbc-" + clients + ".json"), "").get("transition");
      double anchor = pgbench.get(clients);
      md.append(row(clients, fmt(ours), fmt(anchor), percent(ours / anchor), verdict(ours / anchor, 0.5)));
    }
  }

  private void sweepers() throws IOException {
    Map<String, String[]> byKey = new LinkedHashMap<>();
    for (String line : Files.readAllLines(run.resolve("sweeper.tsv"))) {
      String[] f = line.split("\t");
      byKey.put(f[0] + "@" + f[1], f);
    }
    md.append("\n### 4. Default actions by sweepers vs db-scheduler one-time tasks (executions/s)\n\n")
        .append("| nodes | threads/node | open | due | ours/s | ours dup / missed | db-scheduler/s | its dup / missed | ratio | target ≥ 1×, 0 duplicates |\n")
        .append("|---:|---:|---:|---:|---:|---|---:|---|---:|---|\n");
    for (String nodes : List.of("1", "2")) {
      String[] ours = byKey.get("aftersales-sweeper@" + nodes);
      String[] anchor = byKey.get("db-scheduler@" + nodes);
      if (ours == null || anchor == null) {
        continue;
      }
      double r = Double.parseDouble(ours[7]) / Double.parseDouble(anchor[7]);
      boolean met = r >= 1 && ours[8].equals("0") && ours[9].equals("0");
      md.append(row(nodes, ours[2], ours[3], ours[4], ours[7], ours[8] + " / " + ours[9], anchor[7],
          anchor[8] + " / " + anchor[9], ratio(r), met ? "met" : "missed"));
    }
  }

  private void memory() throws IOException {
    md.append("\n### 5. Memory per open case in InMemoryAfterSalesStore (no anchor)\n\n")
        .append("| case type | cases measured | bytes per open case |\n|---|---:|---:|\n");
    for (String line : Files.readAllLines(run.resolve("memory.tsv"))) {
      String[] f = line.split("\t");
      md.append(row(f[0], f[1], f[2]));
    }
  }

  /** Returns each benchmark's score by method name, with {@code @param} appended when a param is named. */
  private static Map<String, Double> scores(Path file, String param) throws IOException {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (JsonNode result : JSON.readTree(file.toFile())) {
      String name = result.get("benchmark").asText();
      name = name.substring(name.lastIndexOf('.') + 1);
      if (!param.isEmpty()) {
        name += "@" + result.get("params").get(param).asText();
      }
      scores.put(name, result.get("primaryMetric").get("score").asDouble());
    }
    return scores;
  }

  private static String row(String... cells) {
    List<String> all = new ArrayList<>(List.of(cells));
    return "| " + String.join(" | ", all) + " |\n";
  }

  private static String fmt(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, value < 0.1 ? "%.2g×" : "%.2f×", value);
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * value);
  }

  private static String verdict(double ratio, double target) {
    return ratio >= target ? "met" : String.format(Locale.ROOT, "missed (%.0f%% of target)", 100 * ratio / target);
  }
}
