package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.attribution.testing.QuoteExtraction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kills a batch run in a child JVM midway, as {@code kill -9}, a power loss or Ctrl-C would, and
 * checks that the same command with {@code --resume} finishes the output with every document
 * exactly once. The second half of the documents holds the child's workers until it is killed (see
 * {@link SlowExtractMain}), so the kill lands midway however fast or busy the machine is.
 */
class KillAndResumeTest {

  private static final int DOCUMENTS = 300;

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"out.jsonl, true", "out.jsonl.gz, true", "out.jsonl, false"})
  void resumeCompletesAKilledRunWithNoDocumentLostOrDoubled(String outputName, boolean forcibly)
      throws Exception {
    Path in = dir.resolve("in.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < DOCUMENTS; i++) {
      lines
          .append("{\"id\": \"doc-")
          .append(i)
          .append("\", \"text\": \"\\\"Quote ")
          .append(i)
          .append("\\\" said X.")
          .append(" \\\"More\\\"".repeat(i % 4))
          .append(i < DOCUMENTS / 2 ? "" : " " + SlowExtractMain.HOLD)
          .append("\"}\n");
    }
    Files.writeString(in, lines);
    Path out = dir.resolve(outputName);
    Path expected = dir.resolve("expected-" + outputName);
    Process child =
        start(
            "extract",
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--threads",
            "2",
            "--doc-timeout",
            "0",
            "--quiet");
    while (readableLines(out).size() < 20 && child.isAlive()) {
      Thread.sleep(20);
    }
    if (forcibly) {
      child.destroyForcibly(); // kill -9: no chance to save anything
    } else {
      child.destroy(); // a termination signal, handled like Ctrl-C
    }
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("ended by the signal").isTrue();
    if (!forcibly) {
      assertThat(Files.readString(dir.resolve("child.log")))
          .contains("extract: interrupted; run the same command with --resume to finish");
    }
    int doneBeforeKill = readableLines(out).size();
    assertThat(doneBeforeKill).as("killed midway").isBetween(20, DOCUMENTS / 2);

    int status =
        run("extract", "--input", in.toString(), "--output", out.toString(), "--resume", "--quiet");
    run("extract", "--input", in.toString(), "--output", expected.toString(), "--quiet");

    assertThat(status).isZero();
    List<String> resumed = readableLines(out);
    assertThat(resumed).hasSize(DOCUMENTS).doesNotHaveDuplicates();
    assertThat(resumed).isEqualTo(readableLines(expected));
  }

  private Process start(String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SlowExtractMain.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
  }

  static int run(String... args) {
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    ExtractCommand extract =
        new ExtractCommand(QuoteExtraction::new, InputStream.nullInputStream(), err);
    return Main.commandLine(ExtractCommandTest.factory(extract)).execute(args);
  }

  /** The complete lines of a plain or gzipped output, read as far as it goes, even mid-write. */
  static List<String> readableLines(Path file) throws IOException {
    if (!Files.exists(file) || Files.size(file) < 20) {
      return List.of();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      in.transferTo(bytes);
    } catch (IOException e) {
      // A gzip stream still being written or cut by the kill: keep what came before.
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    return text.lines()
        .limit(text.endsWith("\n") ? Long.MAX_VALUE : text.lines().count() - 1)
        .toList();
  }
}
