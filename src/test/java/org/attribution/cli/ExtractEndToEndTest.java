package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attribution.Attribution;
import org.attribution.io.AttributionJson;
import org.attribution.testing.WarcFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The extract command as users run it, with the library's real extractor shared by two threads,
 * without a time limit per document so that a busy machine cannot fail it.
 */
class ExtractEndToEndTest {

  @TempDir Path dir;

  @Test
  void extractsACrawledArchiveWithTheRealExtractorOnSeveralThreads() throws IOException {
    Path warc = dir.resolve("news.warc.gz");
    try (WarcFixture f = WarcFixture.create(warc, true)) {
      f.html("https://example.org/coach", WarcFixture.newsPage("Coach confident",
          "\"We will win the final,\" the coach said on Sunday after the semi-final in Madrid."));
      f.html("https://example.org/minister", WarcFixture.newsPage("Minister on budget",
          "The finance minister said that the budget would be balanced by the end of next year."));
      f.html("https://example.org/weather", WarcFixture.newsPage("Weather",
          "Rain is expected across the north of the country for most of the coming weekend."));
    }
    Path out = dir.resolve("out.jsonl");

    int status = Main.commandLine().execute(
        "extract", "--input", warc.toString(), "--output", out.toString(), "--threads", "2", "--doc-timeout", "0",
        "--quiet");

    assertThat(status).isZero();
    List<JsonNode> lines = Files.readAllLines(out).stream().map(AttributionJson.MAPPER::readTree).toList();
    assertThat(lines).extracting(l -> l.get("id").asString()).containsExactly(
        "https://example.org/coach", "https://example.org/minister", "https://example.org/weather");
    assertThat(AttributionJson.attributions(lines.get(0))).extracting(Attribution::content)
        .anySatisfy(content -> assertThat(content).contains("We will win the final"));
    assertThat(AttributionJson.attributions(lines.get(1))).extracting(Attribution::content)
        .anySatisfy(content -> assertThat(content).contains("the budget would be balanced"));
  }

  @Test
  void extractsWithTheFastProfile() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"),
        "{\"id\": \"m\", \"text\": \"The finance minister said that the budget would be balanced.\"}\n");
    Path out = dir.resolve("out.jsonl");

    int status = Main.commandLine().execute(
        "extract", "--input", in.toString(), "--output", out.toString(), "--profile", "FAST", "--doc-timeout", "0",
        "--quiet");

    assertThat(status).isZero();
    JsonNode line = AttributionJson.MAPPER.readTree(Files.readString(out));
    assertThat(AttributionJson.attributions(line)).extracting(Attribution::speaker).containsExactly("The finance minister");
  }
}
