package org.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attribution.cli.Main;
import org.attribution.io.AttributionJson;
import org.attribution.testing.QuoteArchive;
import tools.jackson.databind.JsonNode;

/**
 * The constructed quote archive as a user runs it: {@code extract --profile FAST}, then {@code
 * index} and {@code report} on the same output.
 */
final class QuoteReportFixture {

  final Path report;
  final List<JsonNode> quotes = new ArrayList<>();

  QuoteReportFixture(Path dir) throws IOException {
    Path extracted = dir.resolve("archive.out.jsonl");
    assertThat(Main.commandLine().execute(QuoteArchive.extractArguments(extracted))).isZero();
    Path index = dir.resolve("quotes.jsonl");
    assertThat(
            Main.commandLine()
                .execute(
                    "index",
                    "--input",
                    extracted.toString(),
                    "--output",
                    index.toString(),
                    "--quiet"))
        .isZero();
    for (String line : Files.readAllLines(index)) {
      quotes.add(AttributionJson.MAPPER.readTree(line));
    }
    report = dir.resolve("report.html");
    assertThat(
            Main.commandLine()
                .execute(
                    "report",
                    "--input",
                    extracted.toString(),
                    "--texts",
                    QuoteArchive.articles().toString(),
                    "--output",
                    report.toString()))
        .isZero();
  }

  /**
   * The report of two articles that share the id {@code dup} and say one quotation, the second
   * article first (by date), as a user gets it from {@code extract} and {@code report}.
   */
  static Path sharedIdReport(Path dir) throws IOException {
    Files.createDirectories(dir);
    String quote =
        "\\\"We will open the new library before the end of the summer,\\\" said Anna Berg.";
    Path articles =
        Files.write(
            dir.resolve("shared.jsonl"),
            List.of(
                "{\"id\": \"dup\", \"date\": \"2024-05-02\", \"outlet\": \"Daily Ledger\", \"text\": \""
                    + quote
                    + "\"}",
                "{\"id\": \"dup\", \"date\": \"2024-05-01\", \"outlet\": \"City Wire\","
                    + " \"text\": \"The council met on Monday. "
                    + quote
                    + "\"}"));
    Path extracted = dir.resolve("shared.out.jsonl");
    assertThat(
            Main.commandLine()
                .execute(
                    "extract",
                    "--input",
                    articles.toString(),
                    "--output",
                    extracted.toString(),
                    "--profile",
                    "FAST",
                    "--keep-fields",
                    String.join(",", QuoteArchive.KEPT),
                    "--quiet"))
        .isZero();
    Path report = dir.resolve("shared.html");
    assertThat(
            Main.commandLine()
                .execute(
                    "report",
                    "--input",
                    extracted.toString(),
                    "--texts",
                    articles.toString(),
                    "--output",
                    report.toString()))
        .isZero();
    return report;
  }
}
