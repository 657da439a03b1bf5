package org.attribution.batch;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where a batch writes its results, one document at a time.
 *
 * <p>Implementations need not be thread-safe: the batch writes from one thread.
 */
public interface ResultSink extends Closeable {

  /** Writes the record of one document. */
  void write(DocumentResult result) throws IOException;

  /**
   * Pushes what was written to the operating system, so that it survives the process being killed;
   * and, when {@code durable}, to the disk, so that it survives a power loss.
   */
  void flush(boolean durable) throws IOException;
}
