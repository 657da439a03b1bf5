package org.attribution.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Opens gzipped or plain streams alike, telling them apart by the gzip magic number. */
public final class Gzip {

  private static final int BUFFER = 1 << 16;

  private Gzip() {}

  /**
   * Wraps {@code in} in a decompressor when it starts with the gzip magic number. Sniffing rather
   * than trusting the file name also handles gzipped standard input.
   */
  public static InputStream decompressIfGzipped(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
    buffered.mark(2);
    int b1 = buffered.read();
    int b2 = buffered.read();
    buffered.reset();
    boolean gzip = b1 == 0x1f && b2 == 0x8b;
    return gzip ? new GZIPInputStream(new UntilEnd(buffered), BUFFER) : buffered;
  }

  /**
   * Says bytes are available until the stream has ended. {@link GZIPInputStream} reads the next
   * member of a multi-member file (a WARC archive, an appended output) only when its input has
   * bytes available, and a pipe between two writes has none, which would end the stream early.
   */
  private static final class UntilEnd extends FilterInputStream {
    private boolean ended;

    UntilEnd(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      ended |= b < 0;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      ended |= n < 0;
      return n;
    }

    @Override
    public int available() throws IOException {
      return ended ? 0 : Math.max(1, in.available());
    }
  }
}
