package org.attribution.io;

import com.google.common.io.ByteStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.attribution.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a WARC archive, plain or gzipped (such as Common Crawl's CC-NEWS), with jwarc. Each
 * successful (2xx) HTTP response whose payload is HTML becomes one document: its article text comes
 * from a {@link TextExtractor}, its id is the record's target URI, and it keeps the fields {@code
 * url} (that URI) and {@code date} (the record's WARC-Date, ISO-8601), which the output carries. Requests, metadata, redirects
 * and non-HTML responses are not articles and are passed over. A page that cannot be parsed becomes
 * an {@link SourceRecord.Unreadable}; an archive that breaks off ends with one such record giving
 * the byte offset, keeping the articles read before it.
 *
 * <p>Not thread-safe.
 */
public final class WarcSource implements DocumentSource {

  /** Pages beyond this are cut: real articles are far smaller, and jsoup's DOM is memory-hungry. */
  private static final long MAX_HTML_BYTES = 8L << 20;

  private final String name;
  private final WarcReader reader;
  private final TextExtractor extractor;
  private boolean broken;

  private WarcSource(String name, WarcReader reader, TextExtractor extractor) {
    this.name = name;
    this.reader = reader;
    this.extractor = extractor;
  }

  /**
   * Reads a WARC archive from {@code in}.
   *
   * @param name the file name used in messages
   * @throws IOException if the stream does not start like a WARC file
   */
  public static WarcSource open(String name, InputStream in, TextExtractor extractor) throws IOException {
    WarcReader reader = new WarcReader(in);
    return new WarcSource(name, reader, extractor);
  }

  @Override
  public Optional<SourceRecord> next() {
    while (!broken) {
      long offset = reader.position();
      Optional<WarcRecord> record;
      try {
        record = reader.next();
      } catch (IOException | RuntimeException e) {
        broken = true;
        return Optional.of(
            new SourceRecord.Unreadable(
                name + "@" + offset,
                name + " breaks off at byte " + offset + " (" + e.getMessage()
                    + "): it is truncated or corrupt, and any records after that point are missing"));
      }
      if (record.isEmpty()) {
        return Optional.empty();
      }
      if (record.get() instanceof WarcResponse response) {
        Optional<SourceRecord> article = article(response, offset);
        if (article.isPresent()) {
          return article;
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private static boolean isSupported(String charset) {
    try {
      return Charset.isSupported(charset);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The record's own {@code url} and {@code date} (WARC-Date, ISO), kept as the output's fields. */
  private static Map<String, JsonNode> fields(WarcResponse response) {
    JsonNodeFactory nodes = AttributionJson.MAPPER.getNodeFactory();
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    fields.put("url", nodes.stringNode(response.target()));
    fields.put("date", nodes.stringNode(response.date().toString()));
    return fields;
  }

  private Optional<SourceRecord> article(WarcResponse response, long offset) {
    String id = response.target();
    try {
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        return Optional.empty();
      }
      HttpResponse http = response.http();
      MediaType type = http.contentType();
      if (http.status() / 100 != 2 || !type.base().equals(MediaType.HTML)) {
        return Optional.empty();
      }
      // An unknown declared charset is left to detection rather than failing the page.
      Optional<String> charset = Optional.ofNullable(type.parameters().get("charset")).filter(WarcSource::isSupported);
      InputStream html = ByteStreams.limit(http.bodyDecoded().stream(), MAX_HTML_BYTES);
      String text = extractor.extract(html, charset, id);
      return Optional.of(new SourceRecord.Article(Document.of(id, text), fields(response)));
    } catch (IOException | RuntimeException e) {
      return Optional.of(
          new SourceRecord.Unreadable(
              id, "cannot read the page at byte " + offset + " of " + name + ": " + e.getMessage()));
    }
  }
}
