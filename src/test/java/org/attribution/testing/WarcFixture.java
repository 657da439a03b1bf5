package org.attribution.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes small WARC files for tests with jwarc's writer, shaped like a news crawl: each page is a
 * request record followed by its response record.
 */
public final class WarcFixture implements AutoCloseable {

  private final WarcWriter writer;

  private WarcFixture(WarcWriter writer) {
    this.writer = writer;
  }

  /** Starts a WARC file, gzipped per record as Common Crawl writes them when {@code gzip}. */
  public static WarcFixture create(Path file, boolean gzip) throws IOException {
    FileChannel channel =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    return new WarcFixture(
        new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE));
  }

  /** A news page of a title and paragraphs, wrapped in navigation and footer boilerplate. */
  public static String newsPage(String title, String... paragraphs) {
    StringBuilder html =
        new StringBuilder("<html><head><title>")
            .append(title)
            .append(" | The Daily Example</title><script>var ads = 1;</script></head><body>")
            .append(
                "<nav><p>Home | World | Politics | Business | Sports | Opinion | Weather</p></nav>")
            .append("<article><h1>")
            .append(title)
            .append("</h1><p>By Staff</p>");
    for (String p : paragraphs) {
      html.append("<p>").append(p).append("</p>");
    }
    return html.append(
            "</article><footer><p>Copyright The Daily Example, all rights reserved worldwide.</p>")
        .append("</footer></body></html>")
        .toString();
  }

  /**
   * A WARC response record of an HTML page written by hand, without WARC-Target-URI, as broken
   * crawlers write them, and without WARC-Record-ID too when {@code recordId} is null.
   */
  public static String rawResponse(String recordId, String html) {
    String http =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + html.getBytes(StandardCharsets.UTF_8).length
            + "\r\n\r\n"
            + html;
    byte[] body = http.getBytes(StandardCharsets.UTF_8);
    return "WARC/1.0\r\nWARC-Type: response\r\n"
        + (recordId == null ? "" : "WARC-Record-ID: " + recordId + "\r\n")
        + "WARC-Date: 2024-01-01T00:00:00Z\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: "
        + body.length
        + "\r\n\r\n"
        + new String(body, StandardCharsets.ISO_8859_1)
        + "\r\n\r\n";
  }

  /** Adds a request and a response with {@code status} and {@code contentType}. */
  public WarcFixture page(String url, int status, String contentType, String body)
      throws IOException {
    return response(
        url,
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
            .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8))
            .build());
  }

  /** Adds a request and the response {@code http}, for responses the other methods cannot build. */
  public WarcFixture response(String url, HttpResponse http) throws IOException {
    writer.write(
        new WarcRequest.Builder(URI.create(url))
            .body(new HttpRequest.Builder("GET", URI.create(url).getRawPath()).build())
            .build());
    writer.write(new WarcResponse.Builder(URI.create(url)).body(http).build());
    return this;
  }

  /** Adds an HTML page served with status 200. */
  public WarcFixture html(String url, String html) throws IOException {
    return page(url, 200, "text/html; charset=utf-8", html);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
