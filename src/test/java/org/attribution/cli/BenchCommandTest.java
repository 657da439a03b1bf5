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
import picocli.CommandLine;

/** The bench command with the fast profile only, which loads in well under a second. */
class BenchCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return runWithDefaultSamples(Path.of("samples"), args);
  }

  private int runWithDefaultSamples(Path defaultSamples, String... args) {
    BenchCommand bench =
        new BenchCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            defaultSamples);
    CommandLine cli =
        Main.commandLine(
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                return type == BenchCommand.class
                    ? type.cast(bench)
                    : CommandLine.defaultFactory().create(type);
              }
            });
    String[] all = new String[args.length + 1];
    all[0] = "bench";
    System.arraycopy(args, 0, all, 1, args.length);
    return cli.execute(all);
  }

  @Test
  void printsMachineLoadModelsAndThroughputOfEachCorpus() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "The mayor said that the bridge will reopen.");
    Path jsonl =
        Files.writeString(
            dir.resolve("more.jsonl"),
            "{\"id\": \"1\", \"text\": \"It rained, officials said.\"}\n");

    int status =
        run(
            "--samples",
            dir.toString(),
            "--input",
            jsonl.toString(),
            "--profiles",
            "FAST",
            "--no-corenlp",
            "--warmup",
            "1",
            "--warmup-seconds",
            "0",
            "--min-seconds",
            "0",
            "--repeats",
            "1");

    String table = out.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(table).contains("Machine: ").contains("Load average (1 min): ");
    assertThat(table).containsPattern("FAST +\\d+\\.\\d");
    assertThat(table)
        .contains("Throughput on " + dir.getFileName() + "/*.txt (1 documents, 43 characters)");
    assertThat(table).contains("Throughput on more.jsonl (1 documents, 26 characters)");
    assertThat(table).doesNotContain("CoreNLP");
  }

  @Test
  void exitsTwoForAnUnreadableCorpus() {
    int status = run("--samples", dir.resolve("missing").toString(), "--no-corenlp");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "bench: --samples "
                + dir.resolve("missing")
                + " is not a folder of .txt articles"
                + System.lineSeparator());
  }

  @Test
  void namesTheOptionThatHelpsWhenRunOutsideTheRepository() {
    int status = runWithDefaultSamples(dir.resolve("samples"), "--no-corenlp");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "bench: no samples folder here; run bench from the"
                + " repository, or give --samples DIR (a folder of .txt articles)"
                + System.lineSeparator());
  }
}
