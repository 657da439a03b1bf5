package org.attribution.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The speaker index benchmark of {@code docs/speakers.md}, on a small synthetic archive. */
class SpeakerBenchmarkTest {

  @Test
  void indexesTheSpeakersOfTheSyntheticArchiveAndPrintsWhatItTook() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ArchiveBenchmark.run(
        "speaker-bench",
        1_000,
        14,
        new PrintStream(bytes, true, StandardCharsets.UTF_8),
        SpeakerBenchmark::index);

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith("Archive: 1,000 synthetic occurrences, "))
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "Speakers: [1-9][0-9,]*, of them [0-9,]+ ambiguous; the most quoted has"
                            + " [1-9][0-9,]* attributions"))
        .anySatisfy(l -> assertThat(l).startsWith("Time: read "))
        .anySatisfy(l -> assertThat(l).startsWith("Load average (1 min): "));
  }
}
