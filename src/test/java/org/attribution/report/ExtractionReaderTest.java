package org.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.attribution.io.AttributionJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionReaderTest {

  @TempDir Path dir;

  private static final Attribution QUOTE =
      Attribution.builder(AttributionType.DIRECT, "Hi", Span.of(1, 3))
          .speakerCanonical("Ana")
          .build();

  @Test
  void readsGzippedOutputInFileOrder() throws IOException {
    Path file = dir.resolve("out.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          (AttributionJson.line("b", List.of(QUOTE))
                  + "\n\n"
                  + AttributionJson.line("a", List.of())
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
    }

    List<ReportArticle> articles = ExtractionReader.read(file);

    assertThat(articles).extracting(ReportArticle::id).containsExactly("b", "a");
    assertThat(articles.get(0).attributions()).containsExactly(QUOTE);
    assertThat(articles).allSatisfy(a -> assertThat(a.error()).isNull());
  }

  @Test
  void readsEveryMemberOfAGzippedOutputWhateverItsName() throws IOException {
    Path file = dir.resolve("out.jsonl");
    for (String id : List.of("first", "resumed")) {
      try (OutputStream out =
          new GZIPOutputStream(
              Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
        out.write(
            (AttributionJson.line(id, List.of(QUOTE)) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }

    assertThat(ExtractionReader.read(file))
        .extracting(ReportArticle::id)
        .containsExactly("first", "resumed");
  }

  @Test
  void showsTheKindAndMessageOfAnErrorRecordOfTheExtractCommand() throws IOException {
    Path file = dir.resolve("out.jsonl");
    Files.writeString(
        file, "{\"id\": \"a\", \"error\": {\"kind\": \"timeout\", \"message\": \"took 30 s\"}}\n");

    List<ReportArticle> articles = ExtractionReader.read(file);

    assertThat(articles)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo("a");
              assertThat(a.error()).isEqualTo("timeout: took 30 s");
            });
  }

  @Test
  void keepsReadingPastABadLine() throws IOException {
    Path file = dir.resolve("out.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            AttributionJson.line("a", List.of(QUOTE)),
            "{not json",
            "{\"id\": \"c\", \"attributions\": [{\"type\": \"SHOUTED\", \"content\": \"x\", \"contentSpan\": [0, 1]}, "
                + AttributionJson.toJson(QUOTE)
                + "]}",
            "{\"attributions\": []}",
            AttributionJson.line("e", List.of())));

    List<ReportArticle> articles = ExtractionReader.read(file);

    assertThat(articles)
        .extracting(ReportArticle::id)
        .containsExactly("a", "line 2", "c", "line 4", "e");
    assertThat(articles.get(1).error()).startsWith("cannot read line 2");
    assertThat(articles.get(2).error()).startsWith("attribution 1 skipped").contains("SHOUTED");
    assertThat(articles.get(2).attributions()).containsExactly(QUOTE);
    assertThat(articles.get(3).error()).isEqualTo("line 4 has no id");
    assertThat(articles.get(4).error()).isNull();
  }

  @Test
  void keepsTextAndErrorFieldsOfALine() {
    ReportArticle article =
        ExtractionReader.parse(
            "{\"id\": \"a\", \"text\": \"Hi there\", \"error\": \"timed out\"}", 1);

    assertThat(article.text()).isEqualTo("Hi there");
    assertThat(article.error()).isEqualTo("timed out");
    assertThat(article.attributions()).isEmpty();
  }

  @Test
  void givesArticlesTheirTextsById() throws IOException {
    Path output = dir.resolve("out.jsonl");
    Files.writeString(
        output,
        AttributionJson.line("one", List.of(QUOTE))
            + "\n"
            + AttributionJson.line("two", List.of())
            + "\n");
    Path texts = dir.resolve("one.txt");
    Files.writeString(texts, "\"Hi\" she said.");

    List<ReportArticle> articles = ExtractionReader.read(output, texts);

    assertThat(articles.get(0).text()).isEqualTo("\"Hi\" she said.");
    assertThat(articles.get(1).text()).isNull();
  }

  @Test
  void showsBothArticlesThatShareAnIdEachWithItsOwnText() throws IOException {
    Path output = dir.resolve("out.jsonl");
    Files.writeString(
        output,
        AttributionJson.line("x", List.of()) + "\n" + AttributionJson.line("x", List.of()) + "\n");
    Path texts =
        Files.writeString(
            dir.resolve("in.jsonl"),
            "{\"id\": \"x\", \"text\": \"First.\"}\n{\"id\": \"x\", \"text\": \"Second.\"}\n");

    List<ReportArticle> articles = ExtractionReader.read(output, texts);

    assertThat(articles).extracting(ReportArticle::text).containsExactly("First.", "Second.");
  }

  @Test
  void keepsTheInputFieldsTheExtractorKeptAsText() throws IOException {
    Path file = dir.resolve("out.jsonl");
    Files.writeString(
        file,
        "{\"id\": \"a\", \"title\": \"Delay\", \"year\": 2024, \"tags\": [\"x\"], \"none\": null,"
            + " \"text\": \"Hi\", \"attributions\": []}\n");

    ReportArticle article = ExtractionReader.read(file).get(0);

    assertThat(article.fields())
        .containsExactly(
            Map.entry("title", "Delay"), Map.entry("year", "2024"), Map.entry("tags", "[\"x\"]"));
    assertThat(article.text()).isEqualTo("Hi");
  }

  @Test
  void refusesAFileWithoutAnyJsonObjectNamingIt() throws IOException {
    Path file =
        Files.writeString(dir.resolve("article.txt"), "The mayor said that it would rain.\n");

    assertThatThrownBy(() -> ExtractionReader.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + " is not JSON Lines; report reads the JSON Lines that extract writes");
  }
}
