package org.aftersales.benchmarks.sweeper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * One timed batch of a harness: how many due items {@code nodes} nodes applied, in how long, how many
 * were applied twice and how many not at all. Appended to a results file as one tab-separated line.
 */
record HarnessResult(String what, int nodes, int threadsPerNode, long open, long due, long applied,
    double seconds, long duplicates, long missed) {

  double perSecond() {
    return applied / seconds;
  }

  String line() {
    return String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%d\t%.3f\t%.1f\t%d\t%d", what, nodes, threadsPerNode, open,
        due, applied, seconds, perSecond(), duplicates, missed);
  }

  /** Prints the line and appends it to {@code file}. */
  void appendTo(Path file) throws IOException {
    System.out.println("RESULT " + line());
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, line() + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
