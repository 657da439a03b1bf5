package org.attribution.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Opens gzipped or plain streams alike, telling them apart by the gzip magic number. A gzipped
 * stream is read member after member (a WARC archive, an appended output), and every member is
 * checked ({@link GzipMembers}).
 */
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
    return gzip ? new GzipMembers(buffered) : buffered;
  }
}
