package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.attribution.Attribution;
import org.attribution.Document;
import org.attribution.io.AttributionJson;
import org.attribution.testing.QuoteExtraction;
import org.attribution.testing.WarcFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class ExtractCommandTest {

  private static final QuoteExtraction QUOTES = new QuoteExtraction();

  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicInteger extracted = new AtomicInteger();

  /** How often the command asked for the extraction, which loads the models. */
  private final AtomicInteger loaded = new AtomicInteger();

  private InputStream stdin = InputStream.nullInputStream();

  @Test
  void extractsAFolderOfTextFilesToJsonLinesAndSummarizes() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("articles/2024"));
    Files.writeString(folder.resolve("a.txt"), "\"We will win\" said the coach.");
    Files.writeString(folder.resolve("b.txt"), "No quotes here.");
    Path out = dir.resolve("out.jsonl");

    int status =
        run(
            "--input",
            dir.resolve("articles").toString(),
            "--output",
            out.toString(),
            "--threads",
            "2");

    assertThat(status).isZero();
    List<JsonNode> lines = jsonLines(Files.readString(out));
    assertThat(lines).extracting(l -> l.get("id").asString()).containsExactly("2024/a", "2024/b");
    assertThat(AttributionJson.attributions(lines.get(0)))
        .isEqualTo(QUOTES.apply(Document.of("2024/a", "\"We will win\" said the coach.")));
    assertThat(stderr()).contains("Done: 2 documents, 1 attributions, 0 errors");
  }

  @Test
  void readsGzippedNewsPleaseLinesKeepingFieldsAndWritesGzip() throws IOException {
    String lines =
        """
        {"url": "https://example.org/1", "title": "One", "maintext": "\\"Hello\\" said she."}
        {"url": "https://example.org/2", "title": "Two", "maintext": "Nothing said."}
        """;
    Path in = dir.resolve("news.jsonl.gz");
    Files.write(in, gzip(lines));
    Path out = dir.resolve("out.jsonl.gz");

    int status =
        run(
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--id-field",
            "url",
            "--text-field",
            "maintext",
            "--keep-fields",
            "title");

    assertThat(status).isZero();
    List<JsonNode> written = jsonLines(gunzip(out));
    assertThat(written)
        .extracting(l -> l.get("id").asString())
        .containsExactly("https://example.org/1", "https://example.org/2");
    assertThat(written).extracting(l -> l.get("title").asString()).containsExactly("One", "Two");
    assertThat(written.get(0).get("attributions")).hasSize(1);
  }

  @Test
  void extractsTheArticlesOfAWarcArchive() throws IOException {
    Path warc = dir.resolve("CC-NEWS-sample.warc.gz");
    try (WarcFixture f = WarcFixture.create(warc, true)) {
      f.html(
          "https://example.org/story",
          WarcFixture.newsPage(
              "Story", "\"The talks were useful\" said the envoy after the meeting in Geneva."));
      f.page("https://example.org/style.css", 200, "text/css", "p { color: red }");
    }
    Path out = dir.resolve("out.jsonl");

    int status = run("--input", warc.toString(), "--output", out.toString());

    assertThat(status).isZero();
    assertThat(jsonLines(Files.readString(out)))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.get("id").asString()).isEqualTo("https://example.org/story");
              assertThat(AttributionJson.attributions(line))
                  .extracting(Attribution::content)
                  .containsExactly("The talks were useful");
            });
  }

  @Test
  void readsStandardInput() throws IOException {
    stdin =
        new ByteArrayInputStream(
            "{\"id\": \"s\", \"text\": \"\\\"Hi\\\" said he.\"}\n"
                .getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out.jsonl");

    assertThat(run("--input", "-", "--output", out.toString())).isZero();

    assertThat(jsonLines(Files.readString(out)))
        .extracting(l -> l.get("id").asString())
        .containsExactly("s");
  }

  @Test
  void readsStandardInputAsOneTextWhenToldItIsText() throws IOException {
    stdin =
        new ByteArrayInputStream(
            "\"One\" said A.\n\n\"Two\" said B.\n".getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out.jsonl");

    assertThat(run("--input", "-", "--input-format", "txt", "--output", out.toString())).isZero();

    assertThat(jsonLines(Files.readString(out)))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.get("id").asString()).isEqualTo("stdin");
              assertThat(line.get("attributions")).hasSize(2);
            });
  }

  @Test
  void writesEveryDocumentWhenUnordered() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      lines.append("{\"id\": \"d").append(i).append("\", \"text\": \"x\"}\n");
    }
    Path in = Files.writeString(dir.resolve("in.jsonl"), lines);
    Path out = dir.resolve("out.jsonl");

    assertThat(
            run(
                "--input",
                in.toString(),
                "--output",
                out.toString(),
                "--unordered",
                "--threads",
                "3"))
        .isZero();

    assertThat(jsonLines(Files.readString(out)))
        .extracting(l -> l.get("id").asString())
        .containsExactlyInAnyOrderElementsOf(
            lines
                .toString()
                .lines()
                .map(l -> AttributionJson.MAPPER.readTree(l).get("id").asString())
                .toList());
  }

  @Test
  void givesAnUnreadableFileInAFolderAnErrorRecordNamingItAndGoesOn() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(folder.resolve("a.txt"), "\"Fine\" said A.");
    Files.createSymbolicLink(folder.resolve("b.txt"), dir.resolve("deleted.txt"));
    Files.writeString(folder.resolve("c.txt"), "\"Fine\" said C.");
    Path out = dir.resolve("out.jsonl");

    int status = run("--input", folder.toString(), "--output", out.toString());

    assertThat(status).isEqualTo(1);
    List<JsonNode> lines = jsonLines(Files.readString(out));
    assertThat(lines).extracting(l -> l.get("id").asString()).containsExactly("a", "b", "c");
    assertThat(lines.get(1).at("/error/message").asString())
        .startsWith("cannot read " + folder.resolve("b.txt"));
    assertThat(stderr()).contains("1 of 3 documents have error records");
  }

  @Test
  void writesCsvWhenAskedOrWhenTheOutputNameSaysSo() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.jsonl"), "{\"id\": \"d\", \"text\": \"\\\"A\\\" and \\\"B\\\"\"}\n");
    Path asked = dir.resolve("asked.txt");
    Path named = dir.resolve("named.csv");

    assertThat(run("--input", in.toString(), "--output", asked.toString(), "--format", "csv"))
        .isZero();
    assertThat(run("--input", in.toString(), "--output", named.toString())).isZero();

    assertThat(Files.readAllLines(asked))
        .hasSize(3)
        .first()
        .asString()
        .startsWith("id,type,content,cue,cueKind,speaker");
    assertThat(Files.readString(named)).isEqualTo(Files.readString(asked));
  }

  @Test
  void theCommandLineTakesFormatsInLowerCase() {
    CommandLine.ParseResult parsed =
        Main.commandLine()
            .parseArgs("extract", "--input", "x", "--format", "csv", "--input-format", "warc");

    ExtractCommand extract = (ExtractCommand) parsed.subcommand().commandSpec().userObject();
    assertThat(extract.out.format).isEqualTo(ExtractOutputOptions.OutputFormat.CSV);
    assertThat(extract.in.inputFormat).isEqualTo(org.attribution.io.InputFormat.WARC);
  }

  @Test
  void theCommandLineTakesAProfileAndDefaultsToTheDefaultProfile() {
    ExtractCommand fast =
        (ExtractCommand)
            Main.commandLine()
                .parseArgs("extract", "--input", "x", "--profile", "fast")
                .subcommand()
                .commandSpec()
                .userObject();
    ExtractCommand plain =
        (ExtractCommand)
            Main.commandLine()
                .parseArgs("extract", "--input", "x")
                .subcommand()
                .commandSpec()
                .userObject();

    assertThat(fast.profile).isEqualTo(org.attribution.Profile.FAST);
    assertThat(plain.profile).isEqualTo(org.attribution.Profile.DEFAULT);
  }

  @Test
  void exitsOneCountingDocumentsWithErrorRecordsAndKeepsGoing() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.jsonl"),
            String.join(
                    "\n",
                    "{\"id\": \"a\", \"text\": \"fine\"}",
                    "{\"id\": \"b\", \"text\": ",
                    "{\"id\": \"c\", \"text\": \"" + "long ".repeat(5) + "\"}",
                    "{\"id\": \"d\", \"text\": \"fine\"}")
                + "\n");
    Path out = dir.resolve("out.jsonl");

    int status = run("--input", in.toString(), "--output", out.toString(), "--max-chars", "20");

    assertThat(status).isEqualTo(1);
    List<JsonNode> lines = jsonLines(Files.readString(out));
    assertThat(lines)
        .extracting(l -> l.get("id").asString())
        .containsExactly("a", in.getFileName() + ":2", "c", "d");
    assertThat(lines.get(1).at("/error/kind").asString()).isEqualTo("read");
    assertThat(lines.get(1).at("/error/message").asString())
        .startsWith(in.getFileName() + ":2 is not valid JSON");
    assertThat(lines.get(2).at("/error/kind").asString()).isEqualTo("too-long");
    assertThat(stderr()).contains("2 of 4 documents have error records in " + out);
  }

  @Test
  void givesSlowDocumentsATimeoutRecord() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.jsonl"),
            "{\"id\": \"slow\", \"text\": \"SLOW\"}\n{\"id\": \"ok\", \"text\": \"x\"}\n");
    Path out = dir.resolve("out.jsonl");
    Function<Document, List<Attribution>> slow =
        d -> {
          if (d.text().equals("SLOW")) {
            try {
              Thread.sleep(5_000);
            } catch (InterruptedException e) {
              throw new IllegalStateException("interrupted", e);
            }
          }
          return QUOTES.apply(d);
        };

    int status =
        command(
            slow, "--input", in.toString(), "--output", out.toString(), "--doc-timeout", "200ms");

    assertThat(status).isEqualTo(1);
    assertThat(jsonLines(Files.readString(out)).get(0).at("/error/kind").asString())
        .isEqualTo("timeout");
  }

  @Test
  void exitsTwoNamingAMissingInputBeforeLoadingTheExtractor() {
    Path missing = dir.resolve("missing.jsonl");

    int status =
        run("--input", missing.toString(), "--output", dir.resolve("out.jsonl").toString());

    assertThat(status).isEqualTo(2);
    assertThat(stderr()).contains("input " + missing + " does not exist");
    assertThat(dir.resolve("out.jsonl")).doesNotExist();
  }

  @Test
  void exitsTwoForAnInputOfUnknownFormatOrABadOption() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), "<p>");

    assertThat(run("--input", page.toString())).isEqualTo(2);
    assertThat(stderr()).contains("--input-format");
    assertThat(run("--input", page.toString(), "--threads", "0")).isEqualTo(2);
    assertThat(run("--input", page.toString(), "--doc-timeout", "soon")).isEqualTo(2);
    assertThat(run("--input", page.toString(), "--text-field", " ")).isEqualTo(2);
    assertThat(stderr()).contains("text field must be named");
  }

  @Test
  void exitsTwoForAMaxCharsBeyondTheLongestTextTheExtractorTakes() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n");

    int status = run("--input", in.toString(), "--max-chars", "1000001");

    assertThat(status).isEqualTo(2);
    assertThat(stderr())
        .contains("max chars must be from 1 to the extractor's limit of 1000000, not 1000001");
    assertThat(extracted).hasValue(0);
  }

  @Test
  void exitsTwoWithAClearMessageWhenTheOutputDeviceIsFull() throws IOException {
    Path full = Path.of("/dev/full");
    assumeThat(Files.isWritable(full)).isTrue();
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n");

    int status = run("--input", in.toString(), "--output", full.toString(), "--quiet");

    assertThat(status).isEqualTo(2);
    // Nothing could be written, so --resume would only fail the same way.
    assertThat(stderr()).contains("cannot write to /dev/full").doesNotContain("--resume");
  }

  @Test
  void refusesAnOutputInAMissingFolderBeforeLoadingTheExtractor() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n");
    Path out = dir.resolve("no-such-folder/out.jsonl");

    int status = run("--input", in.toString(), "--output", out.toString());

    assertThat(status).isEqualTo(2);
    assertThat(loaded).hasValue(0);
    assertThat(stderr().strip())
        .isEqualTo(
            "extract: cannot write "
                + out
                + ": the folder "
                + dir.resolve("no-such-folder")
                + " does not exist");
  }

  @Test
  void refusesAFolderAsOutputBeforeLoadingTheExtractor() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n");

    int status = run("--input", in.toString(), "--output", dir.toString());

    assertThat(status).isEqualTo(2);
    assertThat(loaded).hasValue(0);
    assertThat(stderr()).contains("--output " + dir + " is a folder").doesNotContain("--resume");
  }

  @Test
  void readsPlainTextOnStandardInputWithoutBeingTold() throws IOException {
    stdin =
        new ByteArrayInputStream(
            "\"One\" said A.\n\n\"Two\" said B.\n".getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out.jsonl");

    assertThat(run("--input", "-", "--output", out.toString())).isZero();

    assertThat(jsonLines(Files.readString(out)))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.get("id").asString()).isEqualTo("stdin");
              assertThat(line.get("attributions")).hasSize(2);
            });
  }

  @Test
  void namesInputFormatTxtWhenStandardInputIsNotTheJsonItLooksLike() throws IOException {
    stdin =
        new ByteArrayInputStream(
            "{Editor's note} \"One\" said A.\n".getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out.jsonl");

    assertThat(run("--input", "-", "--output", out.toString())).isEqualTo(1);

    assertThat(jsonLines(Files.readString(out)).get(0).at("/error/message").asString())
        .startsWith("stdin:1 is not valid JSON")
        .endsWith("needs --input-format txt)");
  }

  @Test
  void namesTheClosestOptionToAMistypedOneInOneLine() {
    int status = run("--inptu", "news.jsonl");

    assertThat(status).isEqualTo(2);
    assertThat(stderr())
        .isEqualTo(
            "extract: unknown option --inptu (did you mean --input or --input-format?);"
                + " see attribution-extractor extract --help"
                + System.lineSeparator());
  }

  @Test
  void takesAMistypedOptionAfterTheInputsForAnOptionNotAFile() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n");

    int status = run("--input", in.toString(), "--profle", "FAST");

    assertThat(status).isEqualTo(2);
    assertThat(stderr()).startsWith("extract: unknown option --profle (did you mean --profile?)");
    assertThat(loaded).hasValue(0);
  }

  @Test
  void stillReadsSeveralInputsAfterOneInputOption() throws IOException {
    Path a = Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n");
    Path b = Files.writeString(dir.resolve("b.jsonl"), "{\"id\": \"b\", \"text\": \"x\"}\n");
    Path out = dir.resolve("out.jsonl");

    assertThat(
            run(
                "--input",
                a.toString(),
                b.toString(),
                "--output",
                out.toString(),
                "--profile",
                "FAST"))
        .isZero();

    assertThat(jsonLines(Files.readString(out)))
        .extracting(l -> l.get("id").asString())
        .containsExactly("a", "b");
  }

  @Test
  void writesABlockOfTextPerDocumentWithFormatText() throws IOException {
    stdin =
        new ByteArrayInputStream(
            "{\"id\": \"s\", \"text\": \"\\\"Hi\\\" said he.\"}\n"
                .getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out.txt");

    assertThat(run("--input", "-", "--output", out.toString(), "--format", "text")).isZero();

    assertThat(Files.readString(out))
        .isEqualTo("s: 1 attribution\n\n   1. no speaker, DIRECT, cue \"said\"\n      Hi\n\n");
  }

  @Test
  void keepsTheTextExtractedFromAWarcPageWithKeepText() throws IOException {
    Path warc = dir.resolve("CC-NEWS-sample.warc.gz");
    try (WarcFixture f = WarcFixture.create(warc, true)) {
      f.html(
          "https://example.org/story",
          WarcFixture.newsPage(
              "Story", "\"The talks were useful\" said the envoy after the meeting in Geneva."));
    }
    Path out = dir.resolve("out.jsonl");
    Path csv = dir.resolve("out.csv");

    assertThat(run("--input", warc.toString(), "--output", out.toString(), "--keep-text")).isZero();
    assertThat(run("--input", warc.toString(), "--output", csv.toString(), "--keep-text")).isZero();

    JsonNode line = jsonLines(Files.readString(out)).get(0);
    String text = line.get("text").asString();
    Attribution found = AttributionJson.attributions(line).get(0);
    assertThat(found.contentSpan().in(text)).isEqualTo("The talks were useful");
    assertThat(Files.readAllLines(csv).get(0)).endsWith(",error,text");
  }

  @Test
  void resumeFinishesAnOutputCutShortMidLineWithoutRedoingCompleteDocuments() throws IOException {
    Path in = dir.resolve("in.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      lines
          .append("{\"id\": \"doc-")
          .append(i)
          .append("\", \"text\": \"\\\"Quote ")
          .append(i)
          .append("\\\" said X.\"}\n");
    }
    Files.writeString(in, lines);
    Path out = dir.resolve("out.jsonl");
    assertThat(run("--input", in.toString(), "--output", out.toString())).isZero();
    String complete = Files.readString(out);
    // As a write cut off by a full disk leaves it: eleven whole lines and part of the twelfth.
    int cut = complete.lines().limit(11).mapToInt(l -> l.length() + 1).sum() + 25;
    Files.writeString(out, complete.substring(0, cut));
    extracted.set(0);

    int status = run("--input", in.toString(), "--output", out.toString(), "--resume");

    assertThat(status).isZero();
    assertThat(Files.readString(out)).isEqualTo(complete);
    assertThat(extracted).hasValue(19);
    assertThat(stderr()).contains("19 documents (11 already done)");
  }

  @Test
  void refusesToResumeStandardOutputOrCsv() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n");

    assertThat(run("--input", in.toString(), "--resume")).isEqualTo(2);
    assertThat(
            run("--input", in.toString(), "--resume", "--output", dir.resolve("o.csv").toString()))
        .isEqualTo(2);
    assertThat(stderr()).contains("--resume needs --output").contains("JSON Lines output only");
  }

  @Test
  void printsNothingWhenQuietAndAllGoesWell() throws IOException {
    Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n");

    assertThat(
            run("--input", in.toString(), "--output", dir.resolve("o.jsonl").toString(), "--quiet"))
        .isZero();

    assertThat(stderr()).isEmpty();
  }

  private int run(String... args) {
    Function<Document, List<Attribution>> counting =
        d -> {
          extracted.incrementAndGet();
          return QUOTES.apply(d);
        };
    return command(counting, args);
  }

  /** Runs {@code extract args} through the program's command line, with a fake extraction. */
  private int command(Function<Document, List<Attribution>> extraction, String... args) {
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    Supplier<Function<Document, List<Attribution>>> loading =
        () -> {
          loaded.incrementAndGet();
          return extraction;
        };
    CommandLine cli = Main.commandLine(factory(new ExtractCommand(loading, stdin, errStream)));
    cli.setErr(new PrintWriter(errStream, true));
    String[] all = new String[args.length + 1];
    all[0] = "extract";
    System.arraycopy(args, 0, all, 1, args.length);
    return cli.execute(all);
  }

  /** Makes the command line use {@code extract} for its extract subcommand. */
  static CommandLine.IFactory factory(ExtractCommand extract) {
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == ExtractCommand.class
            ? type.cast(extract)
            : CommandLine.defaultFactory().create(type);
      }
    };
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static List<JsonNode> jsonLines(String text) {
    List<JsonNode> nodes = new ArrayList<>();
    text.lines().forEach(l -> nodes.add(AttributionJson.MAPPER.readTree(l)));
    return nodes;
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
