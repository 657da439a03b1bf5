package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.Span;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

  @Test
  void drawsDocumentsOfTheTotalWithAttributionsAndErrors() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    Attribution a = Attribution.builder(AttributionType.DIRECT, "x", Span.of(0, 1)).build();

    progress.start(OptionalLong.of(5));
    progress.skipped();
    progress.written(DocumentResult.success("a", Map.of(), List.of(a, a)));
    progress.written(DocumentResult.success("b", Map.of(), List.of(a)));
    progress.written(DocumentResult.failure("c", Map.of(), DocumentError.Kind.TIMEOUT, "slow"));
    progress.close();

    String drawn = bytes.toString(StandardCharsets.UTF_8);
    String last = drawn.substring(drawn.lastIndexOf('\r') + 1).strip();
    assertThat(last).startsWith("Documents  75%").contains(" 3/4 ").endsWith("/s 3 attributions, 1 errors");
  }
}
