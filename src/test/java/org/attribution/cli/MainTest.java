package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line as a whole: one exit status scheme and one-line usage errors for every command.
 */
class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "evaluate", "report", "train", "bench"})
  void everyCommandsHelpEndsWithTheSameExitStatuses(String command) {
    assertThat(run(command, "--help")).isZero();

    String help = out.toString();
    assertThat(help).contains("Exit status:");
    assertThat(help.substring(help.indexOf("Exit status:")))
        .containsPattern("\\n +0 +\\S")
        .contains("2   " + ExitStatus.FAILED_LINE.substring(2))
        .contains("3   " + ExitStatus.BUG_LINE.substring(2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "evaluate", "report", "train", "bench"})
  void everyCommandReportsAnUnknownOptionInOneLineWithStatusTwo(String command) {
    assertThat(run(command, "--no-such-option")).isEqualTo(ExitStatus.FAILED);

    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith(command + ": unknown option --no-such-option")
        .endsWith("see attribution-extractor " + command + " --help");
  }

  @Test
  void aMissingRequiredOptionIsOneLineWithStatusTwo() {
    assertThat(run("evaluate", "--gold", "g.jsonl")).isEqualTo(ExitStatus.FAILED);

    assertThat(err.toString())
        .isEqualTo(
            "evaluate: Missing required option: '--predicted=FILE';"
                + " see attribution-extractor evaluate --help"
                + System.lineSeparator());
  }

  @Test
  void noCommandPrintsTheUsageWithStatusTwo() {
    assertThat(run()).isEqualTo(ExitStatus.FAILED);

    assertThat(err.toString()).startsWith("Usage: attribution-extractor");
  }

  @Test
  void aMistypedCommandIsNamedWithTheClosestCommand() {
    assertThat(run("extrct", "--input", "in.jsonl")).isEqualTo(ExitStatus.FAILED);

    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("attribution-extractor: unknown command extrct (did you mean extract");
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "index", "evaluate", "report", "train", "bench"})
  void everyHelpSummaryEndsInAWholeSentence(String command) {
    CommandLine.Model.CommandSpec spec =
        Main.commandLine().getSubcommands().get(command).getCommandSpec();

    // The first line is the summary the command list shows.
    assertThat(spec.usageMessage().description()[0]).endsWith(".");
    assertThat(spec.options())
        .allSatisfy(
            option ->
                assertThat(String.join(" ", option.description()).strip())
                    .as(option.longestName())
                    .endsWith("."));
  }
}
