package org.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.attribution.io.JsonFields;
import org.attribution.testing.WarcFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {

  @TempDir Path dir;

  @Test
  void namesASingleFileWithoutItsExtension() throws IOException {
    Path file = Files.writeString(dir.resolve("kremlin-2024.txt"), "Text.");

    assertThat(TextReader.read(file))
        .containsOnlyKeys("kremlin-2024")
        .containsValue(List.of("Text."));
  }

  @Test
  void namesFilesOfAFolderByTheirRelativePathAsExtractDoes() throws IOException {
    Files.createDirectories(dir.resolve("may"));
    Files.writeString(dir.resolve("may/a.txt"), "A");
    Files.writeString(dir.resolve("b.txt"), "B");
    Files.writeString(dir.resolve("notes.md"), "not a text");

    assertThat(TextReader.read(dir)).containsOnlyKeys("may/a", "b");
  }

  @Test
  void namedPipeInTextsFolderIsSkippedWithAMessageInsteadOfBlocking() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "A");
    Path fifo = dir.resolve("b.txt");
    assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    List<String> skipped = new ArrayList<>();

    Map<String, List<String>> texts = TextReader.read(dir, JsonFields.defaults(), skipped::add);

    assertThat(texts).containsOnlyKeys("a");
    assertThat(skipped)
        .singleElement()
        .asString()
        .contains("b.txt")
        .contains("is not a regular file");
  }

  @Test
  void readsGzippedJsonLinesById() throws IOException {
    Path file = dir.resolve("in.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          "{\"id\": \"x\", \"text\": \"<b>X</b>\"}\n\n{\"id\": \"y\", \"text\": \"Y\"}\n"
              .getBytes(StandardCharsets.UTF_8));
    }

    assertThat(TextReader.read(file))
        .containsEntry("x", List.of("<b>X</b>"))
        .containsEntry("y", List.of("Y"))
        .hasSize(2);
  }

  @Test
  void readsTheArticlesOfAWarcArchiveByUrlAsExtractDoes() throws IOException {
    Path warc = dir.resolve("news.warc.gz");
    try (WarcFixture f = WarcFixture.create(warc, true)) {
      f.html(
          "https://example.org/a",
          WarcFixture.newsPage(
              "Minister stands firm",
              "\"We will not back down,\" the minister said on Tuesday in the capital city."));
    }

    Map<String, List<String>> texts = TextReader.read(warc);

    assertThat(texts).containsOnlyKeys("https://example.org/a");
    assertThat(texts.get("https://example.org/a").get(0)).startsWith("Minister stands firm\n\n");
  }

  @Test
  void namesTheLineThatHasNoText() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("in.jsonl"), "{\"id\": \"x\", \"text\": \"X\"}\n{\"id\": \"y\"}\n");

    assertThatThrownBy(() -> TextReader.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in.jsonl:2");
  }

  @Test
  void namesTheLineThatIsNotJson() throws IOException {
    Path file = Files.writeString(dir.resolve("in.jsonl"), "{oops\n");

    assertThatThrownBy(() -> TextReader.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in.jsonl:1");
  }
}
