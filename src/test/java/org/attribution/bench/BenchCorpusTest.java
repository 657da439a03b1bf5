package org.attribution.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attribution.io.JsonFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {

  @TempDir Path dir;

  @Test
  void readsTextFilesInNameOrderAndNothingElse() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "second");
    Files.writeString(dir.resolve("a.txt"), "first");
    Files.writeString(dir.resolve("a.expected.jsonl"), "{}");

    BenchCorpus corpus = BenchCorpus.textFiles(dir);

    assertThat(corpus.texts()).containsExactly("first", "second");
    assertThat(corpus.characters()).isEqualTo(11);
  }

  @Test
  void readsTheTextsOfJsonLinesAndSkipsUnreadableLines() throws IOException {
    Path file = dir.resolve("docs.jsonl");
    Files.write(
        file,
        List.of(
            "{\"id\": \"1\", \"text\": \"one\"}",
            "not json",
            "{\"id\": \"2\", \"text\": \"two\"}"));

    BenchCorpus corpus = BenchCorpus.jsonLines(file, JsonFields.defaults());

    assertThat(corpus.name()).isEqualTo("docs.jsonl");
    assertThat(corpus.texts()).containsExactly("one", "two");
  }

  @Test
  void rejectsAnEmptyCorpusByName() {
    assertThatThrownBy(() -> BenchCorpus.textFiles(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no documents");
  }
}
