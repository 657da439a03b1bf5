package org.attribution.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.attribution.SpeakerKind;
import org.attribution.io.AttributionJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSinkTest {

  @TempDir Path dir;

  @Test
  void writesABlockPerDocumentWithSpeakerMentionTypeCueDocumentAndWrappedContent()
      throws IOException {
    String content =
        "the bridge would reopen in May once the engineers had checked every cable of its deck";
    Attribution said =
        Attribution.builder(AttributionType.INDIRECT, content, Span.of(20, 20 + content.length()))
            .cue("said", Span.of(10, 14), CueKind.SPEECH)
            .speaker("She", Span.of(0, 3))
            .speakerCanonical("Ana Ribeiro")
            .speakerKind(SpeakerKind.PERSON)
            .document("a council statement", Span.of(120, 139))
            .build();
    Path out = dir.resolve("out.txt");

    try (TextSink sink = new TextSink(OutputFile.open(out, false))) {
      sink.write(
          DocumentResult.success(
              "harbour",
              Map.of("title", AttributionJson.MAPPER.readTree("\"Delay\"")),
              List.of(said)));
      sink.write(
          DocumentResult.failure("broken", Map.of(), DocumentError.Kind.TIMEOUT, "took 30 s"));
    }

    assertThat(Files.readString(out))
        .isEqualTo(
            """
        harbour: 1 attribution
          title: Delay

           1. Ana Ribeiro (She), INDIRECT, cue "said"
              according to a council statement
              the bridge would reopen in May once the engineers had checked every cable
              of its deck

        broken: error (timeout)
          took 30 s

        """);
  }

  @Test
  void wrapsWithinTheWidthAndKeepsALongerWordWhole() {
    String long80 = "x".repeat(90);

    assertThat(TextSink.wrap("> ", "a " + long80 + " b", "  ").lines())
        .containsExactly("> a", "  " + long80, "  b")
        .filteredOn(line -> !line.contains(long80))
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(TextSink.WIDTH));
  }
}
