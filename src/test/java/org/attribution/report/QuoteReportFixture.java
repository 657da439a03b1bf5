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
    assertThat(Main.commandLine().execute("index", "--input", extracted.toString(), "--output", index.toString(), "--quiet"))
        .isZero();
    for (String line : Files.readAllLines(index)) {
      quotes.add(AttributionJson.MAPPER.readTree(line));
    }
    report = dir.resolve("report.html");
    assertThat(Main.commandLine().execute("report", "--input", extracted.toString(),
        "--texts", QuoteArchive.articles().toString(), "--output", report.toString())).isZero();
  }
}
