package org.attribution.io;

import com.google.common.io.ByteStreams;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.attribution.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a WARC archive, plain or gzipped (such as Common Crawl's CC-NEWS), with jwarc. Each
 * successful (2xx) HTTP response whose payload is HTML becomes one document: its article text comes
 * from a {@link TextExtractor}, its id is the record's target URI, and it keeps the fields {@code
 * url} (that URI) and {@code date} (the record's WARC-Date, ISO-8601), which the output carries.
 * Requests, metadata, redirects and non-HTML responses are not articles and are passed over. A page
 * that cannot be parsed becomes an {@link SourceRecord.Unreadable}; an archive that breaks off ends
 * with one such record giving the byte offset (of the uncompressed records), keeping the articles
 * read before it. A WARC or HTTP header line longer than a bound is refused before it fills the
 * heap: in an HTTP header it costs that page, in a WARC header (where the records can no longer be
 * told apart) the rest of the archive. An article is handed out only once the archive has been read
 * past its record's end, so a record whose last bytes are cut (in a gzipped archive, its member's
 * trailer) gives the break-off record instead of the article; a record whose gzip member checks out
 * is whole, so a corrupt member after it costs the records after, never this one.
 *
 * <p>Not thread-safe.
 */
public final class WarcSource implements DocumentSource {

  /** Pages beyond this are cut: real articles are far smaller, and jsoup's DOM is memory-hungry. */
  private static final long MAX_HTML_BYTES = 8L << 20;

  /**
   * Longer WARC or HTTP header lines are refused before they fill the heap; real ones (long URLs,
   * cookies, security policies) stay far below.
   */
  static final int MAX_HEADER_LINE_BYTES = 1 << 20;

  private final String name;
  private final HeaderLineLimit input;
  private final WarcReader reader;
  private final TextExtractor extractor;

  /** The record read ahead, handed out next; null at the end. */
  private WarcRecord current;

  private long currentOffset;

  /** How the archive ends once {@link #current} is null: a break-off record, or nothing. */
  private Optional<SourceRecord> ending = Optional.empty();

  private boolean started;

  private WarcSource(String name, HeaderLineLimit input, TextExtractor extractor)
      throws IOException {
    this.name = name;
    this.input = input;
    this.reader = new WarcReader(input);
    this.extractor = extractor;
  }

  /**
   * Reads a WARC archive from {@code in}.
   *
   * @param name the file name used in messages
   * @throws IOException if the stream does not start like a WARC file
   */
  public static WarcSource open(String name, InputStream in, TextExtractor extractor)
      throws IOException {
    return open(name, in, extractor, MAX_HEADER_LINE_BYTES);
  }

  /** The same, with header lines longer than {@code maxHeaderLineBytes} refused. */
  static WarcSource open(
      String name, InputStream in, TextExtractor extractor, int maxHeaderLineBytes)
      throws IOException {
    // Decompressed here rather than by jwarc, so that the header bound sees the records' bytes.
    return new WarcSource(
        name, new HeaderLineLimit(Gzip.decompressIfGzipped(in), maxHeaderLineBytes), extractor);
  }

  @Override
  public Optional<SourceRecord> next() {
    if (!started) {
      started = true;
      advance();
    }
    while (current != null) {
      WarcRecord record = current;
      long offset = currentOffset;
      Optional<SourceRecord> article =
          record instanceof WarcResponse response ? article(response, offset) : Optional.empty();
      if (current == null) {
        return article; // the archive ends inside this record, which the article says
      }
      advance();
      if (current == null
          && ending.isPresent()
          && input.bytesRead() <= reader.position()
          && !checkedThrough(reader.position())) {
        // the stream broke with nothing read past this record's end: this record is the one cut
        // short (in a gzipped archive, in its member's trailer), and not whole
        ending = Optional.empty();
        return Optional.of(
            breakOff(
                offset,
                input
                    .failure()
                    .orElse(
                        new EOFException("the archive ends in the last bytes of this record"))));
      }
      if (article.isPresent()) {
        return article;
      }
    }
    Optional<SourceRecord> end = ending;
    ending = Optional.empty();
    return end;
  }

