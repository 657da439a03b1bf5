package org.attribution.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A stream of documents read from an input, one at a time, so that inputs of any size are read in
 * bounded memory. Problems with a single document (or with the rest of a damaged file) come out as
 * {@link SourceRecord.Unreadable} records rather than exceptions, so a batch can go on.
 *
 * <p>Not thread-safe: one consumer reads a source.
 */
public interface DocumentSource extends Closeable {

  /** The next record, or empty at the end of the input. */
  Optional<SourceRecord> next();

  /** How many records this source yields, when known without reading it all (for an ETA). */
  default OptionalLong size() {
    return OptionalLong.empty();
  }

  @Override
  void close() throws IOException;
}
