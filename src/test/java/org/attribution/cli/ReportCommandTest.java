package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.attribution.report.ReportPageData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class ReportCommandTest {

  @TempDir Path dir;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ReportCommandTest.class.getResource("/org/attribution/report/" + name).toURI());
  }

  private static JsonNode article(Path html) throws IOException {
    return ReportPageData.articles(Jsoup.parse(html.toFile())).get(0);
  }

  @Test
  void writesTheReportWithTheTextsGiven() throws Exception {
    Path html = dir.resolve("report.html");

    int exit = Main.commandLine().execute("report",
        "--input", resource("harbour-council.jsonl").toString(),
        "--texts", resource("harbour-council.txt").toString(),
        "--output", html.toString(), "--title", "Harbour");

    assertThat(exit).isZero();
    assertThat(Jsoup.parse(html.toFile()).title()).isEqualTo("Harbour");
    assertThat(article(html).get("id").asString()).isEqualTo("harbour-council");
    assertThat(article(html).get("hasText").asBoolean()).isTrue();
  }

  @Test
  void listsAttributionsAloneWhenNoTextIsGiven() throws Exception {
    Path html = dir.resolve("report.html");

    int exit = Main.commandLine().execute("report",
        "--input", resource("harbour-council.jsonl").toString(), "--output", html.toString());

    assertThat(exit).isZero();
    assertThat(article(html).get("hasText").asBoolean()).isFalse();
    assertThat(article(html).get("atts")).isNotEmpty();
  }

  @Test
  void failsClearlyWhenTheOutputIsMissing() {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine().setErr(new PrintWriter(err));

    int exit = cli.execute("report", "--input", dir.resolve("absent.jsonl").toString(),
        "--output", dir.resolve("report.html").toString());

    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("absent.jsonl");
  }
}
