package org.attribution.bench;

import static com.google.common.base.Preconditions.checkArgument;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Loads each contender in turn and measures it on every corpus: load time, heap, and throughput on
 * one thread and on several, after a warm-up. Contenders run one after another in this JVM, each
 * with CoreNLP's model cache emptied first, so that none reuses another's models and figures from
 * one run compare on the same machine under the same load. Not thread-safe.
 */
public final class Benchmark {

  /**
   * How to measure.
   *
   * @param threads threads of the parallel measurement
   * @param warmupDocuments documents run before measuring, for the JIT compiler
   * @param warmupTime time the warm-up runs at least
   * @param minDocuments documents each measurement runs at least, cycling through the corpus
   * @param minTime time each measurement runs at least
   * @param repeats measurements of each kind, of which the fastest counts: on a shared machine
   *     other work only ever slows a run down, so the fastest is the least disturbed
   */
  public record Settings(
      int threads,
      int warmupDocuments,
      Duration warmupTime,
      int minDocuments,
      Duration minTime,
      int repeats) {
    public Settings {
      checkArgument(threads > 0, "threads must be positive, got %s", threads);
      checkArgument(warmupDocuments >= 0, "warm-up documents must not be negative");
      checkArgument(minDocuments >= 0, "minimum documents must not be negative");
      checkArgument(repeats > 0, "repeats must be positive, got %s", repeats);
    }
  }

  private final Settings settings;
  private final ThroughputMeter meter;
  private final LongSupplier clock;
  private final Consumer<String> log;

  /**
   * @param meter measures throughput
   * @param clock nanosecond time source; {@link System#nanoTime} outside tests
   * @param log receives a line as each contender starts and finishes
   */
  public Benchmark(
      Settings settings, ThroughputMeter meter, LongSupplier clock, Consumer<String> log) {
    this.settings = settings;
    this.meter = meter;
    this.clock = clock;
    this.log = log;
  }

  /** Measures every contender on every corpus, in order. */
  public List<ContenderResult> run(List<Contender> contenders, List<BenchCorpus> corpora) {
    List<ContenderResult> results = new ArrayList<>();
    for (Contender contender : contenders) {
      log.accept("Loading " + contender.name());
      results.add(measure(contender, corpora));
    }
    return results;
  }

  private ContenderResult measure(Contender contender, List<BenchCorpus> corpora) {
    StanfordCoreNLP.clearAnnotatorPool();
    HeapGauge.liveBytes();
    try (HeapGauge gauge = HeapGauge.open()) {
      long start = clock.getAsLong();
      Consumer<String> processor = contender.loader().get();
      double loadSeconds = (clock.getAsLong() - start) / 1e9;
      long liveAfterLoad = HeapGauge.liveBytes();
      List<ContenderResult.CorpusThroughput> throughputs = new ArrayList<>();
      for (BenchCorpus corpus : corpora) {
        log.accept("Running " + contender.name() + " on " + corpus.name());
        throughputs.add(measure(processor, contender, corpus));
      }
      long liveAfterRun = HeapGauge.liveBytes();
      return new ContenderResult.Measured(
          contender.name(),
          loadSeconds,
          liveAfterLoad,
          liveAfterRun,
          gauge.peakBytes(),
          throughputs);
    } catch (RuntimeException | OutOfMemoryError e) {
      // One contender failing (a peer out of heap) must not lose the figures of the others.
      log.accept(contender.name() + " failed: " + e);
      return new ContenderResult.Failed(contender.name(), e.toString());
    } finally {
      StanfordCoreNLP.clearAnnotatorPool();
    }
  }

  private ContenderResult.CorpusThroughput measure(
      Consumer<String> processor, Contender contender, BenchCorpus corpus) {
    int cap = contender.maxDocuments();
    int warmup = Math.min(settings.warmupDocuments(), cap);
    if (warmup > 0) {
      meter.measure(
          processor,
          corpus,
          new ThroughputMeter.Plan(1, warmup, cap, settings.warmupTime().toNanos()));
    }
    long minNanos = settings.minTime().toNanos();
    // Every text at least once, so that a corpus counts whole unless the contender is capped.
    int minDocuments = Math.max(settings.minDocuments(), corpus.texts().size());
    Throughput single =
        fastest(processor, corpus, new ThroughputMeter.Plan(1, minDocuments, cap, minNanos));
    Throughput parallel =
        fastest(
            processor,
            corpus,
            new ThroughputMeter.Plan(settings.threads(), minDocuments, cap, minNanos));
    return new ContenderResult.CorpusThroughput(corpus.name(), single, parallel);
  }

  private Throughput fastest(
      Consumer<String> processor, BenchCorpus corpus, ThroughputMeter.Plan plan) {
    Throughput best = meter.measure(processor, corpus, plan);
    for (int i = 1; i < settings.repeats(); i++) {
      Throughput next = meter.measure(processor, corpus, plan);
      best = next.charactersPerSecond() > best.charactersPerSecond() ? next : best;
    }
    return best;
  }
}
