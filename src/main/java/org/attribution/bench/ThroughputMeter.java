package org.attribution.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs a processor over a corpus on some threads and measures its throughput. The threads take the
 * texts in turn, cycling through the corpus, and stop once at least {@code minDocuments} have been
 * run and {@code minNanos} have passed, or at {@code maxDocuments}, whichever comes first.
 * Thread-safe: each call uses its own threads.
 */
public final class ThroughputMeter {

  private final LongSupplier clock;
  private final LongSupplier cpuTime;

  /**
   * @param clock nanosecond time source; {@link System#nanoTime} outside tests
   * @param cpuTime processor nanoseconds of the calling thread, negative when unsupported
   */
  public ThroughputMeter(LongSupplier clock, LongSupplier cpuTime) {
    this.clock = clock;
    this.cpuTime = cpuTime;
  }

  /** A meter on the system clock and the JVM's per-thread processor time. */
  public static ThroughputMeter system() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return new ThroughputMeter(
        System::nanoTime,
        () -> threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1);
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
    int target = Math.min(plan.maxDocuments(), plan.minDocuments());
    AtomicInteger next = new AtomicInteger();
    LongAdder documents = new LongAdder();
    LongAdder characters = new LongAdder();
    LongAdder cpuNanos = new LongAdder();
    AtomicBoolean noCpuTime = new AtomicBoolean();
    long start = clock.getAsLong();
    Runnable worker =
        () -> {
          long cpuStart = cpuTime.getAsLong();
          noCpuTime.compareAndSet(false, cpuStart < 0);
          for (int i = next.getAndIncrement(); ; i = next.getAndIncrement()) {
            boolean timeUp = clock.getAsLong() - start >= plan.minNanos();
            if (i >= plan.maxDocuments() || (i >= target && timeUp)) {
              cpuNanos.add(cpuTime.getAsLong() - cpuStart);
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
      throw new IllegalStateException(
          "failed on a text of " + corpus.name() + ": " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (clock.getAsLong() - start) / 1e9;
    double cpuSeconds = noCpuTime.get() ? Double.NaN : cpuNanos.sum() / 1e9;
    return new Throughput(plan.threads(), documents.sum(), characters.sum(), seconds, cpuSeconds);
  }
}
