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

/** {@code extract --models DIR} runs the user's trained models and says which it loaded. */
class ExtractModelsOptionTest {

  private static final String SAMPLE = "samples/putin-xi-2024-05-16.txt";

  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void saysWhichModelsItLoadedAndFromWhere() throws IOException {
    Path models = Files.createDirectory(dir.resolve("my-models"));
    Files.copy(
        Path.of("models/cue-reliability-fast.tsv"), models.resolve("cue-reliability-fast.tsv"));

    int status = extract("--profile", "FAST", "--models", models.toString());

    assertThat(status).isZero();
    assertThat(stderr())
        .containsOnlyOnce(
            "extract: loaded FAST models: cue-reliability-fast.tsv from "
                + models.toAbsolutePath()
                + "\n");
  }

  @Test
  void saysSoWhenTheModelsAreTheBundledOnesUnlessQuiet() {
    assertThat(extract("--profile", "FAST")).isZero();
    assertThat(stderr())
        .containsOnlyOnce(
            "extract: loaded FAST models: cue-reliability-fast.tsv (bundled in the jar)\n");

    err.reset();
    assertThat(extract("--profile", "FAST", "--quiet")).isZero();
    assertThat(stderr()).doesNotContain("extract: loaded");
  }

  @Test
  void namesTheModelTheFolderLacksInOneLineBeforeLoadingAnything() {
    int status = extract("--profile", "ACCURATE", "--models", dir.toString());

    assertThat(status).isEqualTo(2);
    assertThat(stderr())
        .isEqualTo(
            "extract: "
                + dir.resolve("cue-reliability.tsv")
                + " not found: the ACCURATE profile reads cue-reliability.tsv from a models folder\n");
    assertThat(dir.resolve("out.jsonl")).doesNotExist();
  }

  @Test
  void namesAModelThatIsNotOneInOneLine() throws IOException {
    Files.writeString(dir.resolve("cue-reliability-fast.tsv"), "said\n");

    int status = extract("--profile", "FAST", "--models", dir.toString());

    assertThat(status).isEqualTo(2);
    assertThat(stderr())
        .startsWith(
            "extract: "
                + dir.toAbsolutePath().resolve("cue-reliability-fast.tsv")
                + " is not a cue model: ")
        .hasLineCount(1);
  }

  private int extract(String... options) {
    String[] args = new String[options.length + 5];
    args[0] = "extract";
    args[1] = "--input";
    args[2] = SAMPLE;
    args[3] = "--output";
    args[4] = dir.resolve("out.jsonl").toString();
    System.arraycopy(options, 0, args, 5, options.length);
    PrintStream stderr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return Main.commandLine().execute(args);
    } finally {
      System.setErr(stderr);
    }
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
