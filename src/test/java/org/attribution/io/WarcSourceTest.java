package org.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.io.TextFileSourceTest.readAll;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.attribution.testing.WarcFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;

class WarcSourceTest {

  private static final String PARAGRAPH =
      "\"We will not back down,\" the minister said on Tuesday in the capital city.";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void turnsEachHtmlResponseIntoAnArticleIdentifiedByItsUrl(boolean gzip) throws IOException {
    Path warc = dir.resolve(gzip ? "news.warc.gz" : "news.warc");
    try (WarcFixture f = WarcFixture.create(warc, gzip)) {
      f.html("https://example.org/a", WarcFixture.newsPage("Minister stands firm", PARAGRAPH));
      f.page("https://example.org/logo.png", 200, "image/png", "PNG");
      f.page(
          "https://example.org/moved",
          301,
          "text/html",
          "<p>Moved permanently to another address here.</p>");
      f.html(
          "https://example.org/b",
          WarcFixture.newsPage("Second story", "A second paragraph that is long enough to keep."));
    }

    List<SourceRecord> records = read(warc);

    assertThat(records)
        .extracting(SourceRecord::id)
        .containsExactly("https://example.org/a", "https://example.org/b");
    assertThat(((SourceRecord.Article) records.get(0)).document().text())
        .isEqualTo("Minister stands firm\n\n" + PARAGRAPH);
  }

  @Test
  void keepsTheRecordsUrlAndDateAsFields() throws IOException {
    Path warc = dir.resolve("dated.warc");
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    try (WarcFixture f = WarcFixture.create(warc, false)) {
      f.html("https://example.org/a", WarcFixture.newsPage("Minister stands firm", PARAGRAPH));
    }

    SourceRecord.Article article = (SourceRecord.Article) read(warc).get(0);

    assertThat(article.keptFields()).containsOnlyKeys("url", "date");
    assertThat(article.keptFields().get("url").asString()).isEqualTo("https://example.org/a");
    assertThat(Instant.parse(article.keptFields().get("date").asString())).isAfterOrEqualTo(before);
  }

