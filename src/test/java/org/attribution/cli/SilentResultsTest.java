package org.attribution.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.attribution.Attribution;
import org.attribution.testing.QuoteExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results that were wrong without a word: now right, or said. */
class SilentResultsTest {

  private static final String GOLD =
      "{\"id\":\"d1\",\"text\":\"\\\"Hi\\\" said he. And more text here.\",\"attributions\":"
          + "[{\"type\":\"DIRECT\",\"contentSpan\":[1,3]}]}\n";

  @TempDir Path dir;

  private final CommandRunner cli = new CommandRunner();

  @Test
  void idLessLinesKeepTheirIdsWhateverThePathSpellingSoResumeRedoesNothing() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.jsonl"), "{\"text\": \"\\\"A\\\" said X.\"}\n{\"text\": \"B.\"}\n");
    Path relative = Path.of("").toAbsolutePath().relativize(in);
    Path out = dir.resolve("out.jsonl");
    assertThat(cli.run("extract", "--input", in.toString(), "--output", out.toString())).isZero();

    int status =
        cli.run("extract", "--input", relative.toString(), "--output", out.toString(), "--resume");

    assertThat(status).isZero();
    assertThat(Files.readAllLines(out)).hasSize(2);
  }

  @Test
  void unorderedRunWithADuplicateIdResumesWithNoRecordDoubledOrLost() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.jsonl"),
            "{\"id\": \"a\", \"text\": \"\\\"first\\\" said A.\"}\n"
                + "{\"id\": \"b\", \"text\": \"\\\"other\\\" said B.\"}\n"
                + "{\"id\": \"a\", \"text\": \"\\\"second\\\" said A.\"}\n"
                + "{\"id\": \"c\", \"text\": \"\\\"last\\\" said C.\"}\n");
    Path out = dir.resolve("out.jsonl");
    // The first "a" finishes last, as a longer article would: the other worker has finished the
    // second "a" before it takes "c", and "c" before the first "a" goes on.
    CountDownLatch lastDone = new CountDownLatch(1);
    QuoteExtraction quotes = new QuoteExtraction();
    cli.extraction(
        d -> {
          if (d.text().contains("first")) {
            awaitQuietly(lastDone);
          }
          List<Attribution> found = quotes.apply(d);
          if (d.text().contains("last")) {
            lastDone.countDown();
          }
          return found;
        });
    String[] args = {"extract", "--input", in.toString(), "--output", out.toString()};
    assertThat(cli.run(concat(args, "--unordered", "--threads", "2"))).isZero();
    // Interrupted once the first record of "a" was written: the output keeps the lines up to it.
    List<String> written = Files.readAllLines(out);
    int firstA = indexOfId(written, "a");
    Files.write(out, written.subList(0, firstA + 1));

    int status = cli.extraction(quotes).run(concat(args, "--unordered", "--resume"));

    assertThat(status).isZero();
    assertThat(Files.readAllLines(out))
        .map(line -> line.replaceAll(".*\"content\":\"([^\"]*)\".*", "$1"))
        .containsExactlyInAnyOrder("first", "other", "second", "last");
  }

  @Test
  void numberIdsKeepTheirTextAsWritten() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("in.jsonl"),
            "{\"id\": 1e400, \"text\": \"A.\"}\n{\"id\": 2e400, \"text\": \"B.\"}\n"
                + "{\"id\": 1.0, \"text\": \"C.\"}\n");
    Path out = dir.resolve("out.jsonl");

    assertThat(cli.run("extract", "--input", in.toString(), "--output", out.toString())).isZero();

    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).startsWith("{\"id\":\"1e400\"");
    assertThat(lines.get(1)).startsWith("{\"id\":\"2e400\"");
    assertThat(lines.get(2)).startsWith("{\"id\":\"1.0\"");
  }

  @Test
  void evaluateRefusesAReversedSpan() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD.replace("[1,3]", "[30,9]"));

    assertThat(cli.run("evaluate", "--gold", gold.toString(), "--predicted", gold.toString()))
        .isEqualTo(2);
    assertThat(cli.stderr()).contains("span [30,9] ends before it begins");
  }

  @Test
  void evaluateWarnsOfADuplicateGoldIdAndADuplicatePredictedId() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD + GOLD);

    assertThat(cli.run("evaluate", "--gold", gold.toString(), "--predicted", gold.toString()))
        .isZero();
    assertThat(cli.stderr())
        .contains("evaluate: gold " + gold + ":2: document d1 appears again")
        .contains("evaluate: predicted " + gold + ":2: document d1 appears again");
  }

  @Test
  void evaluateWarnsOfPredictionsThatAreErrorRecordsOrLackAttributions() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD + GOLD.replace("d1", "d2"));
    Path predicted =
        Files.writeString(
            dir.resolve("predicted.jsonl"),
            "{\"id\":\"d1\",\"error\":{\"kind\":\"timeout\",\"message\":\"slow\"}}\n{\"id\":\"d2\"}\n");

    assertThat(cli.run("evaluate", "--gold", gold.toString(), "--predicted", predicted.toString()))
        .isZero();
    assertThat(cli.stderr())
        .contains("document d1 is an error record; it is scored as predicting nothing")
        .contains("document d2 has no attributions; it is scored as predicting nothing");
  }

  @Test
  void evaluateExitsOneWhenNoDocumentIdMatchesTheGold() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD);
    Path predicted = Files.writeString(dir.resolve("predicted.jsonl"), GOLD.replace("d1", "other"));

    assertThat(cli.run("evaluate", "--gold", gold.toString(), "--predicted", predicted.toString()))
        .isEqualTo(1);
    assertThat(cli.stderr()).contains("no predicted document id matches the gold");
  }

  private static String[] concat(String[] args, String... more) {
    return Stream.concat(Arrays.stream(args), Arrays.stream(more)).toArray(String[]::new);
  }

  private static int indexOfId(List<String> lines, String id) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("{\"id\":\"" + id + "\"")) {
        return i;
      }
    }
    throw new AssertionError("no record of " + id + " in " + lines);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
