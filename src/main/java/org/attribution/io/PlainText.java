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
 * Reads a whole text file or stream as one document, in UTF-8; bytes that are not UTF-8 become
 * U+FFFD. Reading stops past {@link #MAX_BYTES}: at most 3 bytes make one character, so a longer
 * input holds more than the extractor takes ({@link AttributionExtractor#MAX_TEXT_LENGTH}), and
 * reading a stray multi-gigabyte file whole would exhaust the heap of the whole batch.
 *
 * <p>Stateless and thread-safe.
 */
final class PlainText {

  static final long MAX_BYTES = 3L * AttributionExtractor.MAX_TEXT_LENGTH;

  private PlainText() {}

  /** The document {@code id} read from {@code in}, or an error record naming {@code name} when too large. */
  static SourceRecord read(String id, String name, InputStream in) throws IOException {
    byte[] bytes = ByteStreams.limit(in, MAX_BYTES + 1).readAllBytes();
    if (bytes.length > MAX_BYTES) {
      return new SourceRecord.Unreadable(id, String.format(Locale.ROOT,
          "%s has more than %,d bytes, more than any text the extractor takes (%,d characters)",
          name, MAX_BYTES, AttributionExtractor.MAX_TEXT_LENGTH));
    }
    return new SourceRecord.Article(Document.of(id, new String(bytes, StandardCharsets.UTF_8)), Map.of());
  }
}
