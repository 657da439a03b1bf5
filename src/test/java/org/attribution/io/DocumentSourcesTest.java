package org.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attribution.io.TextFileSourceTest.readAll;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.attribution.testing.WarcFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSourcesTest {

  @TempDir Path dir;

  @Test
  void readsInputsOfDifferentFormatsInTheOrderGiven() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(folder.resolve("t.txt"), "Text.");
    Path jsonl =
        Files.writeString(dir.resolve("lines.jsonl"), "{\"id\": \"j\", \"text\": \"Line.\"}\n");
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcFixture f = WarcFixture.create(warc, true)) {
      f.html(
          "https://example.org/w",
          WarcFixture.newsPage("Title", "A paragraph long enough to be kept as body text."));
    }

    List<SourceRecord> records =
        readAll(
            sources(Optional.empty(), InputStream.nullInputStream())
                .open(List.of(jsonl.toString(), warc.toString(), folder.toString())));

    assertThat(records)
        .extracting(SourceRecord::id)
        .containsExactly("j", "https://example.org/w", "t");
  }

  @Test
  void knowsTheTotalOnlyWhenEveryInputIsCountable() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(folder.resolve("a.txt"), "A.");
    Files.writeString(folder.resolve("b.txt"), "B.");
    Path jsonl =
        Files.writeString(dir.resolve("lines.jsonl"), "{\"id\": \"j\", \"text\": \"Line.\"}\n");
    DocumentSources sources = sources(Optional.empty(), InputStream.nullInputStream());

    assertThat(sources.open(List.of(folder.toString())).size()).hasValue(2);
    assertThat(sources.open(List.of(folder.toString(), jsonl.toString())).size()).isEmpty();
  }

  @Test
  void readsStandardInputAsJsonLinesByDefaultOrInTheFormatGiven() throws IOException {
    String lines = "{\"id\": \"s\", \"text\": \"From a pipe.\"}\n";

    assertThat(readAll(sources(Optional.empty(), stdin(lines)).open(List.of("-"))))
        .extracting(SourceRecord::id)
        .containsExactly("s");
    assertThat(
            readAll(sources(Optional.of(InputFormat.TXT), stdin("Plain text.")).open(List.of("-"))))
        .singleElement()
        .satisfies(
            r -> assertThat(((SourceRecord.Article) r).document().text()).isEqualTo("Plain text."));
  }

  @Test
  void idLessLinesGetTheSameIdsWhateverDotSlashTheInputIsTypedWith() throws IOException {
    Files.writeString(dir.resolve("x.jsonl"), "{\"text\": \"t\"}\n");
    DocumentSources sources = sources(Optional.empty(), InputStream.nullInputStream());

    assertThat(readAll(sources.open(List.of(dir.resolve(".").resolve("x.jsonl").toString()))))
        .extracting(SourceRecord::id)
        .containsExactly("x.jsonl:1");
  }

  @Test
  void aFormatGivenOverridesTheFileName() throws IOException {
    Path file =
        Files.writeString(dir.resolve("export.data"), "{\"id\": \"x\", \"text\": \"T.\"}\n");

    List<SourceRecord> records =
        readAll(
            sources(Optional.of(InputFormat.JSONL), InputStream.nullInputStream())
                .open(List.of(file.toString())));

    assertThat(records).extracting(SourceRecord::id).containsExactly("x");
  }

  @Test
  void refusesAMissingInputOrOneOfUnknownFormatByName() throws IOException {
    Path html = Files.writeString(dir.resolve("page.html"), "<p>");
    DocumentSources sources = sources(Optional.empty(), InputStream.nullInputStream());

    assertThatThrownBy(() -> sources.check(List.of(dir.resolve("gone.jsonl").toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("input " + dir.resolve("gone.jsonl") + " does not exist");
    assertThatThrownBy(() -> sources.check(List.of(html.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(html.toString())
        .hasMessageContaining("--input-format");
  }

  private static DocumentSources sources(Optional<InputFormat> format, InputStream stdin) {
    return new DocumentSources(format, JsonFields.defaults(), new HtmlArticleExtractor(), stdin);
  }

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
