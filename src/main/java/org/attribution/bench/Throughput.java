package org.attribution.bench;

/**
 * Documents and characters processed by some threads in some wall-clock time.
 *
 * @param threads threads that shared the work
 * @param seconds wall-clock time from the first document to the last
 * @param cpuSeconds processor time the threads used, which other processes on a busy machine do not
 *     inflate as they do wall-clock time; NaN where the JVM cannot measure it
 */
public record Throughput(
    int threads, long documents, long characters, double seconds, double cpuSeconds) {

  public double documentsPerSecond() {
    return documents / seconds;
  }

  public double charactersPerSecond() {
    return characters / seconds;
  }

  /** Characters per second of processor time. */
  public double charactersPerCpuSecond() {
    return characters / cpuSeconds;
  }
}
