package org.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {

  private static final Attribution SAID =
      Attribution.builder(AttributionType.DIRECT, "We will win.", Span.of(1, 13))
          .cue("said", Span.of(15, 19), CueKind.SPEECH)
          .speaker("Mr. Cheng", Span.of(20, 29))
          .speakerCanonical("Cheng Chin-mo")
          .speakerKind(SpeakerKind.PERSON)
          .build();

  @Test
  void derivesChangedCopyWithoutTouchingOriginal() {
    Attribution changed = SAID.toBuilder().speakerCanonical("Cheng").build();
    assertThat(changed.speakerCanonical()).isEqualTo("Cheng");
    assertThat(SAID.speakerCanonical()).isEqualTo("Cheng Chin-mo");
    assertThat(changed.toBuilder().speakerCanonical("Cheng Chin-mo").build()).isEqualTo(SAID);
  }

  @Test
  void rejectsCueWithoutSpan() {
    assertThatThrownBy(() -> SAID.toBuilder().cue("said", null, CueKind.SPEECH).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cue and cueSpan");
  }

  @Test
  void rejectsEmptyContent() {
    assertThatThrownBy(() -> Attribution.builder(AttributionType.DIRECT, "", Span.of(0, 0)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsConfidenceOutsideUnitInterval() {
    assertThatThrownBy(() -> SAID.toBuilder().confidence(1.5).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contentInOnePieceHasItsSpanAsOnlyPart() {
    assertThat(SAID.contentSpans()).containsExactly(Span.of(1, 13));
  }

  @Test
  void interruptedQuoteKeepsItsPartsAndTheirHull() {
    // "This is a betrayal," said Maria Lopez. "We will take this to court."
    Attribution a =
        SAID.toBuilder()
            .contentParts(
                "This is a betrayal, We will take this to court.",
                List.of(Span.of(1, 20), Span.of(41, 69)))
            .build();
    assertThat(a.contentSpans()).containsExactly(Span.of(1, 20), Span.of(41, 69));
    assertThat(a.contentSpan()).isEqualTo(Span.of(1, 69));
    assertThat(a.toBuilder().build()).isEqualTo(a);
  }

  @Test
  void rejectsPartsOutOfTextOrder() {
    assertThatThrownBy(
            () ->
                SAID.toBuilder()
                    .contentParts("B A", List.of(Span.of(41, 69), Span.of(1, 20)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text order");
  }
}
