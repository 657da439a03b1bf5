package org.attribution.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.io.SourceRecord;

/**
 * Runs extractions on a fixed number of worker threads, each document under a time limit. A
 * document's time is what its worker spends on it: the processor time the thread uses while it
 * computes, and the elapsed time while it waits (sleeps, blocks on a lock), so that a machine busy
 * with other work, which gives the thread the processor less often, does not make a document time
 * out. Where the JVM cannot measure a thread's processor time, elapsed time counts throughout. A
 * document past its limit gets a {@code timeout} result at once and its worker is interrupted; the
 * pipeline's stages check the interrupt, so the worker comes back within moments and takes the next
 * document. Only a worker still out {@link #ABANDON_AFTER} after the interrupt (an extractor that
 * does not heed it) is replaced: the pool grows by one thread until it comes back, so a stuck
 * document never lowers throughput.
 *
 * <p>The extraction function is shared by all workers and must be thread-safe. {@link #submit} may
 * be called from several threads (the Spark tasks of an executor share one pool); results complete
 * on worker or timer threads.
 */
public final class ExtractionPool implements AutoCloseable {

  /** How long an interrupted worker may take to come back before a thread is added in its place. */
  static final Duration ABANDON_AFTER = Duration.ofSeconds(2);

  /** Longest time between two looks at a worker's clock. */
  private static final long MAX_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final int threads;
  private final Duration timeout;
  private final Duration abandonAfter;
  private final Function<Document, List<Attribution>> extraction;
  private final ThreadPoolExecutor workers;
  private final ScheduledExecutorService timer;
  private final ThreadMXBean clocks = ManagementFactory.getThreadMXBean();
  private int abandoned;

  /**
   * Starts {@code threads} workers running {@code extraction}, each document for at most {@code
   * timeout} (zero for no limit).
   */
  public ExtractionPool(
      int threads, Duration timeout, Function<Document, List<Attribution>> extraction) {
    this(threads, timeout, ABANDON_AFTER, extraction);
  }

  /** As above, replacing a worker still out {@code abandonAfter} after its interrupt. */
  ExtractionPool(
      int threads,
      Duration timeout,
      Duration abandonAfter,
      Function<Document, List<Attribution>> extraction) {
    this.threads = threads;
    this.timeout = timeout;
    this.abandonAfter = abandonAfter;
    this.extraction = extraction;
    // The queue is unbounded here because the batch bounds the documents it submits.
    this.workers =
        new ThreadPoolExecutor(
            threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), daemons("extract"));
    this.timer = Executors.newSingleThreadScheduledExecutor(daemons("extract-timer"));
  }

  /** Starts extracting {@code article}; the future never completes exceptionally. */
  public CompletableFuture<DocumentResult> submit(SourceRecord.Article article) {
    Task task = new Task(article);
    workers.execute(task);
    return task.result;
  }

  /** The most worker threads the pool has had at once. */
  int largestSize() {
    return workers.getLargestPoolSize();
  }

  @Override
  public void close() {
    workers.shutdownNow();
    timer.shutdownNow();
  }

  private synchronized void resize(int delta) {
    abandoned += delta;
    int size = threads + Math.max(0, abandoned);
    if (size > workers.getMaximumPoolSize()) {
      workers.setMaximumPoolSize(size);
      workers.setCorePoolSize(size);
    } else {
      workers.setCorePoolSize(size);
      workers.setMaximumPoolSize(size);
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      // Daemons, so that a worker stuck in an extraction cannot keep the process alive.
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static String describe(Throwable t) {
    return t.getMessage() == null
        ? t.getClass().getName()
        : t.getClass().getName() + ": " + t.getMessage();
  }

  private final class Task implements Runnable {
    final SourceRecord.Article article;
    final CompletableFuture<DocumentResult> result = new CompletableFuture<>();
    private Thread runner;
    private boolean replaced;

    Task(SourceRecord.Article article) {
      this.article = article;
    }

    @Override
    public void run() {
      synchronized (this) {
        runner = Thread.currentThread();
      }
      ScheduledFuture<?> alarm = timeout.isZero() ? null : startClock(runner);
      DocumentResult outcome;
      try {
        outcome =
            DocumentResult.success(
                article.id(), article.keptFields(), extraction.apply(article.document()));
      } catch (
          Throwable t) { // Even an Error must become a record, or the batch would wait forever.
        outcome =
            DocumentResult.failure(
                article.id(), article.keptFields(), DocumentError.Kind.EXTRACTION, describe(t));
      } finally {
        if (alarm != null) {
          alarm.cancel(false);
        }
      }
      boolean wasReplaced;
      synchronized (this) {
        runner = null;
        wasReplaced = replaced;
      }
      result.complete(outcome);
      if (wasReplaced) {
        resize(-1); // this worker had been given up on and is back
      }
    }

    /**
     * Looks at the worker's clock every tenth of the limit (at most every 100 ms), and times the
     * document out once the time spent on it reaches the limit.
     */
    private ScheduledFuture<?> startClock(Thread worker) {
      // TimeUnit.convert saturates where Duration.toNanos overflows (past 292 years)
      long limit = TimeUnit.NANOSECONDS.convert(timeout);
      long period = Math.max(1, Math.min(limit / 10, MAX_CHECK_NANOS));
      WorkerClock clock = new WorkerClock(worker, clocks);
      return timer.scheduleAtFixedRate(
          () -> {
            if (clock.spent(period) >= limit) {
              timeOut();
              throw new CancellationException(); // no more looks at this document's clock
            }
          },
          period,
          period,
          TimeUnit.NANOSECONDS);
    }

    private void timeOut() {
      String message = "extraction took longer than " + timeout.toMillis() / 1000.0 + " s";
      if (result.complete(
          DocumentResult.failure(
              article.id(), article.keptFields(), DocumentError.Kind.TIMEOUT, message))) {
        synchronized (this) {
          if (runner != null) {
            runner.interrupt();
            timer.schedule(
                this::replaceIfStillOut,
                TimeUnit.NANOSECONDS.convert(abandonAfter),
                TimeUnit.NANOSECONDS);
          }
        }
      }
    }

    /** Adds a thread in place of a worker that has not come back from its interrupt. */
    private void replaceIfStillOut() {
      synchronized (this) {
        if (runner == null) {
          return;
        }
        replaced = true;
      }
      resize(+1);
    }
  }
}