  /**
   * Reads the rest of {@link #current} and the next record's header into it, or sets {@link
   * #ending}.
   */
  private void advance() {
    long offset = reader.position();
    try {
      if (current != null) {
        consumeWhole(current); // outside the header bound: a body may hold lines of any length
        offset = reader.position();
      }
      input.checking(true);
      current = reader.next().orElse(null);
      currentOffset = offset;
    } catch (IOException | RuntimeException e) {
      ending = Optional.of(breakOff(offset, e));
      return;
    } finally {
      input.checking(false);
    }
    if (current == null) {
      // jwarc ends quietly at a header cut short, or at a failing stream; bytes read past where it
      // stopped, or the stream's failure, tell of it
      if (input.failure().isPresent()) {
        ending = Optional.of(breakOff(offset, input.failure().get()));
      } else if (reader.position() < input.bytesRead()) {
        ending =
            Optional.of(
                breakOff(offset, new EOFException("the archive ends inside a record's header")));
      }
    }
  }

  /**
   * Whether the archive's stream failed at a gzip member after {@code end}, every byte before it
   * checked: the record that ends there is whole, and the member after it is the corrupt one.
   */
  private boolean checkedThrough(long end) {
    return input
        .failure()
        .filter(GzipMemberException.class::isInstance)
        .map(e -> ((GzipMemberException) e).checkedBytes() >= end)
        .orElse(false);
  }

  /** Reads the rest of a record's body, failing when the archive ends before it does. */
  private static void consumeWhole(WarcRecord record) throws IOException {
    MessageBody body = record.body();
    body.consume();
    if (body.position() < body.size()) {
      throw new EOFException(
          "a record ends after " + body.position() + " of its " + body.size() + " bytes");
    }
  }

  private SourceRecord breakOff(long offset, Exception e) {
    current = null;
    return new SourceRecord.Unreadable(
        name + "@" + offset,
        name
            + " breaks off at byte "
            + offset
            + " ("
            + e.getMessage()
            + "): it is truncated or corrupt, and any records after that point are missing");
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

  /**
   * The record's own {@code url} and {@code date} (WARC-Date, ISO), kept as the output's fields.
   */
  private static Map<String, JsonNode> fields(WarcResponse response) {
    JsonNodeFactory nodes = AttributionJson.MAPPER.getNodeFactory();
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    Optional.ofNullable(response.target())
        .ifPresent(url -> fields.put("url", nodes.stringNode(url)));
    response
        .headers()
        .sole("WARC-Date")
        .ifPresent(date -> fields.put("date", nodes.stringNode(response.date().toString())));
    return fields;
  }

  /**
   * The id of a page: its target URI; a record without one (which the WARC standard allows for some
   * record types, and broken crawlers write) takes its WARC-Record-ID, or else its place in the
   * archive, so that it is still extracted and a rerun gives it the same id.
   */
  private String idOf(WarcResponse response, long offset) {
    String target = response.target();
    if (target != null) {
      return target;
    }
    return response.headers().sole("WARC-Record-ID").orElse(name + "@" + offset);
  }

  private Optional<SourceRecord> article(WarcResponse response, long offset) {
    String id = idOf(response, offset);
    try {
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        return Optional.empty();
      }
      HttpResponse http;
      input.checking(true);
      try {
        http = response.http();
      } finally {
        input.checking(false);
      }
      MediaType type = http.contentType();
      if (http.status() / 100 != 2 || !type.base().equals(MediaType.HTML)) {
        return Optional.empty();
      }
      // An unknown declared charset is left to detection rather than failing the page.
      Optional<String> charset =
          Optional.ofNullable(type.parameters().get("charset")).filter(WarcSource::isSupported);
      InputStream html = ByteStreams.limit(http.bodyDecoded().stream(), MAX_HTML_BYTES);
      String text = extractor.extract(html, charset, id);
      consumeWhole(response); // a page cut by the end of the archive is no article
      return Optional.of(new SourceRecord.Article(Document.of(id, text), fields(response)));
    } catch (IOException | RuntimeException e) {
      if (input.ended()) {
        return Optional.of(
            breakOff(offset, e)); // the archive ends inside this record: one record says so
      }
      return Optional.of(
          new SourceRecord.Unreadable(
              id,
              "cannot read the page at byte " + offset + " of " + name + ": " + e.getMessage()));
    }
  }
}
