package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.attribution.testing.WarcFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule every command reads by: a pipe named as an input is read once, like standard input, in
 * every format; every gzip member is checked, and a corrupt one is an error record naming its byte
 * offset, never silence.
 */
class ReadingRuleTest {

  private static final String LINES =
      "{\"id\": \"a\", \"text\": \"\\\"Hi\\\" said he.\"}\n"
          + "{\"id\": \"b\", \"text\": \"\\\"Bye\\\" said she.\"}\n";

  private static final String PAGE =
      WarcFixture.newsPage("Title", "\"We will win,\" the minister said on Tuesday in the city.");

  @TempDir Path dir;

  private final CommandRunner cli = new CommandRunner();

  @ParameterizedTest
  @ValueSource(strings = {"jsonl", "jsonl.gz", "warc", "warc.gz", "txt"})
  void namedPipeInputIsReadOnceInEveryFormat(String format) throws Exception {
    assumeThat(Path.of("/usr/bin/mkfifo")).isExecutable();
    byte[] content = content(format);
    Path fifo = dir.resolve("input-pipe");
    assertThat(new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor()).isZero();
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try {
                Files.write(fifo, content);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    Path out = dir.resolve("out.jsonl");

    int status = cli.run("extract", "--input", fifo.toString(), "--output", out.toString());

    writer.get();
    assertThat(status).as(cli.stderr()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(format.startsWith("jsonl") ? 2 : 1);
  }

  @Test
  void gzippedWarcOnStandardInputIsReadAsWarc() throws IOException {
    Path out = dir.resolve("out.jsonl");

    int status =
        cli.stdin(new ByteArrayInputStream(content("warc.gz")))
            .run("extract", "--input", "-", "--output", out.toString());

    assertThat(status).as(cli.stderr()).isZero();
    assertThat(Files.readString(out)).contains("\"id\":\"https://example.org/a\"");
  }

  @Test
  void corruptLaterGzipMemberOfJsonLinesIsAnErrorRecordNamingItsOffset() throws IOException {
    byte[] first = WritingRuleTest.gzip(LINES);
    Path in = write("in.jsonl.gz", first, "garbage".getBytes(StandardCharsets.US_ASCII));
    Path out = dir.resolve("out.jsonl");

    assertThat(cli.run("extract", "--input", in.toString(), "--output", out.toString()))
        .isEqualTo(1);

    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).contains("the gzip member at byte " + first.length);
  }

  @Test
  void corruptLaterGzipMemberOfAWarcArchiveIsAnErrorRecordNamingItsOffset() throws IOException {
    byte[] first = content("warc.gz");
    byte[] second = WritingRuleTest.gzip("WARC/1.0\r\n");
    second[0] = 0x1e; // bad magic
    Path in = write("in.warc.gz", first, second);
    Path out = dir.resolve("out.jsonl");

    assertThat(cli.run("extract", "--input", in.toString(), "--output", out.toString()))
        .isEqualTo(1);

    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"id\":\"https://example.org/a\"").contains("attributions");
    assertThat(lines.get(1)).contains("the gzip member at byte " + first.length);
  }

  @Test
  void corruptLaterGzipMemberIsNamedByIndexAndReport() throws IOException {
    Path extracted = dir.resolve("out.jsonl");
    Path in = Files.writeString(dir.resolve("in.jsonl"), LINES);
    assertThat(cli.run("extract", "--input", in.toString(), "--output", extracted.toString()))
        .isZero();
    byte[] first = WritingRuleTest.gzip(Files.readString(extracted));
    Path broken = write("broken.jsonl.gz", first, Arrays.copyOf(WritingRuleTest.gzip("{}\n"), 6));

    assertThat(
            cli.run(
                "index",
                "--input",
                broken.toString(),
                "--output",
                dir.resolve("index.jsonl").toString(),
                "--quiet"))
        .isEqualTo(1);
    assertThat(cli.stderr()).contains("the gzip member at byte " + first.length);
    assertThat(
            cli.run(
                "report",
                "--input",
                broken.toString(),
                "--output",
                dir.resolve("r.html").toString()))
        .isEqualTo(1);
  }

  private byte[] content(String format) throws IOException {
    return switch (format) {
      case "jsonl" -> LINES.getBytes(StandardCharsets.UTF_8);
      case "jsonl.gz" -> WritingRuleTest.gzip(LINES);
      case "txt" -> "\"Hi\" said he.".getBytes(StandardCharsets.UTF_8);
      default -> {
        Path warc = dir.resolve("page." + format);
        try (WarcFixture f = WarcFixture.create(warc, format.endsWith(".gz"))) {
          f.html("https://example.org/a", PAGE);
        }
        yield Files.readAllBytes(warc);
      }
    };
  }

  private Path write(String name, byte[]... parts) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return Files.write(dir.resolve(name), all.toByteArray());
  }
}
