package org.attribution.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Tells what standard input holds when no format is given, from its first bytes, so that {@code
 * echo 'The mayor said ...' | extract --input -} reads a text: a first non-blank character {@code {}
 * is JSON Lines, {@code WARC/} a web archive, anything else plain text; a gzipped stream is a web
 * archive when it decompresses to {@code WARC/}, else JSON Lines. Named pipes whose names say no
 * format are told the same way.
 *
 * <p>Stateless and thread-safe.
 */
final class StandardInputFormat {

  /** Bytes looked at: leading blank lines longer than this make the input plain text. */
  private static final int LOOK_AHEAD = 1 << 12;

  private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);

  private StandardInputFormat() {}

  /** The format of {@code in}, which is left at its start. */
  static InputFormat sniff(BufferedInputStream in) throws IOException {
    in.mark(LOOK_AHEAD);
    byte[] head = in.readNBytes(LOOK_AHEAD);
    in.reset();
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      // Gzipped: a WARC archive (as crawls write them) or JSON Lines, told by what it holds.
      return startsWith(gunzippedHead(head), 0, WARC) ? InputFormat.WARC : InputFormat.JSONL;
    }
    int start = 0;
    if (head.length >= 3
        && (head[0] & 0xff) == 0xef
        && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      start = 3;
    }
    while (start < head.length && Character.isWhitespace(head[start])) {
      start++;
    }
    if (start == head.length || head[start] == '{') {
      return InputFormat.JSONL;
    }
    return startsWith(head, start, WARC) ? InputFormat.WARC : InputFormat.TXT;
  }

  /** The first bytes {@code head} decompresses to, as many as it holds whole. */
  private static byte[] gunzippedHead(byte[] head) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      byte[] buffer = new byte[WARC.length];
      for (int n = in.read(buffer); n > 0 && out.size() < WARC.length; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      // The head ends inside the stream: what was decompressed before is enough.
    }
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] head, int from, byte[] prefix) {
    if (head.length - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (head[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
