package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.junit.jupiter.api.Test;

class LogProgressTest {

  private static final long SECOND = 1_000_000_000L;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private long now;

  @Test
  void printsALineEachIntervalWithCountsRateAndEta() {
    LogProgress progress = new LogProgress(log, Duration.ofSeconds(10), () -> now);
    progress.start(OptionalLong.of(102));
    progress.skipped();
    progress.skipped();

    for (int i = 0; i < 25; i++) {
      now += SECOND;
      progress.written(i == 3 ? failed() : withAttributions(2));
    }

    assertThat(lines())
        .containsExactly(
            "10 of 100 documents, 18 attributions, 1 errors, 1.0 docs/s, ETA 0:01:30",
            "20 of 100 documents, 38 attributions, 1 errors, 1.0 docs/s, ETA 0:01:20");
  }

  @Test
  void leavesOutTheEtaWhenTheTotalIsUnknown() {
    LogProgress progress = new LogProgress(log, Duration.ofSeconds(1), () -> now);
    progress.start(OptionalLong.empty());

    now += 2 * SECOND;
    progress.written(withAttributions(0));

    assertThat(lines()).containsExactly("1 documents, 0 attributions, 0 errors, 0.5 docs/s");
  }

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static DocumentResult withAttributions(int n) {
    Attribution a = Attribution.builder(AttributionType.DIRECT, "x", Span.of(0, 1)).build();
    return DocumentResult.success("d", Map.of(), java.util.Collections.nCopies(n, a));
  }

  private static DocumentResult failed() {
    return DocumentResult.failure("d", Map.of(), DocumentError.Kind.TIMEOUT, "slow");
  }
}
