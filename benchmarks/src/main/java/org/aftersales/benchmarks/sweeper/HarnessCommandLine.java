package org.aftersales.benchmarks.sweeper;

import java.nio.file.Path;

/**
 * The command line both harnesses share: results file, node counts (comma-separated), open items, due
 * items, threads per node. Each node count gets a fresh seed, then one timed run appended to the file.
 */
final class HarnessCommandLine {

  /** Puts {@code open} items, {@code due} of them due, in place. */
  @FunctionalInterface
  interface Seed {
    void seed(int open, int due) throws Exception;
  }

  /** Times one batch with {@code nodes} nodes. */
  @FunctionalInterface
  interface Run {
    HarnessResult run(int nodes, int threadsPerNode, int open, int due) throws Exception;
  }

  private HarnessCommandLine() {}

  static void runEachNodeCount(String[] args, Seed seed, Run run) throws Exception {
    if (args.length != 5) {
      throw new IllegalArgumentException("arguments: results-file node-counts open due threads-per-node");
    }
    Path results = Path.of(args[0]);
    int open = Integer.parseInt(args[2]);
    int due = Integer.parseInt(args[3]);
    int threadsPerNode = Integer.parseInt(args[4]);
    for (String nodes : args[1].split(",")) {
      seed.seed(open, due);
      run.run(Integer.parseInt(nodes), threadsPerNode, open, due).appendTo(results);
    }
  }
}
