package org.attribution.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.attribution.bench.SyntheticQuotes;
import org.attribution.cli.Main;
import org.attribution.index.IndexFields;
import org.attribution.index.OccurrenceReader;
import org.attribution.index.QuoteIndex;
import org.attribution.index.QuoteJson;
import org.attribution.testing.QuoteArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark index job on {@code local[2]} writes the lines the {@code index} command writes. */
class SparkQuoteIndexTest {

  private static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.session();
  }

  /** The lines the single-machine index writes for {@code extraction}. */
  static List<String> singleMachine(Path extraction) throws IOException {
    return QuoteIndex.of(
            OccurrenceReader.read(List.of(extraction), IndexFields.defaults(), p -> {})
                .occurrences())
        .stream()
        .map(QuoteJson::line)
        .toList();
  }

  /** The lines of a Spark text output folder, its part files in name order. */
  static List<String> partFiles(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part :
          files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part));
      }
    }
    return lines;
  }

  private int index(Path input, Path output) {
    StringWriter err = new StringWriter();
    return IndexJob.commandLine(new IndexJob(() -> spark))
        .setErr(new PrintWriter(err))
        .execute("--input", input.toString(), "--output", output.toString());
  }

  @Test
  void indexesTheConstructedArchiveAsTheCommandLineDoes() throws IOException {
    Path extraction = tmp.resolve("archive.out.jsonl");
    assertThat(Main.commandLine().execute(QuoteArchive.extractArguments(extraction))).isZero();

    assertThat(index(extraction, tmp.resolve("quotes"))).isZero();

    List<String> expected = singleMachine(extraction);
    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(partFiles(tmp.resolve("quotes"))).containsExactlyElementsOf(expected);
  }

  @Test
  void indexesASyntheticArchiveWithChainsOfFragmentsAsTheCommandLineDoes() throws IOException {
    Path extraction = tmp.resolve("synthetic.jsonl");
    try (Writer out = Files.newBufferedWriter(extraction, StandardCharsets.UTF_8)) {
      new SyntheticQuotes(3).write(4_000, out);
    }

    assertThat(index(extraction, tmp.resolve("quotes"))).isZero();

    List<String> expected = singleMachine(extraction);
    assertThat(expected).hasSizeLessThan(3_000);
    assertThat(partFiles(tmp.resolve("quotes"))).containsExactlyElementsOf(expected);
  }
}
