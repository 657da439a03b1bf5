package org.attribution.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quote index benchmark of {@code docs/speed.md}, on a small synthetic archive. */
class IndexBenchmarkTest {

  @Test
  void indexesTheSyntheticArchiveAndPrintsWhatItTook() throws Exception {
    List<String> lines = run(1_000);

    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith("Archive: 1,000 synthetic occurrences, "));
    Matcher quotations =
        Pattern.compile("Quotations: ([0-9,]+), of them ([0-9,]+) repeated; .*")
            .matcher(lines.stream().filter(l -> l.startsWith("Quotations")).findFirst().orElse(""));
    assertThat(quotations.matches()).as("%s", lines).isTrue();
    int distinct = Integer.parseInt(quotations.group(1).replace(",", ""));
    // About half the synthetic occurrences repeat an earlier quotation.
    assertThat(distinct).isBetween(1, 999);
    assertThat(Integer.parseInt(quotations.group(2).replace(",", ""))).isPositive();
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith("Time: read "))
        .anySatisfy(l -> assertThat(l).startsWith("Heap: peak "));
  }

  @Test
  void theSameSeedGivesTheSameIndex() throws Exception {
    assertThat(summary(run(500))).isEqualTo(summary(run(500)));
  }

  private static String summary(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith("Quotations")).findFirst().orElseThrow();
  }

  private static List<String> run(int occurrences) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ArchiveBenchmark.run(
        "index-bench",
        occurrences,
        14,
        new PrintStream(bytes, true, StandardCharsets.UTF_8),
        IndexBenchmark::index);
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
