package org.aftersales.examples.demo;

import java.io.PrintStream;

/**
 * A progress bar redrawn in place on a terminal ({@code \r}), one character per 1/40 of the run and
 * the percentage. It draws only when the percentage changes, so its output depends on the run's
 * length alone; {@link #none()} draws nothing, for output that is not a terminal.
 */
final class ProgressBar {

  private static final int WIDTH = 40;

  private final PrintStream out;
  private final String label;
  private int shown = -1;

  private ProgressBar(PrintStream out, String label) {
    this.out = out;
    this.label = label;
  }

  /** Returns a bar drawn on {@code out}, headed by {@code label}. */
  static ProgressBar on(PrintStream out, String label) {
    return new ProgressBar(out, label);
  }

  /** Returns a bar that draws nothing. */
  static ProgressBar none() {
    return new ProgressBar(null, "");
  }

  /** Shows that {@code done} of {@code total} steps are done; the last step ends the line. */
  void show(long done, long total) {
    int percent = (int) (100 * done / total);
    if (out == null || percent == shown) {
      return;
    }
    shown = percent;
    int filled = percent * WIDTH / 100;
    out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
    if (done == total) {
      out.println();
    }
    out.flush();
  }
}
