package org.attribution.batch;

import java.lang.management.ThreadMXBean;

/**
 * The time a worker thread has spent on its document since the clock started: the processor time
 * the thread used while runnable, plus the elapsed time while it waited or slept, so that a
 * document is charged for what it cost, not for the time other work on the machine held the
 * processor. Where the JVM cannot measure a thread's processor time, the elapsed time throughout.
 * Read by one timer thread, at a fixed period: not thread-safe.
 *
 * <pre>{@code
 * WorkerClock clock = new WorkerClock(worker, ManagementFactory.getThreadMXBean());
 * long spent = clock.spent(periodNanos); // called every periodNanos
 * }</pre>
 */
final class WorkerClock {

  private final Thread worker;
  private final ThreadMXBean clocks;
  private final boolean countsProcessorTime;
  private final long startNanos;
  private final long startCpuNanos;
  private long waitedNanos;

  WorkerClock(Thread worker, ThreadMXBean clocks) {
    this.worker = worker;
    this.clocks = clocks;
    this.startNanos = System.nanoTime();
    long cpu = clocks.isThreadCpuTimeSupported() ? clocks.getThreadCpuTime(worker.getId()) : -1;
    this.countsProcessorTime = cpu >= 0;
    this.startCpuNanos = cpu;
  }

  /**
   * The nanoseconds spent so far; {@code periodNanos}, the time since the last call, is charged as
   * waiting when the worker is not runnable now.
   */
  long spent(long periodNanos) {
    if (!countsProcessorTime) {
      return System.nanoTime() - startNanos;
    }
    if (worker.getState() != Thread.State.RUNNABLE) {
      waitedNanos += periodNanos;
    }
    long cpu = clocks.getThreadCpuTime(worker.getId());
    // -1 once the thread has ended: its document is complete and the clock about to stop
    return (cpu < 0 ? 0 : cpu - startCpuNanos) + waitedNanos;
  }
}
