package org.attribution.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.attribution.bench.SyntheticQuotes;
import org.attribution.cli.Main;
import org.attribution.index.IndexFields;
import org.attribution.index.OccurrenceReader;
import org.attribution.speakers.SpeakerIndex;
import org.attribution.speakers.SpeakerJson;
import org.attribution.testing.SpeakerArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark speaker job on {@code local[2]} writes the lines the {@code speakers} command writes.
 */
class SparkSpeakerIndexTest {

  private static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.session();
  }

  /** The lines the single-machine speaker index writes for {@code extraction}. */
  static List<String> singleMachine(Path extraction, boolean guessGender) throws IOException {
    return SpeakerIndex.of(
            OccurrenceReader.read(List.of(extraction), IndexFields.defaults(), p -> {})
                .occurrences(),
            guessGender)
        .speakers()
        .stream()
        .map(SpeakerJson::line)
        .toList();
  }

  private int index(Path input, Path output, String... more) {
    StringWriter err = new StringWriter();
    String[] args =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(
                    "--input", input.toString(), "--output", output.toString()),
                java.util.stream.Stream.of(more))
            .toArray(String[]::new);
    return SpeakerJob.commandLine(new SpeakerJob(() -> spark))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  @Test
  void indexesTheConstructedArchiveAsTheCommandLineDoes() throws IOException {
    Path extraction = tmp.resolve("archive.out.jsonl");
    assertThat(Main.commandLine().execute(SpeakerArchive.extractArguments(extraction))).isZero();

    assertThat(index(extraction, tmp.resolve("speakers"), "--gender-from-names")).isZero();

    List<String> expected = singleMachine(extraction, true);
    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(SparkQuoteIndexTest.partFiles(tmp.resolve("speakers")))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void indexesASyntheticArchiveAsTheCommandLineDoes() throws IOException {
    Path extraction = tmp.resolve("synthetic.jsonl");
    try (Writer out = Files.newBufferedWriter(extraction, StandardCharsets.UTF_8)) {
      new SyntheticQuotes(5).write(3_000, out);
    }

    assertThat(index(extraction, tmp.resolve("speakers"))).isZero();

    List<String> expected = singleMachine(extraction, false);
    assertThat(expected).hasSizeGreaterThan(1_000);
    assertThat(SparkQuoteIndexTest.partFiles(tmp.resolve("speakers")))
        .containsExactlyElementsOf(expected);
  }
}
