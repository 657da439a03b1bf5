package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

  private static final String GOLD = "samples/putin-xi-2024-05-16.expected.jsonl";

  @TempDir Path dir;

  @Test
  void trainsTheModelOfTheProfileItIsGivenIntoTheModelsFolder() throws IOException {
    Path folder = dir.resolve("my-models");

    int exitCode =
        Main.commandLine()
            .execute(
                "train",
                "--gold",
                GOLD,
                "--profile",
                "FAST",
                "--output",
                folder.toString(),
                "--threads",
                "1");

    assertThat(exitCode).isZero();
    String tsv = Files.readString(folder.resolve("cue-reliability-fast.tsv"));
    assertThat(tsv).contains("FAST profile").contains("--output <models folder>");
    assertThat(tsv.lines().filter(l -> !l.startsWith("#")))
        .allMatch(l -> l.split("\t").length == 4);
  }

  @Test
  void refusesTheLearnedProfileWhichHasNoCueModel() {
    String err = stderrOf("--gold", GOLD, "--profile", "LEARNED", "--output", dir.toString());

    assertThat(err)
        .isEqualTo(
            "train: the LEARNED profile has no cue model; train its tagger with"
                + " scripts/train-tagger.sh (docs/models.md)\n");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void refusesAnOutputThatIsAFileBeforeTraining() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "keep");

    String err = stderrOf("--gold", "no-such-gold.jsonl", "--output", file.toString());

    // The missing gold file would fail too: the output is checked first, before any work.
    assertThat(err)
        .isEqualTo(
            "train: --output "
                + file
                + " is a file; name the folder to write"
                + " cue-reliability.tsv into\n");
    assertThat(file).hasContent("keep");
  }

  /** Runs train, checks that it failed with status 2, and returns what it wrote to stderr. */
  private static String stderrOf(String... options) {
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      String[] args = new String[options.length + 1];
      args[0] = "train";
      System.arraycopy(options, 0, args, 1, options.length);
      assertThat(Main.commandLine().execute(args)).isEqualTo(2);
    } finally {
      System.setErr(stderr);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void refusesAnUnknownProfile() {
    int exitCode =
        Main.commandLine()
            .execute(
                "train",
                "--gold",
                GOLD,
                "--profile",
                "QUICK",
                "--output",
                dir.resolve("m.tsv").toString());

    assertThat(exitCode).isEqualTo(2);
    assertThat(dir.resolve("m.tsv")).doesNotExist();
  }
}
