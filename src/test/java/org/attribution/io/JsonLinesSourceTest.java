package org.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attribution.io.TextFileSourceTest.readAll;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class JsonLinesSourceTest {

  private static final String LINES =
      """
      {"id": "a", "text": "First."}

      {"id": "b", "text": "Second."}
      """;

  @Test
  void readsIdAndTextSkippingBlankLines() throws IOException {
    List<SourceRecord> records =
        readAll(JsonLinesSource.open("in.jsonl", stream(LINES), JsonFields.defaults()));

    assertThat(records).extracting(SourceRecord::id).containsExactly("a", "b");
    assertThat(((SourceRecord.Article) records.get(1)).document().text()).isEqualTo("Second.");
  }

  @Test
  void readsGzippedLines() throws IOException {
    List<SourceRecord> records =
        readAll(
            JsonLinesSource.open(
                "in.jsonl.gz", new ByteArrayInputStream(gzip(LINES)), JsonFields.defaults()));

    assertThat(records).extracting(SourceRecord::id).containsExactly("a", "b");
  }

  @Test
  void readsNewsPleaseTextFromTheFieldNamedAndKeepsTheFieldsAskedFor() throws IOException {
    String newsPlease =
        """
        {"url": "https://example.org/1", "title": "T", "maintext": "Body.", "date_publish": "2024-05-16", "language": "en"}
        """;
    JsonFields fields =
        new JsonFields("url", "maintext", List.of("title", "date_publish", "absent"));

    SourceRecord.Article article =
        (SourceRecord.Article)
            readAll(JsonLinesSource.open("np.jsonl", stream(newsPlease), fields)).get(0);

    assertThat(article.id()).isEqualTo("https://example.org/1");
    assertThat(article.document().text()).isEqualTo("Body.");
    assertThat(article.keptFields()).containsOnlyKeys("title", "date_publish");
    assertThat(article.keptFields().keySet()).containsExactly("title", "date_publish");
  }

  @Test
  void reportsAMalformedLineByFileAndLineAndReadsOn() throws IOException {
    String lines =
        "{\"id\": \"a\", \"text\": \"ok\"}\n{\"id\": \"b\", \"text\": \n[1, 2]\n{\"id\": \"c\", \"text\": \"ok\"}\n";

    List<SourceRecord> records =
        readAll(JsonLinesSource.open("in.jsonl", stream(lines), JsonFields.defaults()));

    assertThat(records)
        .extracting(SourceRecord::id)
        .containsExactly("a", "in.jsonl:2", "in.jsonl:3", "c");
    assertThat(records.get(1))
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u -> assertThat(u.message()).startsWith("in.jsonl:2 is not valid JSON"));
    assertThat(records.get(2))
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u -> assertThat(u.message()).isEqualTo("in.jsonl:3 is not a JSON object"));
  }

  @Test
  void reportsALineWithoutTextUnderItsId() throws IOException {
    String lines = "{\"id\": \"a\", \"maintext\": null}\n";

    List<SourceRecord> records =
        readAll(
            JsonLinesSource.open(
                "in.jsonl", stream(lines), new JsonFields("id", "maintext", List.of())));

    assertThat(records)
        .singleElement()
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u -> {
              assertThat(u.id()).isEqualTo("a");
              assertThat(u.message()).isEqualTo("in.jsonl:1 has no text in field \"maintext\"");
            });
  }

  @Test
  void namesALineWithoutIdAfterItsPlace() throws IOException {
    List<SourceRecord> records =
        readAll(
            JsonLinesSource.open("in.jsonl", stream("{\"text\": \"x\"}\n"), JsonFields.defaults()));

    assertThat(records).extracting(SourceRecord::id).containsExactly("in.jsonl:1");
  }

  @Test
  void idThatIsAJsonObjectOrArrayBecomesAReadErrorAndReadingGoesOn() throws IOException {
    String lines =
        """
        {"id": {"url": "https://example.org/1"}, "text": "x"}
        {"id": ["a", "b"], "text": "x"}
        {"id": 7, "text": "x"}
        """;

    List<SourceRecord> records =
        readAll(JsonLinesSource.open("in.jsonl", stream(lines), JsonFields.defaults()));

    assertThat(records)
        .extracting(SourceRecord::id)
        .containsExactly("in.jsonl:1", "in.jsonl:2", "7");
    assertThat(records.get(0))
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u ->
                assertThat(u.message())
                    .isEqualTo(
                        "in.jsonl:1 has an id (field \"id\") that is a JSON object, not a string or number"));
    assertThat(records.get(1))
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u -> assertThat(u.message()).contains("is a JSON array"));
    assertThat(records.get(2)).isInstanceOf(SourceRecord.Article.class);
  }

  @Test
  void lineLongerThanTheBoundBecomesAReadErrorWithoutBeingHeldAndReadingGoesOn()
      throws IOException {
    // 16 MB of one line against a bound of 1,000 bytes, generated rather than held by the test
    InputStream endless =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    stream("{\"id\": \"a\", \"text\": \"ok\"}\n{\"id\": \"huge\", \"text\": \""),
                    new InputStream() {
                      long left = 16L << 20;

                      @Override
                      public int read() {
                        return left-- > 0 ? 'x' : -1;
                      }

                      @Override
                      public int read(byte[] b, int off, int len) {
                        int n = (int) Math.min(len, left);
                        if (n <= 0) {
                          return -1;
                        }
                        Arrays.fill(b, off, off + n, (byte) 'x');
                        left -= n;
                        return n;
                      }
                    },
                    stream("\"}\n{\"id\": \"c\", \"text\": \"ok\"}\n"))));

    List<SourceRecord> records =
        readAll(JsonLinesSource.open("big.jsonl", endless, JsonFields.defaults(), 1_000));

    assertThat(records).extracting(SourceRecord::id).containsExactly("a", "big.jsonl:2", "c");
    assertThat(records.get(1))
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u ->
                assertThat(u.message())
                    .isEqualTo(
                        "big.jsonl:2 has 16,777,242 bytes, more than the limit of 1,000 for one line; it was skipped"));
  }

  @Test
  void loneSurrogatesInIdAndTextBecomeReplacementCharactersOfTheSameLength() throws IOException {
    String line = "{\"id\": \"a\\ud800\", \"text\": \"x\\udc00y \\ud83d\\ude00\"}\n";

    SourceRecord.Article article =
        (SourceRecord.Article)
            readAll(JsonLinesSource.open("in.jsonl", stream(line), JsonFields.defaults())).get(0);

    assertThat(article.id()).isEqualTo("a\uFFFD");
    assertThat(article.document().text()).isEqualTo("x\uFFFDy \uD83D\uDE00");
  }

  @Test
  void utf8ByteOrderMarkBeforeTheFirstLineIsDropped() throws IOException {
    InputStream withBom =
        new SequenceInputStream(
            new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
            stream(LINES));

    List<SourceRecord> records =
        readAll(JsonLinesSource.open("bom.jsonl", withBom, JsonFields.defaults()));

    assertThat(records).extracting(SourceRecord::id).containsExactly("a", "b");
  }

  @Test
  void keepsEveryWholeLineOfATruncatedGzipAndSaysWhereItBrokeOff() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      lines
          .append("{\"id\": \"doc-")
          .append(i)
          .append("\", \"text\": \"Text number ")
          .append(i * 7919)
          .append(".\"}\n");
    }
    byte[] whole = gzip(lines.toString());
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);

    List<SourceRecord> records =
        readAll(
            JsonLinesSource.open(
                "cut.jsonl.gz", new ByteArrayInputStream(cut), JsonFields.defaults()));

    SourceRecord last = records.get(records.size() - 1);
    List<SourceRecord> read = records.subList(0, records.size() - 1);
    assertThat(read).isNotEmpty().allMatch(r -> r instanceof SourceRecord.Article);
    assertThat(read).as("every whole line before the break").hasSize(wholeLinesBeforeTheBreak(cut));
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i).id()).isEqualTo("doc-" + i);
    }
    assertThat(last)
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u -> {
              assertThat(u.id()).isEqualTo("cut.jsonl.gz:" + (read.size() + 1));
              assertThat(u.message())
                  .startsWith("cut.jsonl.gz breaks off after line " + read.size())
                  .contains("truncated");
            });
  }

  /** Counts the line breaks that inflating a cut gzip yields before its input runs out. */
  private static int wholeLinesBeforeTheBreak(byte[] cutGzip) throws DataFormatException {
    Inflater inflater = new Inflater(true);
    inflater.setInput(
        cutGzip, 10, cutGzip.length - 10); // past the 10-byte header of GZIPOutputStream
    byte[] out = new byte[1 << 16];
    int lines = 0;
    for (int n = inflater.inflate(out); n > 0; n = inflater.inflate(out)) {
      for (int i = 0; i < n; i++) {
        lines += out[i] == '\n' ? 1 : 0;
      }
    }
    inflater.end();
    return lines;
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
