package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The extract command in a child JVM whose output fails midway: a file that can grow no further, as
 * on a full disk, and standard output whose reader has gone. The command must say which output
 * failed, exit with status 2, and leave a file that {@code --resume} completes.
 */
class OutputFailureTest {

  private static final int DOCUMENTS = 200;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"out.jsonl", "out.jsonl.gz"})
  void resumeCompletesAnOutputThatRanOutOfSpaceWithNoDocumentLostOrDoubled(String outputName)
      throws Exception {
    assumeThat(Path.of("/bin/bash")).isExecutable();
    Path in = input();
    Path out = dir.resolve(outputName);
    Path expected = dir.resolve("expected-" + outputName);
    // A file size limit of 2 KiB makes writes past it fail as they do on a full disk.
    Process child =
        start(
            List.of("/bin/bash", "-c", "ulimit -f 2 && exec \"$0\" \"$@\""),
            "extract",
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--threads",
            "2",
            "--quiet");

    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("child.log")))
        .contains(
            "extract: cannot write to "
                + out
                + ": File too large; run the same command with --resume to finish");
    assertThat(KillAndResumeTest.readableLines(out))
        .as("stopped midway")
        .hasSizeBetween(1, DOCUMENTS - 1);

    int status =
        KillAndResumeTest.run(
            "extract", "--input", in.toString(), "--output", out.toString(), "--resume", "--quiet");
    KillAndResumeTest.run(
        "extract", "--input", in.toString(), "--output", expected.toString(), "--quiet");

    assertThat(status).isZero();
    List<String> resumed = KillAndResumeTest.readableLines(out);
    assertThat(resumed)
        .hasSize(DOCUMENTS)
        .doesNotHaveDuplicates()
        .isEqualTo(KillAndResumeTest.readableLines(expected));
  }

  @Test
  void exitsTwoNamingStandardOutputWhenItsReaderHasGone() throws Exception {
    Path in = input();
    ProcessBuilder builder =
        new ProcessBuilder(javaCommand(List.of(), "extract", "--input", in.toString(), "--quiet"))
            .redirectError(dir.resolve("child.log").toFile());
    Process child = builder.start();
    child.getInputStream().close(); // as `extract ... | head -0` does

    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("child.log")))
        .contains("extract: cannot write to standard output");
  }

  @Test
  void closedStandardOutputExitsTwoWithAMessageInsteadOfCrashing() throws Exception {
    assumeThat(Path.of("/bin/bash")).isExecutable();
    Path in = input();
    Process child =
        start(
            List.of("/bin/bash", "-c", "exec \"$0\" \"$@\" 1>&-"),
            "extract",
            "--input",
            in.toString(),
            "--quiet");

    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("child.log")))
        .startsWith("extract: standard output is closed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dev/stdout", "fifo"})
  void writesEveryRecordIntoAPipeOrFifoNamedAsTheOutput(String output) throws Exception {
    assumeThat(Path.of("/usr/bin/mkfifo")).isExecutable();
    Path in = input();
    Path fifo = dir.resolve("out.fifo");
    String target = output.equals("fifo") ? fifo.toString() : output;
    if (output.equals("fifo")) {
      assertThat(new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor()).isZero();
    }
    Process child =
        new ProcessBuilder(
                javaCommand(
                    List.of(), "extract", "--input", in.toString(), "--output", target, "--quiet"))
            .redirectError(dir.resolve("child.log").toFile())
            .start();
    List<String> lines =
        output.equals("fifo")
            ? Files.readAllLines(fifo)
            : new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();

    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
    assertThat(lines).hasSize(DOCUMENTS).doesNotHaveDuplicates();
  }

  @Test
  void extractFromStandardInputIntoTheSameFileIsRefusedAndTheFileKept() throws Exception {
    Path in = input();
    String before = Files.readString(in);
    Process child =
        new ProcessBuilder(
                javaCommand(
                    List.of(), "extract", "--input", "-", "--output", in.toString(), "--quiet"))
            .redirectInput(in.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();

    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).isEqualTo(2);
    assertThat(Files.readString(in)).isEqualTo(before);
    assertThat(Files.readString(dir.resolve("child.log")))
        .contains("is the input on standard input");
  }

  private Path input() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < DOCUMENTS; i++) {
      lines
          .append("{\"id\": \"doc-")
          .append(i)
          .append("\", \"text\": \"\\\"Quote ")
          .append(i)
          .append("\\\" said X. ")
          .append("More text. ".repeat(i % 7))
          .append("\"}\n");
    }
    return Files.writeString(dir.resolve("in.jsonl"), lines);
  }

  private Process start(List<String> prefix, String... args) throws IOException {
    return new ProcessBuilder(javaCommand(prefix, args))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
  }

  /** The command line with the fake extractor of {@link SlowExtractMain}, in a new JVM. */
  private static List<String> javaCommand(List<String> prefix, String... args) {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            SlowExtractMain.class.getName()));
    command.addAll(List.of(args));
    return command;
  }
}
