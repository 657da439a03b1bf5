package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands read the same inputs and answer the same mistakes the same way. */
class AgreeingCommandsTest {

  private static final String INPUT = WritingRuleTest.INPUT;

  @TempDir Path dir;

  private final CommandRunner cli = new CommandRunner();

  @Test
  void indexReadsASparkOutputFolderAsReportAndEvaluateDo() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("spark-out"));
    Path in = Files.writeString(dir.resolve("in.jsonl"), INPUT);
    assertThat(
            cli.run(
                "extract",
                "--input",
                in.toString(),
                "--output",
                folder.resolve("part-00000.json").toString()))
        .isZero();
    Files.writeString(folder.resolve("_SUCCESS"), "");

    assertThat(
            cli.run(
                "index",
                "--input",
                folder.toString(),
                "--output",
                dir.resolve("index.jsonl").toString()))
        .isZero();
    assertThat(cli.stderr()).contains("from 2 documents");
  }

  @ParameterizedTest
  @ValueSource(strings = {"index", "report", "evaluate"})
  void csvGetsTheSameOneLineRefusalAndStatus(String command) throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), INPUT);
    Path csv = dir.resolve("out.csv");
    assertThat(cli.run("extract", "--input", in.toString(), "--output", csv.toString())).isZero();
    String[] args =
        switch (command) {
          case "index" -> new String[] {"index", "--input", csv.toString()};
          case "report" ->
              new String[] {
                "report", "--input", csv.toString(), "--output", dir.resolve("r.html").toString()
              };
          default ->
              new String[] {"evaluate", "--gold", csv.toString(), "--predicted", csv.toString()};
        };

    assertThat(cli.run(args)).isEqualTo(2);
    assertThat(cli.stderr().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            command
                + ": "
                + csv
                + " is CSV; give the JSON Lines that extract writes"
                + " (an --output ending in .jsonl, or --format jsonl)");
  }

  @Test
  void reportTextsTakesSeveralPathsAsInputDoes() throws IOException {
    Path one = Files.writeString(dir.resolve("one.jsonl"), INPUT.lines().findFirst().get() + "\n");
    Path two =
        Files.writeString(dir.resolve("two.jsonl"), INPUT.lines().skip(1).findFirst().get() + "\n");
    Path out = dir.resolve("out.jsonl");
    assertThat(
            cli.run(
                "extract", "--input", one.toString(), two.toString(), "--output", out.toString()))
        .isZero();

    int status =
        cli.run(
            "report",
            "--input",
            out.toString(),
            "--texts",
            one.toString(),
            two.toString(),
            "--output",
            dir.resolve("r.html").toString());

    assertThat(status).isZero();
    assertThat(cli.stderr()).contains("2 articles, 0 without text");
  }

  @Test
  void jsonLinesWithoutTheTextFieldIsOneBadUsageLineNamingTheFieldsItHas() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("news.jsonl"),
            "{\"url\": \"u1\", \"maintext\": \"One.\"}\n{\"url\": \"u2\", \"maintext\": \"Two.\"}\n");

    assertThat(
            cli.run(
                "extract", "--input", in.toString(), "--output", dir.resolve("o.jsonl").toString()))
        .isEqualTo(2);
    assertThat(cli.stderr().lines())
        .singleElement()
        .asString()
        .contains("has no field \"text\"")
        .contains("url, maintext")
        .contains("--text-field");
  }

  @Test
  void aMissingInputIsNamedWithWhatIsWrongWithIt() {
    Path missing = dir.resolve("nope.jsonl");

    assertThat(
            cli.run(
                "report",
                "--input",
                missing.toString(),
                "--output",
                dir.resolve("r.html").toString()))
        .isEqualTo(2);
    assertThat(cli.stderr())
        .isEqualTo(
            "report: cannot read " + missing + ": it does not exist" + System.lineSeparator());
  }

  @Test
  void quietKeepsCoreNlpWarningsFromTheTerminal() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), INPUT);
    System.clearProperty(ExtractCommand.CORENLP_LOG_LEVEL_PROPERTY);

    cli.run(
        "extract",
        "--input",
        in.toString(),
        "--output",
        dir.resolve("o.jsonl").toString(),
        "--quiet");

    assertThat(System.getProperty(ExtractCommand.CORENLP_LOG_LEVEL_PROPERTY)).isEqualTo("error");
  }
}
