package org.attribution.options;

import picocli.CommandLine.Option;

/**
 * The {@code --threads} option of the commands that extract on this machine's own workers ({@code
 * extract}, {@code serve}); a Spark job takes its parallelism from the cluster instead.
 *
 * <p>Filled in by picocli, then read only.
 */
public final class ThreadsOption {

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents extracted at once (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The number of documents extracted at once. */
  public int threads() {
    return threads;
  }
}
