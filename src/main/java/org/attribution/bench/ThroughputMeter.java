package org.attribution.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs a processor over a corpus on some threads and measures its throughput. The threads take the
 * texts in turn, cycling through the corpus, and stop once every text has been run, at least
 * {@code minDocuments} have been run and {@code minNanos} have passed, or at {@code maxDocuments}
 * whichever comes first. Thread-safe: each call uses its own threads.
 */
public final class ThroughputMeter {

  private final LongSupplier clock;

  /** @param clock nanosecond time source; {@link System#nanoTime} outside tests */
  public ThroughputMeter(LongSupplier clock) {
    this.clock = clock;
  }

  /** The plan of one measurement. */
  public record Plan(int threads, int minDocuments, int maxDocuments, long minNanos) {
    public Plan {
      checkArgument(threads > 0, "threads must be positive, got %s", threads);
      checkArgument(maxDocuments > 0, "maxDocuments must be positive, got %s", maxDocuments);
    }
  }

  /**
   * Measures {@code processor} over {@code corpus}.
   *
   * @throws IllegalStateException when the processor fails on a text, with that failure as cause
   */
  public Throughput measure(Consumer<String> processor, BenchCorpus corpus, Plan plan) {
    List<String> texts = corpus.texts();
    int target = Math.min(plan.maxDocuments(), Math.max(plan.minDocuments(), texts.size()));
    AtomicInteger next = new AtomicInteger();
    LongAdder documents = new LongAdder();
    LongAdder characters = new LongAdder();
    long start = clock.getAsLong();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); ; i = next.getAndIncrement()) {
        boolean timeUp = clock.getAsLong() - start >= plan.minNanos();
        if (i >= plan.maxDocuments() || (i >= target && timeUp)) {
          return;
        }
        String text = texts.get(i % texts.size());
        processor.accept(text);
        documents.increment();
        characters.add(text.length());
      }
    };
    ExecutorService pool = Executors.newFixedThreadPool(plan.threads());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < plan.threads(); t++) {
        running.add(pool.submit(worker));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("failed on a text of " + corpus.name() + ": " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (clock.getAsLong() - start) / 1e9;
    return new Throughput(plan.threads(), documents.sum(), characters.sum(), seconds);
  }
}
