package org.attribution.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attribution.Attribution;
import org.attribution.AttributionType;
import org.attribution.CueKind;
import org.attribution.Span;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class AttributionJsonTest {

  // "This is a betrayal," said Maria Lopez. "We will take this to court."
  private static final Attribution INTERRUPTED =
      Attribution.builder(AttributionType.DIRECT, "x", Span.of(0, 1))
          .contentParts(
              "This is a betrayal, We will take this to court.",
              List.of(Span.of(1, 20), Span.of(41, 69)))
          .cue("said", Span.of(22, 26), CueKind.SPEECH)
          .speaker("Maria Lopez", Span.of(27, 38))
          .build();

  @Test
  void writesPartsOfAnInterruptedQuoteBesideTheirHull() {
    ObjectNode json = AttributionJson.toJson(INTERRUPTED);

    assertThat(json.get("contentSpan").toString()).isEqualTo("[1,69]");
    assertThat(json.get("contentSpans").toString()).isEqualTo("[[1,20],[41,69]]");
  }

  @Test
  void readsBackTheParts() {
    assertThat(AttributionJson.fromJson(AttributionJson.toJson(INTERRUPTED)))
        .isEqualTo(INTERRUPTED);
  }

  @Test
  void omitsPartsOfAContentInOnePiece() {
    Attribution whole =
        Attribution.builder(AttributionType.INDIRECT, "the law will pass", Span.of(10, 27)).build();

    assertThat(AttributionJson.toJson(whole).has("contentSpans")).isFalse();
    assertThat(AttributionJson.fromJson(AttributionJson.toJson(whole)).contentSpans())
        .containsExactly(Span.of(10, 27));
  }
}
