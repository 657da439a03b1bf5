package org.attribution.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.attribution.Profile;
import org.junit.jupiter.api.Test;

/** The service benchmark of {@code docs/service.md}, for one second per measurement. */
class ServiceBenchmarkTest {

  private static final String SAID = "\"We will open the bridge in May,\" the mayor said.";
  private static final String TOLD = "The minister told reporters that the plan would cost more.";

  @Test
  void printsTheBatchRateThenOneRowPerClientCountOfTheServiceItStarted() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ServiceBenchmark.run(
        List.of(Profile.FAST),
        new BenchCorpus("two", List.of(SAID, TOLD)),
        Duration.ofSeconds(1),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Corpus: two, 2 texts"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("FAST (load average"));
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line).matches(" {2}extract \\(batch runner\\): [0-9.]+ documents/s"));
    // A row per client count: clients, then requests per second, the share of extract's rate,
    // four latencies and the peak heap, each the service's answer to real requests.
    assertThat(lines)
        .filteredOn(line -> line.matches(" +[0-9]+ +[0-9.]+ +[0-9]+% +[0-9 ]+"))
        .extracting(line -> line.strip().split(" +")[0])
        .containsExactly("1", "2", "8");
  }
}
