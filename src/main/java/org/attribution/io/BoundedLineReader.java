package org.attribution.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads UTF-8 lines of at most a given number of bytes, so that one endless line (a gigabyte of
 * JSON without a line break) costs no more memory than the bound: a longer line is skipped to its
 * end and reported by its length instead of its text. A UTF-8 byte order mark before the first line
 * is dropped. Lines end at {@code \n}, and a {@code \r} before it is dropped.
 *
 * <p>Not thread-safe.
 */
final class BoundedLineReader implements AutoCloseable {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer = new byte[1 << 16];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int position;
  private int limit;
  private boolean started;
  private boolean lastEnded = true;

  /** One line: its text, or, when it was longer than the bound, its length alone. */
  record Line(Optional<String> text, long bytes) {}

  BoundedLineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or empty at the end of the stream. */
  Optional<Line> next() throws IOException {
    line.reset();
    long length = 0;
    while (true) {
      if (position == limit && !fill()) {
        lastEnded = length == 0;
        return length == 0 ? Optional.empty() : Optional.of(line(length));
      }
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      int n = end - position;
      if (length + n <= maxBytes) {
        line.write(buffer, position, n);
      }
      length += n;
      position = end;
      if (end < limit) {
        position++; // the line break
        lastEnded = true;
        return Optional.of(line(length));
      }
    }
  }

  /**
   * Whether the last line returned ended with a line break, rather than at the end of the stream.
   */
  boolean lastLineEnded() {
    return lastEnded;
  }

  private Line line(long length) {
    if (length > maxBytes) {
      return new Line(Optional.empty(), length);
    }
    byte[] bytes = line.toByteArray();
    int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return new Line(Optional.of(new String(bytes, 0, end, StandardCharsets.UTF_8)), length);
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n < 0) {
      return false;
    }
    position = 0;
    limit = n;
    if (!started) {
      started = true;
      if (n >= BOM.length && buffer[0] == BOM[0] && buffer[1] == BOM[1] && buffer[2] == BOM[2]) {
        position = BOM.length;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
