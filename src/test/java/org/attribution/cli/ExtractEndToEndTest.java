package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
      f.html(
          "https://example.org/coach",
          WarcFixture.newsPage(
              "Coach confident",
              "\"We will win the final,\" the coach said on Sunday after the semi-final in Madrid."));
      f.html(
          "https://example.org/minister",
          WarcFixture.newsPage(
              "Minister on budget",
              "The finance minister said that the budget would be balanced by the end of next year."));
      f.html(
          "https://example.org/weather",
          WarcFixture.newsPage(
              "Weather",
              "Rain is expected across the north of the country for most of the coming weekend."));
    }
    Path out = dir.resolve("out.jsonl");

    int status =
        Main.commandLine()
            .execute(
                "extract",
                "--input",
                warc.toString(),
                "--output",
                out.toString(),
                "--threads",
                "2",
                "--doc-timeout",
                "0",
                "--quiet");

    assertThat(status).isZero();
    List<JsonNode> lines =
        Files.readAllLines(out).stream().map(AttributionJson.MAPPER::readTree).toList();
    assertThat(lines)
        .extracting(l -> l.get("id").asString())
        .containsExactly(
            "https://example.org/coach",
            "https://example.org/minister",
            "https://example.org/weather");
    assertThat(AttributionJson.attributions(lines.get(0)))
        .extracting(Attribution::content)
        .anySatisfy(content -> assertThat(content).contains("We will win the final"));
    assertThat(AttributionJson.attributions(lines.get(1)))
        .extracting(Attribution::content)
        .anySatisfy(content -> assertThat(content).contains("the budget would be balanced"));
  }

  @Test
  void extractsWithTheFastProfile() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.jsonl"),
            "{\"id\": \"m\", \"text\": \"The finance minister said that the budget would be balanced.\"}\n");
    Path out = dir.resolve("out.jsonl");

    int status =
        Main.commandLine()
            .execute(
                "extract",
                "--input",
                in.toString(),
                "--output",
                out.toString(),
                "--profile",
                "FAST",
                "--doc-timeout",
                "0",
                "--quiet");

    assertThat(status).isZero();
    JsonNode line = AttributionJson.MAPPER.readTree(Files.readString(out));
    assertThat(AttributionJson.attributions(line))
        .extracting(Attribution::speaker)
        .containsExactly("The finance minister");
  }

  @Test
  void quietSilencesCoreNlpsLoadingMessages() throws Exception {
    Path in =
        Files.writeString(
            dir.resolve("in.jsonl"),
            "{\"id\": \"m\", \"text\": \"The finance minister said that the budget would be balanced.\"}\n");

    String loud =
        childStderr(
            "extract",
            "--input",
            in.toString(),
            "--output",
            dir.resolve("a.jsonl").toString(),
            "--profile",
            "FAST");
    String quiet =
        childStderr(
            "extract",
            "--input",
            in.toString(),
            "--output",
            dir.resolve("b.jsonl").toString(),
            "--profile",
            "FAST",
            "--quiet");

    assertThat(loud).contains("INFO edu.stanford.nlp");
    assertThat(quiet).isEmpty();
  }

  /**
   * Runs the command line in a new JVM, where CoreNLP's logging starts afresh, and gives what it
   * printed on standard error. The classpath leaves out the logging backend Spark brings to the
   * tests, as the command line's own classpath does.
   */
  private String childStderr(String... args) throws IOException, InterruptedException {
    String classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("log4j-slf4j"))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                Main.class.getName()));
    command.addAll(List.of(args));
    Path log = dir.resolve("child.log");
    Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).isZero();
    return Files.readString(log);
  }
}