  @Test
  void keepsTheArticlesBeforeTheBreakOfATruncatedArchiveAndSaysWhere() throws IOException {
    Path warc = dir.resolve("cut.warc.gz");
    try (WarcFixture f = WarcFixture.create(warc, true)) {
      for (int i = 0; i < 20; i++) {
        f.html(
            "https://example.org/" + i,
            WarcFixture.newsPage("Story " + i, PARAGRAPH + " Number " + i + "."));
      }
    }
    byte[] whole = Files.readAllBytes(warc);
    Files.write(warc, Arrays.copyOf(whole, whole.length * 2 / 3));

    List<SourceRecord> records = read(warc);

    SourceRecord last = records.get(records.size() - 1);
    assertThat(records.subList(0, records.size() - 1))
        .isNotEmpty()
        .allMatch(r -> r instanceof SourceRecord.Article);
    assertThat(records.size() - 1).isLessThan(20);
    assertThat(last)
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u ->
                assertThat(u.message())
                    .startsWith(warc + " breaks off at byte")
                    .contains("truncated"));
  }

  @Test
  void truncatedRecordYieldsOneErrorRecord() throws IOException {
    Path warc = dir.resolve("cut.warc");
    try (WarcFixture f = WarcFixture.create(warc, false)) {
      for (int i = 0; i < 5; i++) {
        f.html(
            "https://example.org/" + i,
            WarcFixture.newsPage("Story " + i, PARAGRAPH + " Number " + i + "."));
      }
    }
    byte[] whole = Files.readAllBytes(warc);
    // in the last record: its body, HTTP header, WARC header
    for (int cut : new int[] {whole.length - 100, whole.length - 450, whole.length - 700}) {
      Files.write(warc, Arrays.copyOf(whole, cut));

      List<SourceRecord> records = read(warc);

      assertThat(records)
          .as("cut at byte %d", cut)
          .filteredOn(r -> r instanceof SourceRecord.Unreadable)
          .hasSize(1);
      assertThat(records.get(records.size() - 1)).isInstanceOf(SourceRecord.Unreadable.class);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 8, 9, 20, 60})
  void gzippedArchiveCutInItsLastBytesGivesTheRecordsBeforeAndOneErrorRecord(int bytesCut)
      throws IOException {
    Path warc = dir.resolve("cut-end.warc.gz");
    try (WarcFixture f = WarcFixture.create(warc, true)) {
      for (int i = 0; i < 5; i++) {
        f.html(
            "https://example.org/" + i,
            WarcFixture.newsPage("Story " + i, PARAGRAPH + " Number " + i + "."));
      }
    }
    byte[] whole = Files.readAllBytes(warc);
    // the last member's gzip trailer is its last 8 bytes (CRC-32, length); before it, its deflate
    // data
    Files.write(warc, Arrays.copyOf(whole, whole.length - bytesCut));

    List<SourceRecord> records = read(warc);

    assertThat(records)
        .extracting(SourceRecord::id)
        .startsWith(
            "https://example.org/0",
            "https://example.org/1",
            "https://example.org/2",
            "https://example.org/3");
    assertThat(records.subList(0, 4)).allMatch(r -> r instanceof SourceRecord.Article);
    assertThat(records)
        .hasSize(5)
        .last()
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u -> assertThat(u.message()).startsWith(warc + " breaks off at byte"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "bad magic", "corrupt data", "cut header"})
  void everyPageBeforeACorruptGzipMemberIsKeptAndTheMemberIsOneErrorRecord(String corruption)
      throws IOException {
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    for (int i = 0; i < 3; i++) {
      archive.writeBytes(gzippedPage(i));
    }
    int corruptAt = archive.size();
    byte[] fourth = gzippedPage(3);
    switch (corruption) {
      case "garbage" -> archive.writeBytes("garbage".getBytes(StandardCharsets.US_ASCII));
      case "bad magic" -> fourth[0] = 0x1e;
      case "corrupt data" -> Arrays.fill(fourth, 12, 40, (byte) 0xff);
      default -> fourth = Arrays.copyOf(fourth, 6);
    }
    archive.writeBytes(fourth);
    archive.writeBytes(gzippedPage(4));
    Path warc = Files.write(dir.resolve("corrupt-member.warc.gz"), archive.toByteArray());

    List<SourceRecord> records = read(warc);

    assertThat(records)
        .extracting(SourceRecord::id)
        .startsWith("https://example.org/0", "https://example.org/1", "https://example.org/2");
    assertThat(records.subList(0, 3)).allMatch(r -> r instanceof SourceRecord.Article);
    assertThat(records)
        .hasSize(4)
        .last()
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u ->
                assertThat(u.message())
                    .contains(
                        String.format(Locale.ROOT, "the gzip member at byte %,d", corruptAt)));
  }

  @Test
  void warcHeaderLineLongerThanTheBoundEndsTheArchiveWithOneRecordKeepingTheArticlesBefore()
      throws IOException {
    Path warc = dir.resolve("long-header.warc");
    try (WarcFixture f = WarcFixture.create(warc, false)) {
      f.html("https://example.org/a", WarcFixture.newsPage("Title", PARAGRAPH));
    }
    Files.writeString(
        warc,
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/"
            + "x".repeat(100_000)
            + "\r\nContent-Length: 0\r\n\r\n\r\n\r\n",
        StandardOpenOption.APPEND);

    List<SourceRecord> records =
        readAll(
            WarcSource.open(
                warc.toString(), Files.newInputStream(warc), new HtmlArticleExtractor(), 65_536));

    assertThat(records).extracting(SourceRecord::id).first().isEqualTo("https://example.org/a");
    assertThat(records)
        .hasSize(2)
        .last()
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u ->
                assertThat(u.message())
                    .contains("breaks off")
                    .contains("a header line of more than 65,536 bytes"));
  }

  @Test
  void httpHeaderLineLongerThanTheBoundCostsOnlyThatPage() throws IOException {
    Path warc = dir.resolve("long-cookie.warc.gz");
    try (WarcFixture f = WarcFixture.create(warc, true)) {
      f.html("https://example.org/a", WarcFixture.newsPage("Title", PARAGRAPH));
      f.response(
          "https://example.org/cookie",
          new HttpResponse.Builder(200, "OK")
              .addHeader("Set-Cookie", "c=" + "x".repeat(200_000))
              .body(
                  MediaType.HTML,
                  WarcFixture.newsPage("Title", PARAGRAPH).getBytes(StandardCharsets.UTF_8))
              .build());
      f.html("https://example.org/b", WarcFixture.newsPage("Title", PARAGRAPH));
    }

    List<SourceRecord> records =
        readAll(
            WarcSource.open(
                warc.toString(), Files.newInputStream(warc), new HtmlArticleExtractor(), 65_536));

    assertThat(records)
        .extracting(SourceRecord::id)
        .containsExactly(
            "https://example.org/a", "https://example.org/cookie", "https://example.org/b");
    assertThat(records.get(1))
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u -> assertThat(u.message()).contains("a header line of more than 65,536 bytes"));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void httpHeaderLineOverAMegabyteGivesOneErrorRecord(boolean gzip) throws IOException {
    Path warc = dir.resolve(gzip ? "huge-cookie.warc.gz" : "huge-cookie.warc");
    try (WarcFixture f = WarcFixture.create(warc, gzip)) {
      f.html("https://example.org/a", WarcFixture.newsPage("Title", PARAGRAPH));
      f.response(
          "https://example.org/cookie",
          new HttpResponse.Builder(200, "OK")
              .addHeader("Set-Cookie", "c=" + "x".repeat(3 * WarcSource.MAX_HEADER_LINE_BYTES))
              .body(
                  MediaType.HTML,
                  WarcFixture.newsPage("Title", PARAGRAPH).getBytes(StandardCharsets.UTF_8))
              .build());
      f.html("https://example.org/b", WarcFixture.newsPage("Title", PARAGRAPH));
    }

    assertThat(read(warc))
        .extracting(SourceRecord::id)
        .containsExactly(
            "https://example.org/a", "https://example.org/cookie", "https://example.org/b");
  }

  @Test
  void responseWithoutTargetUriTakesItsRecordIdAndIsExtracted() throws IOException {
    Path warc = dir.resolve("no-target.warc");
    Files.writeString(
        warc,
        WarcFixture.rawResponse(
                "<urn:uuid:00000000-0000-0000-0000-000000000001>",
                WarcFixture.newsPage("Title", PARAGRAPH))
            + WarcFixture.rawResponse(null, WarcFixture.newsPage("Title", PARAGRAPH)),
        StandardCharsets.ISO_8859_1);

    List<SourceRecord> records = read(warc);

    assertThat(records)
        .extracting(SourceRecord::id)
        .containsExactly("<urn:uuid:00000000-0000-0000-0000-000000000001>", warc + "@0");
    assertThat(records).allMatch(r -> r instanceof SourceRecord.Article);
  }

  @Test
  void detectsTheCharsetWhenTheServerDeclaredOneThatDoesNotExist() throws IOException {
    Path warc = dir.resolve("odd.warc");
    try (WarcFixture f = WarcFixture.create(warc, false)) {
      f.page(
          "https://example.org/a",
          200,
          "text/html; charset=no-such-charset",
          WarcFixture.newsPage("Title", PARAGRAPH));
    }

    assertThat(read(warc)).singleElement().isInstanceOf(SourceRecord.Article.class);
  }

  @Test
  void readsAnArchiveFromAStream() throws IOException {
    Path warc = dir.resolve("in.warc.gz");
    try (WarcFixture f = WarcFixture.create(warc, true)) {
      f.html("https://example.org/a", WarcFixture.newsPage("Title", PARAGRAPH));
    }

    List<SourceRecord> records =
        readAll(
            WarcSource.open(
                "stdin",
                new ByteArrayInputStream(Files.readAllBytes(warc)),
                new HtmlArticleExtractor()));

    assertThat(records).extracting(SourceRecord::id).containsExactly("https://example.org/a");
  }

  /** A page (its request and response records, a gzip member each) as Common Crawl writes it. */
  private byte[] gzippedPage(int number) throws IOException {
    Path page = dir.resolve("page-" + number + ".warc.gz");
    try (WarcFixture f = WarcFixture.create(page, true)) {
      f.html(
          "https://example.org/" + number,
          WarcFixture.newsPage("Story " + number, PARAGRAPH + " Number " + number + "."));
    }
    return Files.readAllBytes(page);
  }

  private static List<SourceRecord> read(Path warc) throws IOException {
    return readAll(
        WarcSource.open(warc.toString(), Files.newInputStream(warc), new HtmlArticleExtractor()));
  }
}
