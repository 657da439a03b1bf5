package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attribution.io.AttributionJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * Runs {@code evaluate} on the fixtures under {@code src/test/resources/eval}, whose expected
 * outputs were produced by the reference scorer {@code score.py} (see the fixture README).
 */
class EvaluateCommandTest {

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exitCode = cli.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private static Path fixture(String file) {
    try {
      return Path.of(EvaluateCommandTest.class.getResource("/eval/" + file).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Run evaluate(String name, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "evaluate",
                "--gold",
                fixture(name + ".gold.jsonl").toString(),
                "--predicted",
                fixture(name + ".predicted.jsonl").toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"trimming", "matching", "optional", "subsets", "speaker", "spans", "parts"})
  void printsWhatTheReferenceScorerPrints(String name) throws IOException {
    StringBuilder printed = new StringBuilder();
    for (String subset : List.of("all", "quoted", "unquoted")) {
      Run run = evaluate(name, "--subset", subset);
      assertThat(run.exitCode()).isZero();
      printed.append(run.out());
    }

    assertThat(printed.toString().lines())
        .containsExactlyElementsOf(
            Files.readAllLines(fixture(name + ".expected.txt"), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"spans", "parts"})
  void printsTheReferenceScorersJson(String name) throws IOException {
    Run run = evaluate(name, "--json");

    JsonNode printed = AttributionJson.MAPPER.readTree(run.out());
    JsonNode expected =
        AttributionJson.MAPPER.readTree(Files.readString(fixture(name + ".expected.json")));
    assertThat(printed.equals(NUMBERS_BY_VALUE, expected))
        .as("%s%nvs%n%s", printed, expected)
        .isTrue();
    assertThat(printed.propertyNames()).containsExactlyElementsOf(expected.propertyNames());
  }

  @Test
  void appendsOneBlockPerTypeAfterTheOverallBlock() {
    Run overall = evaluate("subsets", "--subset", "quoted");
    Run byType = evaluate("subsets", "--subset", "quoted", "--by-type");

    List<String> lines = byType.out().lines().toList();
    assertThat(lines).hasSize(36);
    assertThat(lines.subList(0, 9)).containsExactlyElementsOf(overall.out().lines().toList());
    assertThat(lines)
        .filteredOn(l -> l.startsWith("subset="))
        .containsExactly(
            "subset=quoted gold=2 pred=3",
            "subset=quoted+DIRECT gold=1 pred=2",
            "subset=quoted+MIXED gold=1 pred=2",
            "subset=quoted+INDIRECT gold=0 pred=1");
  }

  @Test
  void nestsPerTypeScoresInTheJson() {
    JsonNode json =
        AttributionJson.MAPPER.readTree(evaluate("subsets", "--by-type", "--json").out());

    assertThat(json.get("byType").propertyNames()).containsExactly("DIRECT", "MIXED", "INDIRECT");
    assertThat(json.get("byType").get("MIXED").get("gold").asInt()).isEqualTo(1);
    assertThat(json.get("gold").asInt()).isEqualTo(3);
  }

  @Test
  void rejectsAnUnknownSubsetAsAUsageError() {
    Run run = evaluate("subsets", "--subset", "direct");

    assertThat(run.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run.err()).contains("unknown subset 'direct'");
  }

  @Test
  void reportsBadInputInOneLine() throws IOException {
    Path gold =
        Files.writeString(
            dir.resolve("gold.jsonl"),
            "{\"id\": \"a\", \"text\": \"Hi.\", \"attributions\": []}\n");
    Path predicted =
        Files.writeString(
            dir.resolve("predicted.jsonl"),
            "{\"id\": \"a\", \"attributions\": [{\"contentSpan\": [1, 40], \"speakerSpan\": [0, 2]}]}\n");
    Path missing = dir.resolve("missing.jsonl");

    Run beyondText =
        run("evaluate", "--gold", gold.toString(), "--predicted", predicted.toString());
    Run unreadable =
        run("evaluate", "--gold", missing.toString(), "--predicted", predicted.toString());

    assertThat(beyondText.exitCode()).isEqualTo(2);
    assertThat(beyondText.err())
        .isEqualTo(
            "evaluate: document a: offset 39 lies beyond its text of 3 characters"
                + System.lineSeparator());
    assertThat(unreadable.exitCode()).isEqualTo(2);
    assertThat(unreadable.err())
        .isEqualTo(
            "evaluate: cannot read " + missing + ": it does not exist" + System.lineSeparator());
  }

  @Test
  void namesDocumentsOnlyOneSideHasOnStandardErrorLeavingTheFiguresAsTheyAre() throws IOException {
    String a = "{\"id\": \"a\", \"text\": \"Hi.\", \"attributions\": []}\n";
    String b = "{\"id\": \"b\", \"text\": \"Yo.\", \"attributions\": []}\n";
    String c = "{\"id\": \"c\", \"attributions\": []}\n";
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), a + b);
    Path predicted = Files.writeString(dir.resolve("predicted.jsonl"), b + c);
    Path same = Files.writeString(dir.resolve("same.jsonl"), a + b);

    Run partial = run("evaluate", "--gold", gold.toString(), "--predicted", predicted.toString());
    Run complete = run("evaluate", "--gold", gold.toString(), "--predicted", same.toString());

    assertThat(partial.exitCode()).isZero();
    assertThat(partial.out()).isEqualTo(complete.out());
    assertThat(partial.err().lines())
        .containsExactly(
            "evaluate: 1 predicted document has no gold and is not scored (c)",
            "evaluate: 1 gold document has no prediction; its attributions count as missed (a)");
    assertThat(complete.exitCode()).isZero();
    assertThat(complete.err()).isEmpty();
  }

  @Test
  void readsAFolderOfPredictionsAsASparkJobWritesIt() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("spark-out"));
    Files.writeString(
        folder.resolve("part-00000-x-c000.txt"),
        Files.readAllLines(fixture("spans.predicted.jsonl")).get(0) + "\n");
    List<String> rest = Files.readAllLines(fixture("spans.predicted.jsonl"));
    Files.writeString(
        folder.resolve("part-00001-x-c000.txt"),
        String.join("\n", rest.subList(1, rest.size())) + "\n");
    Files.writeString(folder.resolve("_SUCCESS"), "");
    Files.writeString(folder.resolve(".part-00000-x-c000.txt.crc"), "crc");

    Run fromFolder =
        run(
            "evaluate",
            "--gold",
            fixture("spans.gold.jsonl").toString(),
            "--predicted",
            folder.toString());

    assertThat(fromFolder.exitCode()).isZero();
    assertThat(fromFolder.out()).isEqualTo(evaluate("spans").out());
  }

  /** Compares numbers by value, so that 0.75 read as a double equals 0.75 read as a decimal. */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a.equals(b)) {
          return 0;
        }
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return 1;
      };
}
