package org.attribution.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Ends a stream where reading it fails (a truncated or corrupt {@code .gz}), remembering the
 * failure. A reader on top then hands out every line decoded before the break instead of losing the
 * ones still in its buffer, and its user asks {@link #failure()} whether the end was a break.
 *
 * <p>Not thread-safe.
 */
final class StopAtBreakInputStream extends FilterInputStream {

  private IOException failure;
  private int lastByte = -1;

  StopAtBreakInputStream(InputStream in) {
    super(in);
  }

  /** The failure that ended the stream early, if one did. */
  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  /** True when the last byte handed out was a line feed: no line was cut by the break. */
  boolean endedAtLineBreak() {
    return lastByte == '\n';
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (failure != null) {
      return -1;
    }
    int n;
    try {
      n = in.read(buffer, offset, length);
    } catch (IOException e) {
      failure = e;
      return -1;
    }
    if (n > 0) {
      lastByte = buffer[offset + n - 1];
    }
    return n;
  }

  @Override
  public int available() throws IOException {
    return failure != null ? 0 : in.available();
  }
}
