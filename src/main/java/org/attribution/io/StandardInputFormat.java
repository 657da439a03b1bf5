package org.attribution.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Tells what standard input holds when no format is given, from its first bytes, so that {@code
 * echo 'The mayor said ...' | extract --input -} reads a text: gzip or a first non-blank character
 * <code>{</code> is JSON Lines, {@code WARC/} a web archive, anything else plain text.
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
      return InputFormat.JSONL;
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
