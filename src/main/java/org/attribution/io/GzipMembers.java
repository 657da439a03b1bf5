package org.attribution.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses every member of a gzip stream and checks each one: its header, its data and its
 * trailer's checksum and length. Where the JDK's {@code GZIPInputStream} ends quietly at a later
 * member with a bad header, or at garbage after a member, this stream fails with an {@link
 * IOException} ({@link GzipMemberException}) that names the member's byte offset in the compressed
 * stream, so that the documents after it are reported lost rather than silently missing. The bytes
 * decompressed before a failure are all handed out first, so a reader keeps every whole line before
 * it.
 *
 * <p>Not thread-safe.
 */
final class GzipMembers extends InputStream {

  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private int position;
  private int limit;

  /** The compressed offset of {@code buffer[0]}. */
  private long bufferStart;

  private long memberStart;

  /** The decompressed bytes of the members whose trailer has been checked. */
  private long checkedBytes;

  private boolean inMember;
  private boolean ended;

  /** Reads the gzip stream {@code in}, which must start with a member. */
  GzipMembers(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!ended) {
      if (!inMember && !startMember()) {
        ended = true;
        break;
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw failure("holds corrupt data (" + e.getMessage() + ")");
      }
      if (n > 0) {
        crc.update(b, off, n);
        return n;
      }
      if (inflater.finished()) {
        position = limit - inflater.getRemaining();
        endMember();
      } else if (inflater.needsDictionary()) {
        throw failure("asks for a dictionary, which gzip never does");
      } else if (inflater.needsInput()) {
        if (!fill()) {
          throw failure("is cut short");
        }
        inflater.setInput(buffer, position, limit - position);
        position = limit;
      }
    }
    return -1;
  }

  /** Reads a member's header; false at a clean end of the stream, between members. */
  private boolean startMember() throws IOException {
    if (position == limit && !fill()) {
      return false;
    }
    memberStart = bufferStart + position;
    if (nextByte() != 0x1f || nextByte() != 0x8b) {
      throw failure("is not a gzip member (a bad header or garbage after the last member)");
    }
    if (nextByte() != 8) {
      throw failure("uses an unknown compression method");
    }
    int flags = nextByte();
    skip(6); // modification time, extra flags, operating system
    if ((flags & FEXTRA) != 0) {
      skip(nextByte() | nextByte() << 8);
    }
    if ((flags & FNAME) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FCOMMENT) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FHCRC) != 0) {
      skip(2);
    }
    inflater.reset();
    crc.reset();
    inMember = true;
    return true;
  }

  private void endMember() throws IOException {
    long checksum = unsignedInt();
    long length = unsignedInt();
    if (checksum != crc.getValue() || length != (inflater.getBytesWritten() & 0xffffffffL)) {
      throw failure("fails its checksum");
    }
    checkedBytes += inflater.getBytesWritten();
    inMember = false;
  }

  private long unsignedInt() throws IOException {
    long value = 0;
    for (int i = 0; i < 4; i++) {
      value |= (long) nextByte() << (8 * i);
    }
    return value;
  }

  private void skip(int bytes) throws IOException {
    for (int i = 0; i < bytes; i++) {
      nextByte();
    }
  }

  private void skipZeroTerminated() throws IOException {
    while (nextByte() != 0) {
      // the name or comment, not needed
    }
  }

  private int nextByte() throws IOException {
    if (position == limit && !fill()) {
      throw failure("is cut short");
    }
    return buffer[position++] & 0xff;
  }

  /** Reads more compressed bytes when all are used; false at the end of the stream. */
  private boolean fill() throws IOException {
    if (position < limit) {
      return true;
    }
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    bufferStart += limit;
    position = 0;
    limit = n;
    return true;
  }

  private IOException failure(String what) {
    ended = true;
    return new GzipMemberException(
        String.format(Locale.ROOT, "the gzip member at byte %,d %s", memberStart, what),
        checkedBytes);
  }

  /**
   * None promised: a reader that reads on while bytes are said to be available (a channel over this
   * stream) would otherwise meet a failure in the same call as the bytes before it, and lose them
   * with it.
   */
  @Override
  public int available() {
    return 0;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }
}
