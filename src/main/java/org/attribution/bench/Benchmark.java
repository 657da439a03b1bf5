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
   * @param minDocuments documents each measurement runs at least, cycling through the corpus
   * @param minTime time each measurement runs at least
   */
  public record Settings(int threads, int warmupDocuments, int minDocuments, Duration minTime) {
    public Settings {
      checkArgument(threads > 0, "threads must be positive, got %s", threads);
      checkArgument(warmupDocuments >= 0, "warm-up documents must not be negative");
      checkArgument(minDocuments >= 0, "minimum documents must not be negative");
    }
  }

  private final Settings settings;
  private final ThroughputMeter meter;
  private final LongSupplier clock;
  private final Consumer<String> log;

  /**
   * @param clock nanosecond time source; {@link System#nanoTime} outside tests
   * @param log receives a line as each contender starts and finishes
   */
  public Benchmark(Settings settings, LongSupplier clock, Consumer<String> log) {
    this.settings = settings;
    this.meter = new ThroughputMeter(clock);
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
          contender.name(), loadSeconds, liveAfterLoad, liveAfterRun, gauge.peakBytes(), throughputs);
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
      meter.measure(processor, corpus, new ThroughputMeter.Plan(1, warmup, warmup, 0));
    }
    long minNanos = settings.minTime().toNanos();
    Throughput single =
        meter.measure(processor, corpus, new ThroughputMeter.Plan(1, settings.minDocuments(), cap, minNanos));
    Throughput parallel = meter.measure(
        processor, corpus, new ThroughputMeter.Plan(settings.threads(), settings.minDocuments(), cap, minNanos));
    return new ContenderResult.CorpusThroughput(corpus.name(), single, parallel);
  }
}
