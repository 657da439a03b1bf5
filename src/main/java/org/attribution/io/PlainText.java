package org.attribution.io;

import com.google.common.io.ByteStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.attribution.AttributionExtractor;
import org.attribution.Document;

/**
 * Reads a whole text file or stream as one document, gunzipped when gzipped, in UTF-8 (or UTF-16
 * when it starts with that byte order mark); bytes that are not UTF-8 become U+FFFD. Reading stops
 * past {@link #MAX_BYTES} (uncompressed): at most 3 bytes make one character, so a longer input
 * holds more than the extractor takes ({@link AttributionExtractor#MAX_TEXT_LENGTH}), and reading a
 * stray multi-gigabyte file whole would exhaust the heap of the whole batch.
 *
 * <p>Stateless and thread-safe.
 */
final class PlainText {

  static final long MAX_BYTES = 3L * AttributionExtractor.MAX_TEXT_LENGTH;

  private PlainText() {}

  /**
   * The document {@code id} read from {@code in}, or an error record naming {@code name} when too
   * large.
   */
  static SourceRecord read(String id, String name, InputStream in) throws IOException {
    byte[] bytes = ByteStreams.limit(Gzip.decompressIfGzipped(in), MAX_BYTES + 1).readAllBytes();
    if (bytes.length > MAX_BYTES) {
      return new SourceRecord.Unreadable(
          id,
          String.format(
              Locale.ROOT,
              "%s has more than %,d bytes, more than any text the extractor takes (%,d characters)",
              name,
              MAX_BYTES,
              AttributionExtractor.MAX_TEXT_LENGTH));
    }
    return new SourceRecord.Article(Document.of(id, decode(bytes)), Map.of());
  }

  /** UTF-8, or UTF-16 when a byte order mark says so; the mark is not part of the text. */
  private static String decode(byte[] bytes) {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, StandardCharsets.UTF_16); // reads and drops the mark
    }
    int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
