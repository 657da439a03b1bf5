package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.attribution.io.AttributionJson;
import org.attribution.report.ReportPageData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ReportCommandTest {

  @TempDir Path dir;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ReportCommandTest.class.getResource("/org/attribution/report/" + name).toURI());
  }

  private static JsonNode article(Path html) throws IOException {
    return ReportPageData.articles(Jsoup.parse(html.toFile())).get(0);
  }

  @Test
  void writesTheReportWithTheTextsGiven() throws Exception {
    Path html = dir.resolve("report.html");

    int exit =
        Main.commandLine()
            .execute(
                "report",
                "--input",
                resource("harbour-council.jsonl").toString(),
                "--texts",
                resource("harbour-council.txt").toString(),
                "--output",
                html.toString(),
                "--title",
                "Harbour");

    assertThat(exit).isZero();
    assertThat(Jsoup.parse(html.toFile()).title()).isEqualTo("Harbour");
    assertThat(article(html).get("id").asString()).isEqualTo("harbour-council");
    assertThat(article(html).get("hasText").asBoolean()).isTrue();
  }

  @Test
  void listsAttributionsAloneWhenNoTextIsGiven() throws Exception {
    Path html = dir.resolve("report.html");

    int exit =
        Main.commandLine()
            .execute(
                "report",
                "--input",
                resource("harbour-council.jsonl").toString(),
                "--output",
                html.toString());

    assertThat(exit).isZero();
    assertThat(article(html).get("hasText").asBoolean()).isFalse();
    assertThat(article(html).get("atts")).isNotEmpty();
  }

  @Test
  @SuppressWarnings("try") // the pipe is held open, not read, until the writer returns
  void readsItsInputOnceSoThatAPipeGivesTheQuotesViewToo() throws Exception {
    Path pipe = dir.resolve("out.jsonl");
    assumeThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
    byte[] output = Files.readAllBytes(resource("harbour-council.jsonl"));
    AtomicBoolean done = new AtomicBoolean();
    // Writes the output once, then ends every later read at once: a second read finds the pipe
    // empty.
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.write(pipe, output);
                while (!done.get()) {
                  Files.newOutputStream(pipe).close();
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    writer.start();
    Path fromPipe = dir.resolve("pipe.html");
    Path fromFile = dir.resolve("file.html");

    int exit = report("--input", pipe.toString(), "--output", fromPipe.toString());
    done.set(true);
    // Opened for reading and writing, a pipe does not wait for the other end: the writer's last
    // open returns.
    try (FileChannel reader =
        FileChannel.open(pipe, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      writer.join();
    }

    assertThat(exit).as("%s", err).isZero();
    assertThat(
            report(
                "--input",
                resource("harbour-council.jsonl").toString(),
                "--output",
                fromFile.toString()))
        .isZero();
    assertThat(Jsoup.parse(fromPipe.toFile()).select("#quotes li.iq").eachText())
        .isNotEmpty()
        .isEqualTo(Jsoup.parse(fromFile.toFile()).select("#quotes li.iq").eachText());
  }

  private final StringWriter err = new StringWriter();

  private int report(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "report";
    System.arraycopy(args, 0, all, 1, args.length);
    return Main.commandLine().setErr(new PrintWriter(err)).execute(all);
  }

  @Test
  void failsInOneLineWhenTheInputIsMissing() {
    Path absent = dir.resolve("absent.jsonl");

    int exit =
        report("--input", absent.toString(), "--output", dir.resolve("report.html").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "report: cannot read " + absent + ": it does not exist" + System.lineSeparator());
  }

  @Test
  void failsInOneLineWhenTheTextsAreMissing() throws Exception {
    Path absent = dir.resolve("absent-texts");

    int exit =
        report(
            "--input",
            resource("harbour-council.jsonl").toString(),
            "--texts",
            absent.toString(),
            "--output",
            dir.resolve("report.html").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("report: input " + absent + " does not exist" + System.lineSeparator());
  }

  @Test
  void refusesTheCsvThatExtractWritesInOneLine() throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("out.csv"),
            "id,type,content,cue,cueKind,speaker,speakerCanonical,speakerKind,document,contentSpan,cueSpan,speakerSpan,documentSpan,error\n"
                + "a,DIRECT,Hi,said,SPEECH,,,,,1-3,,,,\n");

    int exit = report("--input", csv.toString(), "--output", dir.resolve("report.html").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("report: " + csv + " is CSV; give the JSON Lines that extract writes");
    assertThat(dir.resolve("report.html")).doesNotExist();
  }

  @Test
  void readsAFolderOfJsonLinesAsASparkJobWritesIt() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("spark-out"));
    Files.copy(resource("harbour-council.jsonl"), folder.resolve("part-00000-a-c000.txt"));
    Files.writeString(
        folder.resolve("part-00001-a-c000.txt"), "{\"id\": \"second\", \"attributions\": []}\n");
    Files.writeString(folder.resolve("_SUCCESS"), "");
    Path html = dir.resolve("report.html");

    int exit = report("--input", folder.toString(), "--output", html.toString());

    assertThat(exit).isZero();
    assertThat(ReportPageData.articles(Jsoup.parse(html.toFile())))
        .extracting(a -> a.get("id").asString())
        .containsExactly("harbour-council", "second");
  }

  @Test
  void hintsWhyWhenNoIdOfTheOutputIsAmongTheTexts() throws Exception {
    Path texts =
        Files.writeString(
            dir.resolve("texts.jsonl"), "{\"url\": \"harbour-council\", \"text\": \"Hi.\"}\n");

    int exit =
        report(
            "--input",
            resource("harbour-council.jsonl").toString(),
            "--texts",
            texts.toString(),
            "--output",
            dir.resolve("report.html").toString());

    assertThat(exit).isZero();
    assertThat(err.toString())
        .contains("report: no id of " + resource("harbour-council.jsonl") + " is among the 1 texts")
        .contains(
            "output ids such as harbour-council; text ids such as " + texts.getFileName() + ":1")
        .contains("--id-field");
  }

  @Test
  void readsTheTextsWithTheIdFieldExtractWasGiven() throws Exception {
    String text = Files.readString(resource("harbour-council.txt"));
    Path texts =
        Files.writeString(
            dir.resolve("texts.jsonl"),
            AttributionJson.MAPPER.writeValueAsString(
                    AttributionJson.MAPPER
                        .createObjectNode()
                        .put("url", "harbour-council")
                        .put("body", text))
                + "\n");
    Path html = dir.resolve("report.html");

    int exit =
        report(
            "--input",
            resource("harbour-council.jsonl").toString(),
            "--texts",
            texts.toString(),
            "--id-field",
            "url",
            "--text-field",
            "body",
            "--output",
            html.toString());

    assertThat(exit).isZero();
    assertThat(article(html).get("hasText").asBoolean()).isTrue();
  }

  @Test
  void exitsOneWhenSomeLinesCannotBeReadAndShowsThemAsErrors() throws IOException {
    Path output =
        Files.writeString(
            dir.resolve("out.jsonl"),
            "{\"id\": \"a\", \"attributions\": []}\n{\"id\": \"b\", \"attr\n");
    Path html = dir.resolve("report.html");

    int exit = report("--input", output.toString(), "--output", html.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("1 lines of " + output + " could not be read");
    assertThat(ReportPageData.articles(Jsoup.parse(html.toFile()))).hasSize(2);
  }
}
