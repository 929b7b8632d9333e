package org.aftersales.examples.demo;

import java.io.PrintStream;

/**
 * The README's first command: a fortnight of after-sales cases around China's 2025 National Day
 * holiday, on the production library and H2 in memory, then a summary and one case's timeline.
 *
 * <p>Arguments, both optional: the seed (default {@value #DEFAULT_SEED}) and the number of buyers'
 * requests (default {@value #DEFAULT_REQUESTS}). The same arguments print the same output; the
 * progress bar goes to standard error, and only on a terminal.
 */
public final class GoldenWeekDemo {

  static final long DEFAULT_SEED = 20251001L;
  static final int DEFAULT_REQUESTS = 300;

  private GoldenWeekDemo() {}

  /**
   * Runs the demo.
   *
   * @param args optionally the seed, then optionally the number of requests
   * @throws NumberFormatException if an argument is no whole number
   */
  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : DEFAULT_SEED;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_REQUESTS;
    ProgressBar progress = System.console() != null ? ProgressBar.on(System.err, "simulating") : ProgressBar.none();
    run(seed, requests, progress, System.out);
  }

  /** Runs a simulation and prints its report on {@code out}; returns the result for tests to check. */
  static SimulationResult run(long seed, int requests, ProgressBar progress, PrintStream out) {
    SimulationResult result = new Simulation(seed, requests, SimulationWindow.GOLDEN_WEEK_2025).run(progress);
    new Report(result, new TeaHouse(), out).print();
    out.flush();
    return result;
  }
}
