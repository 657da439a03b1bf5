package org.attribution.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap figures of this JVM: the peak heap in use while the gauge is open, sampled every 10 ms
 * (garbage included, so it depends on the collector and on {@code -Xmx}), and the live heap after a
 * full collection, which is what the loaded models and the work in progress retain. Use one per
 * contender; the sampling thread stops on {@link #close}.
 */
public final class HeapGauge implements AutoCloseable {

  private static final long SAMPLE_MILLIS = 10;
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private final AtomicLong peak = new AtomicLong();
  private final ScheduledExecutorService sampler;

  private HeapGauge() {
    sampler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "heap-gauge");
              thread.setDaemon(true);
              return thread;
            });
    sampler.scheduleAtFixedRate(this::sample, 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Starts sampling. */
  public static HeapGauge open() {
    return new HeapGauge();
  }

  private void sample() {
    peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
  }

  /** The largest heap in use sampled so far, in bytes. */
  public long peakBytes() {
    sample();
    return peak.get();
  }

  /** Heap in use after a full collection, in bytes. */
  public static long liveBytes() {
    // Twice: objects with finalizers or weak references only go in the second collection.
    System.gc();
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  /** The largest heap this JVM may use, in bytes. */
  public static long maxBytes() {
    return MEMORY.getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
