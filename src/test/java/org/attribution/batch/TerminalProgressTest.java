package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

  private static final Attribution A =
      Attribution.builder(AttributionType.DIRECT, "x", Span.of(0, 1)).build();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  @Test
  void drawsABarDocumentsOfTheTotalErrorsAndAttributions() {
    TerminalProgress progress = progress(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    progress.start(OptionalLong.of(5));
    progress.skipped();
    progress.written(DocumentResult.success("a", Map.of(), List.of(A, A)));
    progress.written(DocumentResult.success("b", Map.of(), List.of(A)));
    progress.written(DocumentResult.failure("c", Map.of(), DocumentError.Kind.TIMEOUT, "slow"));
    progress.close();

    assertThat(lastLine()).matches("\\[#+\\.+\\]  3/4 docs  1 error  3 attributions");
  }

  @Test
  void showsNoRateBeforeASecondHasPassed() {
    TerminalProgress progress = progress(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    progress.start(OptionalLong.empty());
    progress.written(DocumentResult.success("a", Map.of(), List.of(A)));
    progress.close();

    assertThat(lastLine()).isEqualTo("1 docs  0 errors  1 attributions").doesNotContain("/s");
  }

  @Test
  void keepsTheErrorCountWholeOnAnEightyColumnTerminalAtAnyCount() {
    // Ten seconds after the start: the rate and the ETA show too.
    TerminalProgress progress = progress(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(10)));
    List<Attribution> many = Collections.nCopies(5_000, A);

    progress.start(OptionalLong.of(9_999_999));
    for (int i = 0; i < 300; i++) {
      progress.written(
          i % 3 == 0
              ? DocumentResult.failure("e" + i, Map.of(), DocumentError.Kind.READ, "bad")
              : DocumentResult.success("d" + i, Map.of(), many));
    }
    progress.close();

    assertThat(lastLine())
        .hasSizeLessThanOrEqualTo(79)
        .contains("300/9,999,999 docs  100 errors  1,000,000 attributions  ")
        .containsPattern("\\d+\\.\\d/s  ETA \\d+:\\d\\d:\\d\\d$");
  }

  private TerminalProgress progress(Clock clock) {
    return new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock);
  }

  private String lastLine() {
    String drawn = bytes.toString(StandardCharsets.UTF_8);
    return drawn.substring(drawn.lastIndexOf('\r') + 1).strip();
  }
}
