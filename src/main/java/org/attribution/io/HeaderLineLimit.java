package org.attribution.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Bounds the lines of the headers a parser reads from a stream, so that a header line of gigabytes
 * (a corrupt or hostile archive) fails with an {@link IOException} instead of filling the heap. The
 * bound applies only while {@link #checking(boolean)} is on, around header parsing: the bodies
 * between the headers may hold lines of any length. Also remembers whether the stream has ended, so
 * that a failure can be told apart as a cut in the stream.
 *
 * <p>Not thread-safe.
 */
final class HeaderLineLimit extends FilterInputStream {

  private final int maxLineBytes;
  private boolean checking;
  private long lineBytes;
  private boolean ended;
  private IOException failure;
  private long bytesRead;

  HeaderLineLimit(InputStream in, int maxLineBytes) {
    super(in);
    this.maxLineBytes = maxLineBytes;
  }

  /** Turns the bound on (counting from a fresh line) or off. */
  void checking(boolean on) {
    checking = on;
    lineBytes = 0;
  }

  /** The bytes read from the stream below so far. */
  long bytesRead() {
    return bytesRead;
  }

  /**
   * The failure of the stream below (a corrupt or cut gzip), which a parser may have taken for its
   * end.
   */
  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Whether the stream below has ended or failed: nothing after this point can be read. */
  boolean ended() {
    return ended;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (checking && lineBytes > maxLineBytes) {
      // Thrown before reading, so that no byte is lost to whoever reads on with the bound off.
      throw new IOException(
          String.format(Locale.ROOT, "a header line of more than %,d bytes", maxLineBytes));
    }
    // While checking, never read past the byte that crosses the bound: it can only be the last one.
    int wanted = checking ? (int) Math.min(length, maxLineBytes - lineBytes + 1) : length;
    int n;
    try {
      n = in.read(buffer, offset, wanted);
    } catch (IOException e) {
      ended = true;
      failure = e;
      throw e;
    }
    ended |= n < 0;
    bytesRead += Math.max(0, n);
    if (checking) {
      for (int i = offset; i < offset + n; i++) {
        lineBytes = buffer[i] == '\n' ? 0 : lineBytes + 1;
      }
    }
    return n;
  }

  /**
   * None once the bound is crossed: a channel reading this stream then hands over the byte that
   * crossed it before the next read fails, instead of failing with that byte in its buffer and
   * losing count of the archive's position by one (which made the archive's end look cut short).
   */
  @Override
  public int available() throws IOException {
    return checking && lineBytes > maxLineBytes ? 0 : super.available();
  }

  @Override
  public long skip(long n) throws IOException {
    int chunk = (int) Math.min(n, 1 << 13);
    return Math.max(0, read(new byte[chunk], 0, chunk));
  }
}
