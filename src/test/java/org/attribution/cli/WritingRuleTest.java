package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.attribution.batch.OutputGuard;
import org.attribution.batch.OutputTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule every command writes by: never over an input (by name, link or hard link), never a file
 * it did not create, whole or not at all where the output is a regular file, and devices and pipes
 * as streams.
 */
class WritingRuleTest {

  /** Two documents of JSON Lines, the input of the command-line tests. */
  static final String INPUT =
      "{\"id\": \"a\", \"text\": \"\\\"Hi\\\" said he.\"}\n"
          + "{\"id\": \"b\", \"text\": \"\\\"Bye\\\" said she.\"}\n";

  @TempDir Path dir;

  private final CommandRunner cli = new CommandRunner();

  @Test
  void reportOutputThatIsItsInputIsRefused() throws IOException {
    Path out = extracted();
    String before = Files.readString(out);

    assertThat(cli.run("report", "--input", out.toString(), "--output", out.toString()))
        .isEqualTo(2);

    assertThat(Files.readString(out)).isEqualTo(before);
    assertThat(cli.stderr())
        .startsWith("report: --output " + out + " is the input")
        .hasLineCount(1);
  }

  @Test
  void reportOutputThatIsItsTextsThroughAHardLinkIsRefused() throws IOException {
    Path out = extracted();
    Path texts = dir.resolve("in.jsonl");
    Path link = Files.createLink(dir.resolve("hard.jsonl"), texts);

    int status =
        cli.run(
            "report",
            "--input",
            out.toString(),
            "--texts",
            texts.toString(),
            "--output",
            link.toString());

    assertThat(status).isEqualTo(2);
    assertThat(Files.readString(texts)).isEqualTo(INPUT);
  }

  @Test
  void indexOutputThatIsItsInputIsRefused() throws IOException {
    Path out = extracted();
    String before = Files.readString(out);

    assertThat(cli.run("index", "--input", out.toString(), "--output", out.toString()))
        .isEqualTo(2);

    assertThat(Files.readString(out)).isEqualTo(before);
  }

  @Test
  void extractFromStandardInputIntoTheFileStandardInputReadsIsRefusedBeforeTruncatingIt()
      throws IOException {
    Path in = Files.writeString(dir.resolve("F.jsonl"), INPUT);

    int status =
        cli.stdinFrom(in, Files.newInputStream(in))
            .run("extract", "--input", "-", "--output", in.toString());

    assertThat(status).isEqualTo(2);
    assertThat(Files.readString(in)).isEqualTo(INPUT);
    assertThat(cli.stderr()).contains("is the input").hasLineCount(1);
  }

