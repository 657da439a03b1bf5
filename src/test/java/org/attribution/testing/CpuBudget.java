package org.attribution.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a piece of work on a thread of its own and fails as soon as that thread has used more
 * processor time than a budget, without waiting for work that may never end. Processor time, not
 * wall time, so a busy machine cannot make a test fail: give a budget far beyond what the work
 * needs, so only a cost that grows faster than the text can exceed it.
 *
 * <pre>{@code
 * List<Attribution> found = CpuBudget.of(Duration.ofSeconds(30)).run(() -> pipeline.annotate(text));
 * }</pre>
 */
public final class CpuBudget {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Duration budget;

  private CpuBudget(Duration budget) {
    this.budget = budget;
  }

  public static CpuBudget of(Duration budget) {
    return new CpuBudget(budget);
  }

  /**
   * The result of {@code work}; throws {@link AssertionError} when it takes more processor time
   * than the budget (the thread is interrupted and left to end as a daemon).
   */
  public <T> T run(Callable<T> work) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    Thread worker =
        new Thread(
            () -> {
              try {
                result.set(work.call());
              } catch (Exception e) {
                failure.set(e);
              }
            },
            "cpu-budget");
    worker.setDaemon(true);
    worker.start();
    while (worker.isAlive()) {
      worker.join(50);
      long used = THREADS.getThreadCpuTime(worker.getId());
      if (worker.isAlive() && used > budget.toNanos()) {
        worker.interrupt();
        throw new AssertionError(
            "the work used more than " + budget.toSeconds() + " CPU-seconds and was still running");
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }
}
