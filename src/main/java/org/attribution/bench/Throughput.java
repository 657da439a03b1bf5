package org.attribution.bench;

/**
 * Documents and characters processed by some threads in some wall-clock time.
 *
 * @param threads threads that shared the work
 * @param seconds wall-clock time from the first document to the last
 */
public record Throughput(int threads, long documents, long characters, double seconds) {

  public double documentsPerSecond() {
    return documents / seconds;
  }

  public double charactersPerSecond() {
    return characters / seconds;
  }
}