  @Test
  @SuppressWarnings("try") // the guard is held for its lock only, while the second run tries
  void secondRunReachingTheSameOutputThroughAHardLinkIsRefused() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), INPUT);
    Path out = Files.createFile(dir.resolve("out.jsonl"));
    Path link = Files.createLink(dir.resolve("link.jsonl"), out);

    int second;
    try (OutputGuard first = OutputGuard.claim(OutputTarget.of(out, List.of(in), f -> false))) {
      second = cli.run("extract", "--input", in.toString(), "--output", link.toString());
    }

    assertThat(second).isEqualTo(2);
    assertThat(cli.stderr()).startsWith("extract: another run is writing to " + link);
    assertThat(out).isEmptyFile();
  }

  @Test
  void inputNamedLikeTheOldLockFileIsReadAndKept() throws IOException {
    Path in = Files.writeString(dir.resolve("out.jsonl.lock"), INPUT);
    Path out = dir.resolve("out.jsonl");

    assertThat(
            cli.run(
                "extract",
                "--input",
                in.toString(),
                "--input-format",
                "jsonl",
                "--output",
                out.toString()))
        .isZero();

    assertThat(Files.readString(in)).isEqualTo(INPUT);
    assertThat(Files.readAllLines(out)).hasSize(2);
  }

  @Test
  void resumeIntoAOneLineFileThatIsNotAnOutputLeavesItUncut() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), INPUT);
    Path notes = Files.writeString(dir.resolve("notes.jsonl"), "my notes, not an output");

    int status =
        cli.run("extract", "--input", in.toString(), "--output", notes.toString(), "--resume");

    assertThat(status).isEqualTo(2);
    assertThat(Files.readString(notes)).isEqualTo("my notes, not an output");
    assertThat(cli.stderr()).contains("cannot resume").hasLineCount(1);
  }

  @Test
  void gzipResumeRepairNeitherFollowsNorOverwritesAPlantedRepairLink() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), INPUT);
    Path out = dir.resolve("out.jsonl.gz");
    Files.write(out, gzip("{\"id\":\"a\",\"attributions\":[]}\n{\"id\":\"b\",\"attri"));
    Path victim = Files.writeString(dir.resolve("profile"), "keep me");
    Files.createSymbolicLink(dir.resolve("out.jsonl.gz.repair"), victim);

    assertThat(cli.run("extract", "--input", in.toString(), "--output", out.toString(), "--resume"))
        .isZero();

    assertThat(Files.readString(victim)).isEqualTo("keep me");
    assertThat(Files.isSymbolicLink(dir.resolve("out.jsonl.gz.repair"))).isTrue();
    assertThat(Files.isSymbolicLink(out)).isFalse();
    assertThat(gunzipLines(out)).hasSize(2);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void resumingAGzippedOutputGivenThroughASymlinkWritesToTheLinksTarget() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), INPUT);
    Path real = dir.resolve("real.jsonl.gz");
    Files.write(real, gzip("{\"id\":\"a\",\"attributions\":[]}\n"));
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl.gz"), real);

    assertThat(
            cli.run("extract", "--input", in.toString(), "--output", link.toString(), "--resume"))
        .isZero();

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(gunzipLines(real)).hasSize(2);
  }

  @Test
  void newOutputInsideAnInputFolderIsNotReadBackAsAnInput() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(folder.resolve("a.txt"), "\"Hi\" said he.");
    Path out = folder.resolve("z-out.txt");

    int status =
        cli.run(
            "extract",
            "--input",
            folder.toString(),
            "--output",
            out.toString(),
            "--format",
            "jsonl");

    assertThat(status).isZero();
    assertThat(Files.readAllLines(out)).singleElement().asString().contains("\"id\":\"a\"");
  }

  @Test
  void extractToDevNullFinishes() throws IOException {
    assumeThat(Path.of("/dev/null")).exists();
    Path in = Files.writeString(dir.resolve("in.jsonl"), INPUT);

    assertThat(cli.run("extract", "--input", in.toString(), "--output", "/dev/null")).isZero();
    assertThat(cli.stderr()).contains("Done: 2 documents");
  }

  @Test
  void reportOnAFullDeviceExitsTwoInOneLine() throws IOException {
    assumeThat(Path.of("/dev/full")).exists();
    Path out = extracted();

    assertThat(cli.run("report", "--input", out.toString(), "--output", "/dev/full")).isEqualTo(2);
    assertThat(cli.stderr())
        .isEqualTo(
            "report: cannot write /dev/full: No space left on device" + System.lineSeparator());
  }

  @Test
  void reportIntoAMissingFolderNamesTheFolder() throws IOException {
    Path out = extracted();
    Path report = dir.resolve("missing/r.html");

    assertThat(cli.run("report", "--input", out.toString(), "--output", report.toString()))
        .isEqualTo(2);
    assertThat(cli.stderr())
        .isEqualTo(
            "report: cannot write "
                + report
                + ": the folder "
                + dir.resolve("missing")
                + " does not exist"
                + System.lineSeparator());
  }

  @Test
  void trainRefusesAnOutputThatIsItsGoldBeforeTraining() throws IOException {
    Path gold =
        Files.writeString(dir.resolve("gold.jsonl"), "{\"id\":\"a\",\"attributions\":[]}\n");

    assertThat(cli.run("train", "--gold", gold.toString(), "--output", gold.toString()))
        .isEqualTo(2);
    assertThat(Files.readString(gold)).isEqualTo("{\"id\":\"a\",\"attributions\":[]}\n");
  }

  @Test
  void reportReplacesAnOldReportWholeAndLeavesNoOtherFile() throws IOException {
    Path out = extracted();
    Path report = Files.writeString(dir.resolve("r.html"), "old");

    assertThat(cli.run("report", "--input", out.toString(), "--output", report.toString()))
        .isZero();

    assertThat(Files.readString(report)).startsWith("<!doctype html>");
    assertThat(leftovers()).isEmpty();
  }

  /** An extraction output of {@link #INPUT}, written by the extract command. */
  private Path extracted() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), INPUT);
    Path out = dir.resolve("out.jsonl");
    assertThat(cli.run("extract", "--input", in.toString(), "--output", out.toString())).isZero();
    return out;
  }

  /** Hidden files a write left in the folder. */
  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
    }
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  static List<String> gunzipLines(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
