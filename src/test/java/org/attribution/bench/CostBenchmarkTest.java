package org.attribution.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.attribution.Profile;
import org.junit.jupiter.api.Test;

/** The recipe of {@code docs/limits.md}, at its smallest size: one row per length and kind. */
class CostBenchmarkTest {

  @Test
  void printsOneRowPerProfileKindAndLength() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CostBenchmark.run(
        CostBenchmark.SMALLEST,
        List.of(Profile.FAST),
        List.of(CostTexts.Kind.NEWS, CostTexts.Kind.FILE_SEPARATORS),
        new CostTexts(BenchCorpus.textFiles(Path.of("samples")).texts(), 16),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .filteredOn(line -> line.startsWith("FAST "))
        .hasSize(2)
        .anySatisfy(line -> assertThat(line).contains("file_separators", "12,500"));
  }
}
