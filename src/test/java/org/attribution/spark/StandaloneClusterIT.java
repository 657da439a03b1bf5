package org.attribution.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attribution.cli.Main;
import org.attribution.io.AttributionJson;
import org.attribution.testing.QuoteArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The extraction, quote index and speaker index jobs on a real Spark standalone cluster (master,
 * worker and executor in JVMs of their own, the application shipped as the packaged jar) write what
 * the command line writes for the constructed archive. Local mode runs everything in one JVM, so it
 * cannot catch what only a cluster does: tasks and options serialized to another JVM, the
 * application's classes loaded from the shipped jar, and the extractor loaded once per executor.
 * The executor extracts with the real {@code FAST} profile, the profile the archive's tests use,
 * whose models load in seconds; no time limit per document, so that a busy machine gives the same
 * output.
 *
 * <p>Runs in {@code mvn verify} (integration-test phase), after the jar is packaged.
 */
class StandaloneClusterIT {

  /**
   * Bounds a hang only: a submission took one to three minutes on a 2-core machine shared with
   * other work, and a slower machine must not fail the test.
   */
  private static final Duration SUBMISSION_LIMIT = Duration.ofMinutes(15);

  @TempDir static Path dir;

  private static StandaloneCluster cluster;

  @BeforeAll
  static void startCluster() throws IOException, InterruptedException {
    List<String> javaOptions = List.of(System.getProperty("spark.addOpens").trim().split("\\s+"));
    cluster = StandaloneCluster.start(Files.createDirectories(dir.resolve("cluster")), javaOptions);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void extractsAndIndexesQuotesAndSpeakersLikeTheCommandLine()
      throws IOException, InterruptedException {
    Path cliExtraction = dir.resolve("cli.jsonl");
    Path cliQuotes = dir.resolve("cli-quotes.jsonl");
    assertThat(command(QuoteArchive.extractArguments(cliExtraction), "--doc-timeout", "0"))
        .isZero();
    assertThat(
            command(
                new String[] {
                  "index",
                  "--input",
                  cliExtraction.toString(),
                  "--output",
                  cliQuotes.toString(),
                  "--quiet"
                }))
        .isZero();

    Path sparkExtraction = dir.resolve("spark-extraction");
    Path sparkQuotes = dir.resolve("spark-quotes");
    submit(
        ExtractJob.class,
        "--input",
        QuoteArchive.articles().toString(),
        "--output",
        sparkExtraction.toString(),
        "--output-format",
        "JSONL",
        "--profile",
        "FAST",
        "--doc-timeout",
        "0",
        "--keep-fields",
        String.join(",", QuoteArchive.KEPT));
    submit(
        IndexJob.class, "--input", sparkExtraction.toString(), "--output", sparkQuotes.toString());
    Path cliSpeakers = dir.resolve("cli-speakers.jsonl");
    assertThat(
            command(
                new String[] {
                  "speakers",
                  "--input",
                  cliExtraction.toString(),
                  "--output",
                  cliSpeakers.toString(),
                  "--quiet"
                }))
        .isZero();
    Path sparkSpeakers = dir.resolve("spark-speakers");
    submit(
        SpeakerJob.class,
        "--input",
        sparkExtraction.toString(),
        "--output",
        sparkSpeakers.toString());

    List<JsonNode> extracted = records(SparkQuoteIndexTest.partFiles(sparkExtraction));
    assertThat(extracted).hasSizeGreaterThanOrEqualTo(30);
    assertThat(extracted)
        .containsExactlyInAnyOrderElementsOf(records(Files.readAllLines(cliExtraction)));
    // The index is in a total order, whatever the order of its input lines.
    List<String> quotes = SparkQuoteIndexTest.partFiles(sparkQuotes);
    assertThat(quotes).hasSizeGreaterThan(20);
    assertThat(quotes).containsExactlyElementsOf(Files.readAllLines(cliQuotes));
    List<String> speakers = SparkQuoteIndexTest.partFiles(sparkSpeakers);
    assertThat(speakers).hasSizeGreaterThan(20);
    assertThat(speakers).containsExactlyElementsOf(Files.readAllLines(cliSpeakers));
  }

  private static int command(String[] arguments, String... more) {
    List<String> all = new ArrayList<>(List.of(arguments));
    all.addAll(List.of(more));
    return Main.commandLine()
        .setErr(new PrintWriter(new StringWriter()))
        .execute(all.toArray(String[]::new));
  }

  private static void submit(Class<?> job, String... arguments)
      throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("application.jar"));
    int status = cluster.submit(jar, job, SUBMISSION_LIMIT, arguments);
    assertThat(status)
        .as("%s's exit status; its log:%n%s", job.getSimpleName(), cluster.log(job.getSimpleName()))
        .isZero();
  }

  private static List<JsonNode> records(List<String> lines) {
    return lines.stream().map(AttributionJson.MAPPER::readTree).toList();
  }
}
