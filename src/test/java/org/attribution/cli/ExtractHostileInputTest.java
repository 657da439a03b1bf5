package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attribution.batch.OutputGuard;
import org.attribution.batch.OutputTarget;
import org.attribution.testing.QuoteExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code extract} command against paths and inputs that would lose data or hang a run. */
class ExtractHostileInputTest {

  private static final String INPUT = "{\"id\": \"a\", \"text\": \"\\\"Hi\\\" said he.\"}\n";

  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void outputNamingTheInputIsRefusedAndTheInputKept() throws IOException {
    Path in = Files.writeString(dir.resolve("x.jsonl"), INPUT);

    assertThat(run("--input", in.toString(), "--output", in.toString())).isEqualTo(2);

    assertThat(Files.readString(in)).isEqualTo(INPUT);
    assertThat(stderr()).startsWith("extract: --output " + in + " is the input").hasLineCount(1);
  }

  @Test
  void outputNamingTheInputThroughDotSlashOrASymlinkIsRefused() throws IOException {
    Path in = Files.writeString(dir.resolve("x.jsonl"), INPUT);
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), in);
    Path dotted = dir.resolve(".").resolve("x.jsonl");

    assertThat(run("--input", in.toString(), "--output", link.toString())).isEqualTo(2);
    assertThat(run("--input", dotted.toString(), "--output", in.toString())).isEqualTo(2);
    assertThat(run("--input", link.toString(), "--output", dotted.toString(), "--resume"))
        .isEqualTo(2);

    assertThat(Files.readString(in)).isEqualTo(INPUT);
  }

  @Test
  void outputInsideAnInputFolderThatWouldReadItIsRefused() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("texts"));
    Path out = Files.writeString(folder.resolve("out.txt"), "old");

    assertThat(run("--input", folder.toString(), "--output", out.toString(), "--format", "csv"))
        .isEqualTo(2);

    assertThat(Files.readString(out)).isEqualTo("old");
  }

  @Test
  @SuppressWarnings("try") // the first run's guard is held, not used, while the second starts
  void secondRunWritingTheSameOutputStopsWithOneLine() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), INPUT);
    Path out = dir.resolve("out.jsonl");

    int second;
    try (OutputGuard first = OutputGuard.claim(OutputTarget.of(out, List.of(in), f -> false))) {
      second = run("--input", in.toString(), "--output", out.toString());
    }

    assertThat(second).isEqualTo(2);
    assertThat(stderr()).startsWith("extract: another run is writing to " + out).hasLineCount(1);
    assertThat(out).isEmptyFile();
    assertThat(run("--input", in.toString(), "--output", out.toString())).isZero();
    assertThat(dir.resolve("out.jsonl.lock")).doesNotExist();
  }

  private int run(String... args) {
    err.reset();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    ExtractCommand extract =
        new ExtractCommand(QuoteExtraction::new, InputStream.nullInputStream(), errStream);
    CommandLine cli = Main.commandLine(ExtractCommandTest.factory(extract));
    cli.setErr(new PrintWriter(errStream, true));
    String[] all = new String[args.length + 1];
    all[0] = "extract";
    System.arraycopy(args, 0, all, 1, args.length);
    return cli.execute(all);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
