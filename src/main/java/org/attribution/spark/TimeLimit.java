package org.attribution.spark;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one document's extraction with a time limit, so that a pathological text cannot hold a task
 * (and the whole job's completion) forever. The work runs on a shared daemon thread while the task
 * thread waits, so an executor still extracts one document per core.
 *
 * <p>A document past its limit is abandoned and its thread interrupted; CoreNLP stops at its next
 * interruption check. Thread-safe.
 */
final class TimeLimit {

  private static final ExecutorService THREADS =
      Executors.newCachedThreadPool(
          work -> {
            Thread thread = new Thread(work, "attribution-extraction");
            thread.setDaemon(true);
            return thread;
          });

  private TimeLimit() {}

  /**
   * The result of {@code work}, run in at most {@code limit}; a zero limit means none.
   *
   * @throws TimeoutException if the limit passed first
   */
  static <T> T call(Supplier<T> work, Duration limit) throws TimeoutException {
    if (limit.isZero()) {
      return work.get();
    }
    Future<T> future = THREADS.submit(work::get);
    try {
      return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
