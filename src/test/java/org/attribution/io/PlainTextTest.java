package org.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void readsAWholeStreamAsOneDocument() throws IOException {
    SourceRecord record =
        PlainText.read(
            "stdin",
            "stdin",
            new ByteArrayInputStream("\"Ok\" he said.".getBytes(StandardCharsets.UTF_8)));

    assertThat(record)
        .isInstanceOfSatisfying(
            SourceRecord.Article.class,
            a ->
                assertThat(a.document())
                    .extracting(d -> d.id(), d -> d.text())
                    .containsExactly("stdin", "\"Ok\" he said."));
  }

  @Test
  void stopsReadingAnEndlessStreamPastTheLongestTextAndSaysSo() throws IOException {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'a';
          }
        };

    SourceRecord record = PlainText.read("stdin", "standard input", endless);

    assertThat(record)
        .isInstanceOfSatisfying(
            SourceRecord.Unreadable.class,
            u ->
                assertThat(u.message())
                    .isEqualTo(
                        "standard input has more than 3,000,000 bytes, more than any text the extractor takes (1,000,000 characters)"));
  }
}
