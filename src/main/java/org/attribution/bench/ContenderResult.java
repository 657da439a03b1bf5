package org.attribution.bench;

import java.util.List;

/** What a benchmark measured of one contender, or why it could not. */
public sealed interface ContenderResult {

  String contender();

  /**
   * A contender that loaded and ran over every corpus.
   *
   * @param liveAfterLoad heap bytes in use after loading and a full collection
   * @param liveAfterRun heap bytes in use after every corpus and a full collection; growth over
   *     {@code liveAfterLoad} would mean the contender retains something per document
   * @param peak largest heap bytes in use sampled from loading to the end of the last run
   */
  record Measured(
      String contender,
      double loadSeconds,
      long liveAfterLoad,
      long liveAfterRun,
      long peak,
      List<CorpusThroughput> corpora)
      implements ContenderResult {
    public Measured {
      corpora = List.copyOf(corpora);
    }
  }

  /** A contender that failed to load or to run, with what went wrong. */
  record Failed(String contender, String reason) implements ContenderResult {}

  /** Throughput on one corpus on one thread and on several. */
  record CorpusThroughput(String corpus, Throughput single, Throughput parallel) {}
}
